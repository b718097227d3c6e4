// The build script is deterministic and the committed files are exactly what it produces today.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const reference = resolve(root, '../shared/reference/baseline-data.json');
const dirs: string[] = [];

function buildInto(): string {
  const dir = mkdtempSync(join(tmpdir(), 'puente-baseline-'));
  dirs.push(dir);
  execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-baseline.ts', '--out', dir], { cwd: root, stdio: 'pipe' });
  return dir;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// The research file lives outside the project; skip (visibly) where it is not checked out.
describe.skipIf(!existsSync(reference))('scripts/build-baseline.ts', () => {
  it('writes byte-identical files on every run, equal to the committed ones', () => {
    const a = buildInto();
    const b = buildInto();
    for (const file of ['lac-baseline.json', 'manifest.json']) {
      const first = readFileSync(join(a, file), 'utf8');
      expect(readFileSync(join(b, file), 'utf8')).toBe(first);
      expect(readFileSync(resolve(root, 'data/baseline', file), 'utf8'), `data/baseline/${file} is stale: run npm run data:build`).toBe(first);
    }
  }, 60_000);
});
