// scripts/serve-web.mjs as a real process: what `npm run web` and the `npm start` fallback serve.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '../../../scripts/serve-web.mjs');
const running: ChildProcess[] = [];

async function startServer(): Promise<{ port: number; server: ChildProcess }> {
  const root = mkdtempSync(join(tmpdir(), 'puente-web-root-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Puente</title>');
  const server = spawn(process.execPath, [SCRIPT], { env: { ...process.env, PORT: '0', PUENTE_WEB_ROOT: root }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(server);
  const port = await new Promise<number>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      const match = /127\.0\.0\.1:(\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    server.once('exit', (code) => reject(new Error(`serve-web exited with ${code}`)));
  });
  return { port, server };
}

/** GET with the path sent exactly as given (no URL normalisation on the client side). */
function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

afterEach(() => {
  for (const server of running.splice(0)) server.kill();
});

describe('the static web server', () => {
  it('answers 400 to a malformed URL and keeps serving (D12)', async () => {
    const { port, server } = await startServer();
    expect(await get(port, '/%E0%A4%A')).toBe(400);
    expect(await get(port, '/')).toBe(200);
    expect(server.exitCode).toBeNull();
  }, 20_000);

  it('refuses paths outside its folder', async () => {
    const { port } = await startServer();
    // normalize() folds the ../ away, so the request stays inside the folder and finds nothing.
    expect(await get(port, '/..%2f..%2fetc%2fpasswd')).toBe(404);
    expect(await get(port, '/missing.js')).toBe(404);
  }, 20_000);
});
