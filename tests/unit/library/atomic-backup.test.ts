// Backups are written atomically (D5), checked deterministically (review finding 10): the process "dies" halfway
// through writing a backup — the write stops after half the bytes and never returns — and what is left on disk
// is looked at as the next start would find it. The random-kill fault test covers the same ground by chance.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempName, type AtomicFs } from '../../../electron/files/atomic-write';
import { backupFolderFor, BACKUP_DIR_NAME, createDiskStorage } from '../../../electron/files/disk-storage';
import { createLibraryService } from '../../../shared/library/service';
import { parseScenarioText, SCENARIO_RULES } from '../../../shared/scenario';
import { BASELINE, backupRates, doc, mustSave } from './contract';

/** File operations that stop for good halfway through the first write into a backup folder. */
function dyingInBackupWrite() {
  let died!: () => void;
  const death = new Promise<void>((resolve) => (died = resolve));
  const fs: AtomicFs = {
    async open(path, flags) {
      const handle = await nodeFs.open(path, flags);
      if (!path.includes(BACKUP_DIR_NAME)) return handle;
      return {
        async writeFile(data) {
          const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
          await handle.writeFile(bytes.subarray(0, bytes.length >> 1));
          await handle.close();
          died();
          return new Promise<never>(() => undefined);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
    rename: (from, to) => nodeFs.rename(from, to),
    unlink: (path) => nodeFs.unlink(path),
  };
  return { fs, death };
}

function libraryIn(root: string, atomicFs?: AtomicFs) {
  const storage = createDiskStorage({ libraryDir: join(root, 'Puente'), stateDir: join(root, 'state'), trash: async () => undefined, ...(atomicFs ? { atomicFs } : {}) });
  let now = Date.UTC(2026, 2, 10, 9);
  const library = createLibraryService({
    storage, appVersion: '1', baseline: BASELINE, now: () => (now += 1000), utcOffsetMinutes: () => 0, sessionId: 'a'.repeat(24), liveSessions: async () => new Set(),
  });
  return library;
}

/** The reference of the one scenario in the library, as a new session sees it. */
async function refOf(library: ReturnType<typeof libraryIn>) {
  const list = await library.listScenarios();
  if (!list.ok || list.value.length !== 1) throw new Error('expected one scenario');
  return list.value[0]!.ref;
}

describe('a backup interrupted halfway (review finding 10)', () => {
  it('leaves no partial file under a backup’s name, only a temp file, and the scenario as it was', async () => {
    const root = mkdtempSync(join(tmpdir(), 'puente-atomic-backup-'));
    const first = libraryIn(root);
    const saved = await mustSave(first, { ...doc('Plan', 0.1), notes: 'n'.repeat(20_000) });
    const file = join(root, 'Puente', saved.fileName);
    const before = readFileSync(file, 'utf8');

    const { fs, death } = dyingInBackupWrite();
    const dying = libraryIn(root, fs);
    const save = dying.saveScenario(await refOf(dying), doc('Plan', 0.2), saved.revision);
    // The backup write went through the atomic writer, and stopped there (a save that finishes wrote it otherwise).
    expect(await Promise.race([death.then(() => 'died in the backup write'), save.then(() => 'finished')])).toBe('died in the backup write');

    const left = readdirSync(backupFolderFor(file));
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((name) => !isTempName(name))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(parseScenarioText(before, SCENARIO_RULES).ok).toBe(true);
    // The next start offers no backup it cannot open.
    const next = libraryIn(root);
    expect(await backupRates(next, await refOf(next))).toEqual([]);
  });
});
