// Where each adapter keeps a library in the tests: real throw-away folders for the disk adapter, a Map for the
// key-value adapter.
import { mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskStorage } from '../../../electron/files/disk-storage';
import { newRef } from '../../../renderer/host/library-host';
import { createMapStore } from '../../../shared/library/kv-store';
import { createKvStorage } from '../../../shared/library/kv-storage';
import type { StoragePlace } from './contract';

export function diskPlace(): StoragePlace & { libraryDir: string; stateDir: string; trashed: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'puente-library-'));
  const libraryDir = join(root, 'Documents', 'Puente');
  const stateDir = join(root, 'userData');
  const trashed: string[] = [];
  return {
    libraryDir,
    stateDir,
    trashed,
    open: () =>
      createDiskStorage({
        libraryDir,
        stateDir,
        trash: async (path) => {
          trashed.push(path);
          await rm(path, { recursive: true });
        },
      }),
    async putRaw(fileName, content) {
      await mkdir(libraryDir, { recursive: true });
      await writeFile(join(libraryDir, fileName), content);
    },
    readRaw: (fileName) => readFile(join(libraryDir, fileName), 'utf8').catch(() => null),
    async putRawBackup(fileName, takenAt, content) {
      const folder = join(libraryDir, '.puente-backups', fileName);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `${new Date(takenAt).toISOString().replace(/[-:.]/g, '')}.puente.json`), content);
    },
  };
}

export function kvPlace(kv = createMapStore()): StoragePlace & { kv: typeof kv } {
  const entryKey = (fileName: string) =>
    [...kv.data.entries()].find(([key, value]) => key.startsWith('scenario:') && (JSON.parse(value) as { fileName: string }).fileName === fileName)?.[0];
  return {
    kv,
    open: (clock) => createKvStorage({ kv, now: clock, newId: newRef }),
    async putRaw(fileName, content) {
      const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
      kv.data.set(entryKey(fileName) ?? `scenario:${newRef()}`, JSON.stringify({ fileName, modifiedAt: 0, text }));
    },
    async readRaw(fileName) {
      const key = entryKey(fileName);
      return key ? (JSON.parse(kv.data.get(key) ?? '{}') as { text: string }).text : null;
    },
    async putRawBackup(fileName, takenAt, content) {
      const ref = entryKey(fileName)?.slice('scenario:'.length);
      kv.data.set(`backup:${ref}:${takenAt}-raw${takenAt % 1000}`, JSON.stringify({ takenAt, text: content }));
    },
  };
}

