// The app:// scheme: registered as privileged before `ready` (standard + secure, so the page is a
// secure context with a real origin; corsEnabled because Chromium refuses module scripts from a custom
// scheme otherwise), then served from the built renderer by services/protocol-handler.ts.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { serveAppRequest } from '../services/protocol-handler';
import { APP_SCHEME } from '../services/trusted-url';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot, (filePath) => readFile(filePath)));
}
