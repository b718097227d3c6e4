// Only the thin files may import `electron` at run time; every service must load in plain Node.
// (ESLint enforces the same rule; this test also proves the services really load without Electron.)
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ELECTRON_DIR = path.resolve(__dirname, '../../../electron');
const RUNTIME_IMPORT = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m;
const mayImportElectron = (rel: string) => rel === 'main.ts' || rel === 'preload.ts' || rel.endsWith('.electron.ts');

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.relative(ELECTRON_DIR, path.join(e.parentPath, e.name)));
}

describe('electron import boundary', () => {
  it('services import electron for types only', async () => {
    const offenders: string[] = [];
    for (const rel of await tsFiles(ELECTRON_DIR)) {
      if (!mayImportElectron(rel) && RUNTIME_IMPORT.test(await readFile(path.join(ELECTRON_DIR, rel), 'utf8'))) offenders.push(rel);
    }
    expect(offenders).toEqual([]);
  });

  it('every service module loads in Node with no Electron binary', async () => {
    const services = (await tsFiles(path.join(ELECTRON_DIR, 'services'))).map((f) => path.join(ELECTRON_DIR, 'services', path.basename(f)));
    expect(services.length).toBeGreaterThan(5);
    for (const file of services) await expect(import(file)).resolves.toBeDefined();
  });
});
