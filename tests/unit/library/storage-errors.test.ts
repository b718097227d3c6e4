// When storage fails: browser storage that is full or whose connection closed, and a real disk that is full
// (a 256 KB tmpfs). The user is told what happened, nothing stored is damaged, and saving works again once
// there is room (D3).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiskStorage } from '../../../electron/files/disk-storage';
import { newRef } from '../../../renderer/host/library-host';
import { createKvStorage } from '../../../shared/library/kv-storage';
import { createLibraryService } from '../../../shared/library/service';
import { parseScenarioText, SCENARIO_RULES } from '../../../shared/scenario';
import { breakableStore } from './breakable-store';
import { BASELINE, backupRates, doc, mustSave } from './contract';

const serviceOver = (storage: ReturnType<typeof createKvStorage> | ReturnType<typeof createDiskStorage>) =>
  createLibraryService({ storage, appVersion: '1', baseline: BASELINE, now: () => Date.now(), utcOffsetMinutes: () => 0, sessionId: 's'.padEnd(24, '0'), liveSessions: async () => new Set() });

describe('browser storage that is full or disconnected (D3)', () => {
  it('Save says the storage is full (not "not in the library any more") and keeps the stored copy', async () => {
    const { kv, state, inner } = breakableStore();
    const library = serviceOver(createKvStorage({ kv, now: () => 1, newId: newRef }));
    const saved = await mustSave(library, doc('Plan', 0.1));
    const before = new Map(inner.data);
    state.full = true;
    expect(await library.saveScenario(saved.ref, doc('Plan', 0.2), saved.revision)).toMatchObject({ ok: false, code: 'no-space' });
    expect(inner.data).toEqual(before);
    state.full = false;
    expect(await library.saveScenario(saved.ref, doc('Plan', 0.2), saved.revision)).toMatchObject({ ok: true });
  });

  it('a lost connection is an "io" error, not "not in the library any more"', async () => {
    const { kv, state } = breakableStore();
    const library = serviceOver(createKvStorage({ kv, now: () => 1, newId: newRef }));
    const saved = await mustSave(library, doc('Plan', 0.1));
    state.closed = true;
    expect(await library.saveScenario(saved.ref, doc('Plan', 0.2), saved.revision)).toMatchObject({ ok: false, code: 'io' });
    expect(await library.openScenario(saved.ref)).toMatchObject({ ok: false, code: 'io' });
  });

  it('Save As and autosave answer with the error instead of failing silently', async () => {
    const { kv, state } = breakableStore();
    const library = serviceOver(createKvStorage({ kv, now: () => 1, newId: newRef }));
    state.full = true;
    await expect(library.createScenario(doc('New'))).resolves.toMatchObject({ ok: false, code: 'no-space' });
    await expect(library.saveScenario(null, doc('New'), null)).resolves.toMatchObject({ ok: false, code: 'no-space' });
    await expect(library.writeAutosave(null, doc('New'), null)).resolves.toMatchObject({ ok: false, code: 'no-space' });
    state.full = false;
    state.closed = true;
    await expect(library.createScenario(doc('New'))).resolves.toMatchObject({ ok: false, code: 'io' });
  });
});

describe('a disk that is full (a 256 KB tmpfs)', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'puente-full-disk-'));
  let mounted = false;
  let why = '';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (e) {
    why = String((e as { stderr?: Buffer }).stderr ?? e).trim().split('\n')[0] ?? '';
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('a save that does not fit says so, leaves the file and its backups whole, and works once there is room (D3)', async ({ skip }) => {
    if (!mounted) skip(`cannot mount a tmpfs here (needs root): ${why}`);
    const libraryDir = join(mountPoint, 'Puente');
    const stateDir = join(mountPoint, 'state');
    mkdirSync(libraryDir, { recursive: true });
    const library = serviceOver(createDiskStorage({ libraryDir, stateDir, trash: async () => undefined }));
    const saved = await mustSave(library, { ...doc('Plan', 0.1), notes: 'n'.repeat(15_000) });
    const file = join(libraryDir, saved.fileName);
    const before = readFileSync(file, 'utf8');
    // Fill the disk to the last byte.
    const filler = join(mountPoint, 'filler');
    writeFileSync(filler, '');
    try {
      for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
        for (;;) {
          try {
            writeFileSync(filler, Buffer.alloc(size, 0x61), { flag: 'a' });
          } catch {
            break;
          }
        }
      }
    } catch {
      // full
    }
    const full = await library.saveScenario(saved.ref, { ...doc('Plan', 0.2), notes: 'm'.repeat(15_000) }, saved.revision);
    expect(full).toMatchObject({ ok: false, code: 'no-space' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(parseScenarioText(before, SCENARIO_RULES).ok).toBe(true);
    expect(readdirSync(libraryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await library.writeAutosave(saved.ref, doc('Plan', 0.2), saved.revision)).toMatchObject({ ok: false, code: 'no-space' });
    rmSync(filler);
    expect(existsSync(filler)).toBe(false);
    expect(await library.saveScenario(saved.ref, { ...doc('Plan', 0.2), notes: 'm'.repeat(15_000) }, saved.revision)).toMatchObject({ ok: true });
  });

  it('a save that does not fit leaves the earlier backups as they were (review finding 4)', async ({ skip }) => {
    if (!mounted) skip(`cannot mount a tmpfs here (needs root): ${why}`);
    const libraryDir = join(mountPoint, 'Backups');
    mkdirSync(libraryDir, { recursive: true });
    let clock = Date.UTC(2026, 2, 10, 9);
    const storage = createDiskStorage({ libraryDir, stateDir: join(mountPoint, 'state-backups'), trash: async () => undefined });
    const library = createLibraryService({ storage, appVersion: '1', baseline: BASELINE, now: () => clock, utcOffsetMinutes: () => 0, sessionId: 'b'.padEnd(24, '0'), liveSessions: async () => new Set() });
    const big = (rate: number, size: number) => ({ ...doc('Plan', rate), notes: 'n'.repeat(size) });
    const first = await mustSave(library, big(0.01, 12_000));
    for (const rate of [0.02, 0.03, 0.04]) {
      clock += 60_000;
      await mustSave(library, big(rate, 12_000), first.ref);
    }
    const before = await backupRates(library, first.ref);
    expect(before).toEqual([0.03, 0.02, 0.01]);
    // Room for one more backup of the current version, not for the larger new one.
    const filler = join(mountPoint, 'filler-backups');
    writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes(mountPoint) - 16 * 1024), 0x61));
    clock += 60_000;
    expect(await library.saveScenario(first.ref, big(0.05, 19_000))).toMatchObject({ ok: false, code: 'no-space' });
    expect(await backupRates(library, first.ref)).toEqual(before);
    rmSync(filler);
  });
});

const freeBytes = (path: string) => {
  const info = statfsSync(path);
  return info.bavail * info.bsize;
};
