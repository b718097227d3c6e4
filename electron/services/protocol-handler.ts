// The app:// protocol: maps a request URL to a file under the built renderer (dist/), refusing
// anything else, and attaches a strict Content-Security-Policy to every response.
import path from 'node:path';
import cspJson from '../../shared/host/content-security-policy.json';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/** Production CSP (shared/host/content-security-policy.json), shared with the web server so browser tests run under it too. */
export const CONTENT_SECURITY_POLICY = cspJson.directives.join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

export type AppRequestDecision =
  | { kind: 'file'; filePath: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

/**
 * Pure decision: which file (if any) answers `method requestUrl`, given the renderer root directory.
 * Containment is checked with path.relative after decoding, so "..", "%2e%2e", "%2f", backslashes and
 * sibling folders such as "dist-evil/" cannot escape the root.
 */
export function resolveAppRequest(requestUrl: string, method: string, rootDir: string): AppRequestDecision {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405, reason: `Method ${method} not allowed.` };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'Malformed URL.' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '' || url.username !== '') {
    return { kind: 'refused', status: 404, reason: `Unknown origin ${url.origin}.` };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'Malformed percent-encoding.' };
  }
  if (relative.includes('\0') || relative.includes('\\')) {
    return { kind: 'refused', status: 400, reason: 'Forbidden character in path.' };
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${relative}`);
  const rel = path.relative(root, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    return { kind: 'refused', status: 403, reason: 'Path escapes the application folder.' };
  }
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()];
  if (contentType === undefined) return { kind: 'refused', status: 404, reason: 'Unknown file type.' };
  return { kind: 'file', filePath, contentType };
}

/** Builds the full response; the file reader is injected (fs.promises.readFile in main). */
export async function serveAppRequest(
  request: { url: string; method: string },
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): Promise<Response> {
  const decision = resolveAppRequest(request.url, request.method, rootDir);
  const baseHeaders = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
  if (decision.kind === 'refused') {
    return new Response(decision.reason, { status: decision.status, headers: { ...baseHeaders, 'Content-Type': 'text/plain' } });
  }
  try {
    const body = await readFile(decision.filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...baseHeaders, 'Content-Type': decision.contentType },
    });
  } catch {
    return new Response('Not found.', { status: 404, headers: { ...baseHeaders, 'Content-Type': 'text/plain' } });
  }
}
