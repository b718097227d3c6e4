// Whether the Electron executable is installed. On build machines the npm package is present (for
// types) but its binary download is blocked, so Electron E2E tests skip there with a one-line reason.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.resolve('package.json'));

export function electronBinaryPath(): string | null {
  try {
    const binary: unknown = require('electron'); // the package exports the executable path
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null; // "Electron failed to install correctly": the binary was never downloaded
  }
}

export const electronBinaryAvailable = (): boolean => electronBinaryPath() !== null;

export const SKIP_REASON = 'Electron binary not installed (downloads blocked); run npm run test:electron where it exists';
