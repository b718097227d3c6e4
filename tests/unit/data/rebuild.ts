// Shared by the build tests: runs a data build script into a temporary folder, and checks that two runs write
// byte-identical files equal to the committed ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';

export const ROOT = resolve(__dirname, '../../..');

/** A builder for `script` (run with tsx and `--out DIR`); its folders are removed after the file's tests. */
export function rebuilder(script: string, prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, '--out', dir], { cwd: ROOT, stdio: 'pipe' });
    return dir;
  };
}

/** Two builds write the same bytes, and the committed files under `committedDir` are those bytes. */
export function expectReproducible(build: () => string, committedDir: string, files: readonly string[]): void {
  const a = build();
  const b = build();
  for (const file of files) {
    const first = readFileSync(join(a, file), 'utf8');
    expect(readFileSync(join(b, file), 'utf8')).toBe(first);
    expect(readFileSync(resolve(ROOT, committedDir, file), 'utf8'), `${committedDir}/${file} is stale: run npm run data:build`).toBe(first);
  }
}
