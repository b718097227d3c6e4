import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveAppRequest, serveAppRequest } from '../../../electron/services/protocol-handler';

const root = path.resolve('/srv/app/dist');

describe('app:// path resolution', () => {
  it('serves index.html for the root and files inside dist/', () => {
    expect(resolveAppRequest('app://puente/', 'GET', root)).toMatchObject({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(resolveAppRequest('app://puente/assets/index-abc.js', 'GET', root)).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it.each([
    'app://puente/..%2f..%2fetc%2fpasswd.json',
    'app://puente/assets/..%2F..%2F..%2Fhome.html',
    'app://puente/..%2fdist-evil%2fx.js', // sibling folder that shares the prefix "dist"
  ])('refuses traversal %s', (url) => {
    expect(resolveAppRequest(url, 'GET', root)).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('clamps dot-segments the URL parser resolves (%2e%2e) to the root instead of escaping it', () => {
    expect(resolveAppRequest('app://puente/%2e%2e/%2e%2e/secrets.json', 'GET', root)).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'secrets.json'),
    });
  });

  it.each(['app://puente/..%5c..%5cwindows%5cwin.ini', 'app://puente/index.html%00.js'])('refuses backslashes and NUL: %s', (url) => {
    expect(resolveAppRequest(url, 'GET', root)).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('refuses other hosts, methods and unknown file types', () => {
    expect(resolveAppRequest('app://evil/index.html', 'GET', root)).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://puente/index.html', 'POST', root)).toMatchObject({ kind: 'refused', status: 405 });
    expect(resolveAppRequest('app://puente/run.exe', 'GET', root)).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://puente/%E0%A4%A', 'GET', root)).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('app:// responses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'puente-protocol-'));
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>Puente</title>');
    await writeFile(path.join(dir, 'secret.json'), '{"token":"x"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('carries the strict CSP on every response, with no remote origins', async () => {
    const res = await serveAppRequest({ url: 'app://puente/', method: 'GET' }, path.join(dir, 'dist'), readFile);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Puente</title>');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('never reads a file outside dist/, even one that exists', async () => {
    const res = await serveAppRequest({ url: 'app://puente/..%2fsecret.json', method: 'GET' }, path.join(dir, 'dist'), readFile);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('token');
  });

  it('answers 404 for a missing file', async () => {
    const res = await serveAppRequest({ url: 'app://puente/missing.js', method: 'GET' }, path.join(dir, 'dist'), readFile);
    expect(res.status).toBe(404);
  });
});
