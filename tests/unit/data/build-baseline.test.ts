// The build script is deterministic and the committed files are exactly what it produces today.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { expectReproducible, rebuilder, ROOT } from './rebuild';

const reference = resolve(ROOT, '../shared/reference/baseline-data.json');
const buildInto = rebuilder('scripts/build-baseline.ts', 'puente-baseline-');

// The research file lives outside the project; skip (visibly) where it is not checked out.
describe.skipIf(!existsSync(reference))('scripts/build-baseline.ts', () => {
  it('writes byte-identical files on every run, equal to the committed ones', () => {
    expectReproducible(buildInto, 'data/baseline', ['lac-baseline.json', 'manifest.json']);
  }, 60_000);
});
