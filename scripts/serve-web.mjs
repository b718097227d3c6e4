// Serves the built renderer (dist/) on localhost and prints the URL: `npm run web` (after `vite build`).
// A plain static server so the web host runs exactly the bundle the Electron host loads.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// PUENTE_WEB_ROOT serves another build (the bench flavour, or a test's throw-away folder).
const root = resolve(process.env.PUENTE_WEB_ROOT ?? fileURLToPath(new URL('../dist', import.meta.url)));
// The desktop app's Content-Security-Policy, so the web build (and every browser test) runs under it too.
const csp = JSON.parse(await readFile(new URL('../shared/host/content-security-policy.json', import.meta.url), 'utf8')).directives.join('; ');
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`No build found at ${root}. Run "vite build" first (npm run web does both).`);
  process.exit(1);
}

/** The request's path, decoded; null for a malformed URL such as "/%E0%A4%A" (which must not stop the server). */
function requestPath(rawUrl) {
  try {
    return decodeURIComponent(new URL(rawUrl ?? '/', `http://${host}`).pathname);
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const pathname = requestPath(req.url);
  if (pathname === null) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    return;
  }
  const file = resolve(root, '.' + normalize(pathname === '/' ? '/index.html' : pathname));
  // Containment check with relative(): refuses ../ escapes and sibling folders such as dist-evil/.
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel.includes(`..${sep}`)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.on('error', (error) => {
  console.error(`Could not serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  // The port actually bound (PORT=0 lets the system pick a free one).
  console.log(`Puente is running at http://${host}:${server.address().port}/  (Ctrl+C to stop)`);
});
