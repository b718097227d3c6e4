// What only the desktop's disk adapter does: ordinary files in folders the user can see, paths the user picked,
// the OS trash, backups beside the file, and side records in the settings folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as nodeFs from 'node:fs/promises';
import { BACKUP_DIR_NAME, createDiskStorage, DELETED_DIR_NAME } from '../../../electron/files/disk-storage';
import { createLibraryService } from '../../../shared/library/service';
import { serialiseScenario } from '../../../shared/scenario';
import { BASELINE, doc, mustSave, sessionsOver } from './contract';
import { diskPlace } from './places';

/** "Café" saved as Latin-1 / Windows-1252, as older Windows editors do: 0xE9 is not UTF-8. */
const latin1Scenario = () => Uint8Array.from([...'{"format":"puente-scenario","schemaVersion":1,"name":"Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x22, 0x7d]));

/** `promise`, or a failure after `ms`: a hang shows up as a failed test, not a stuck run. */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid ?? 999_999;
}

function setUp() {
  const place = diskPlace();
  const sessions = sessionsOver(place);
  return { place, ...sessions, ...sessions.start() };
}

describe('disk library: files the user can see', () => {
  it('saves a new scenario as <name>.puente.json in the library folder, with no path crossing to the page', async () => {
    const { library, place } = setUp();
    const saved = await mustSave(library, doc('Ministry proposal', 0.3));
    const path = join(place.libraryDir, 'Ministry proposal.puente.json');
    expect(readFileSync(path, 'utf8')).toBe(serialiseScenario(saved.document));
    const list = await library.listScenarios();
    expect(JSON.stringify(list)).not.toContain(place.libraryDir);
    expect(JSON.stringify(saved)).not.toContain(place.libraryDir);
  });

  it('Save As writes where the dialog pointed, and a later session opens that file again by its path', async () => {
    const { library, place, start } = setUp();
    const elsewhere = join(place.stateDir, '..', 'Desktop', 'For the minister.puente.json');
    mkdirSync(join(place.stateDir, '..', 'Desktop'), { recursive: true });
    expect(await library.saveScenarioAt(elsewhere, doc('For the minister'))).toMatchObject({ ok: true, value: { fileName: 'For the minister.puente.json' } });
    const opened = await start().library.openLocator(elsewhere);
    expect(opened).toMatchObject({ ok: true, value: { document: { name: 'For the minister' } } });
    expect(await library.openLocator('relative/path.puente.json')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('Save As over an existing file (the dialog asked first) keeps the replaced version as a backup', async () => {
    const { library, place } = setUp();
    const saved = await mustSave(library, doc('Plan', 0.1));
    const path = join(place.libraryDir, saved.fileName);
    await library.saveScenarioAt(path, doc('Plan', 0.9));
    const backups = await library.listBackups(saved.ref);
    expect(backups.ok && backups.value).toHaveLength(1);
    expect(readdirSync(join(place.libraryDir, BACKUP_DIR_NAME, saved.fileName))).toHaveLength(1);
  });

  it('Save As to a file name the disk just allows (250 bytes) works: temp files stay under the limit (D8)', async () => {
    const { library, place } = setUp();
    mkdirSync(place.libraryDir, { recursive: true });
    const longName = `${'é'.repeat(119)}.puente.json`;
    expect(Buffer.byteLength(longName)).toBe(250);
    const target = join(place.libraryDir, longName);
    expect(await library.saveScenarioAt(target, doc('Long'))).toMatchObject({ ok: true });
    expect(await library.saveScenarioAt(target, doc('Long', 0.5))).toMatchObject({ ok: true });
    expect(readdirSync(place.libraryDir)).toContain(longName);
  });

  it('refuses a Latin-1 file with a message that says how to fix it, and changes nothing (D9)', async () => {
    const { library, place } = setUp();
    await place.putRaw('cafe.puente.json', latin1Scenario());
    const list = await library.listScenarios();
    expect(list.ok && list.value.map((e) => [e.fileName, e.status])).toEqual([['cafe.puente.json', 'not-utf8']]);
    const opened = await library.openLocator(join(place.libraryDir, 'cafe.puente.json'));
    expect(opened).toMatchObject({ ok: false, code: 'not-utf8' });
    // Where the file stops being UTF-8, as data: the page and the command line say it in words.
    expect(opened).toMatchObject({ detail: { kind: 'not-utf8', byte: 0xe9, offset: latin1Scenario().indexOf(0xe9) } });
    expect(readFileSync(join(place.libraryDir, 'cafe.puente.json'))).toEqual(Buffer.from(latin1Scenario()));
  });

  it('Save As over a Latin-1 file the dialog agreed to replace saves, and keeps the replaced bytes as a backup (review finding 8)', async () => {
    const { library, place } = setUp();
    await place.putRaw('cafe.puente.json', latin1Scenario());
    const path = join(place.libraryDir, 'cafe.puente.json');
    expect(await library.saveScenarioAt(path, doc('Café', 0.2))).toMatchObject({ ok: true });
    expect(await library.openLocator(path)).toMatchObject({ ok: true, value: { document: { name: 'Café', levers: { regularisationRatePerYear: 0.2 } } } });
    const folder = join(place.libraryDir, BACKUP_DIR_NAME, 'cafe.puente.json');
    expect(readdirSync(folder).map((name) => readFileSync(join(folder, name)))).toEqual([Buffer.from(latin1Scenario())]);
  });

  it('Delete keeps the file in .puente-deleted, out of the library, and sends it to the OS trash after 30 days', async () => {
    const { library, place, clock, start } = setUp();
    const saved = await mustSave(library, doc('Draft'));
    const deleted = await library.deleteScenario(saved.ref);
    if (!deleted.ok) throw new Error(deleted.message);
    expect(readdirSync(place.libraryDir).filter((n) => n.endsWith('.puente.json'))).toEqual([]);
    expect(readdirSync(join(place.libraryDir, DELETED_DIR_NAME, deleted.value.id))).toContain('Draft.puente.json');
    expect(place.trashed).toEqual([]);
    clock.now += 31 * 86_400_000;
    await start().library.startUp();
    expect(place.trashed).toEqual([join(place.libraryDir, DELETED_DIR_NAME, deleted.value.id)]);
  });

  it('a scenario deleted from another folder goes back to that folder', async () => {
    const { library, place } = setUp();
    const elsewhere = join(place.stateDir, '..', 'Desktop');
    mkdirSync(elsewhere, { recursive: true });
    const saved = await library.saveScenarioAt(join(elsewhere, 'Mine.puente.json'), doc('Mine'));
    if (!saved.ok) throw new Error(saved.message);
    const deleted = await library.deleteScenario(saved.value.ref);
    if (!deleted.ok) throw new Error(deleted.message);
    expect(existsSync(join(elsewhere, 'Mine.puente.json'))).toBe(false);
    expect(await library.restoreDeleted(deleted.value.id)).toMatchObject({ ok: true });
    expect(existsSync(join(elsewhere, 'Mine.puente.json'))).toBe(true);
  });

  it('keeps the recent list and autosave side files in the settings folder', async () => {
    const { library, place } = setUp();
    const saved = await mustSave(library, doc('Plan'));
    await library.writeAutosave(saved.ref, doc('Plan', 0.4));
    expect(JSON.parse(readFileSync(join(place.stateDir, 'recent-scenarios.json'), 'utf8'))).toEqual({ recent: [join(place.libraryDir, 'Plan.puente.json')] });
    expect(readdirSync(join(place.stateDir, 'autosave'))).toHaveLength(1);
  });

  it('treats a damaged recent list as empty', async () => {
    const { library, place } = setUp();
    mkdirSync(place.stateDir, { recursive: true });
    writeFileSync(join(place.stateDir, 'recent-scenarios.json'), 'garbage');
    expect(await library.recentScenarios()).toEqual([]);
  });

  it('offers a side file written by an earlier build, and skips torn or hostile ones without deleting them', async () => {
    const { library, place, start } = setUp();
    await mustSave(library, doc('Plan'));
    const dir = join(place.stateDir, 'autosave');
    mkdirSync(dir, { recursive: true });
    const path = join(place.libraryDir, 'Plan.puente.json');
    writeFileSync(join(dir, 'untitled.json'), JSON.stringify({ savedAt: 5, ref: 'abc', fileName: 'Plan.puente.json', path, document: doc('Plan', 0.6) }));
    writeFileSync(join(dir, 'torn.json'), '{"savedAt":1,"ref":null,"docu');
    writeFileSync(join(dir, 'evil.json'), '{"savedAt":1,"ref":null,"fileName":null,"document":{"__proto__":{}}}');
    const work = await start().library.recoverableWork();
    expect(work.map((w) => [w.fileName, w.document.levers.regularisationRatePerYear])).toEqual([['Plan.puente.json', 0.6]]);
    expect(existsSync(join(dir, 'torn.json'))).toBe(true);
  });

  it('a rename never replaces a file that appeared at the new name meanwhile (D1)', async () => {
    const { place } = setUp();
    const storage = createDiskStorage({ libraryDir: place.libraryDir, stateDir: place.stateDir, trash: async () => undefined });
    const ref = await storage.create('Budget.puente.json', 'mine', null);
    writeFileSync(join(place.libraryDir, 'budget.puente.json'), 'theirs');
    await expect(storage.rename(ref, 'budget.puente.json')).rejects.toMatchObject({ code: 'exists' });
    expect(readFileSync(join(place.libraryDir, 'budget.puente.json'), 'utf8')).toBe('theirs');
    expect(readFileSync(join(place.libraryDir, 'Budget.puente.json'), 'utf8')).toBe('mine');
  });

  it('clears temp files that crashed writes left, at the next start, and keeps a live write’s (D6)', async () => {
    const { library, place, start } = setUp();
    const saved = await mustSave(library, doc('Plan'));
    await mustSave(library, doc('Plan', 0.5), saved.ref);
    const dead = await deadPid();
    const backups = join(place.libraryDir, BACKUP_DIR_NAME, saved.fileName);
    const left = [
      join(place.libraryDir, `.Plan.puente.json.${dead}.0a1b2c3d.tmp`),
      join(backups, `.20260310T090000000Z.puente.json.${dead}.0a1b2c3d.tmp`),
      join(place.stateDir, `.recent-scenarios.json.${dead}.0a1b2c3d.tmp`),
      join(place.stateDir, 'autosave', `.${'1'.repeat(24)}-untitled.json.${dead}.0a1b2c3d.tmp`),
      join(place.stateDir, `window-state.json.${dead}.tmp`),
    ];
    mkdirSync(join(place.stateDir, 'autosave'), { recursive: true });
    for (const file of left) writeFileSync(file, '{"torn');
    // A write in progress in this process right now is not stale, and files that are not ours are left alone.
    const live = join(place.libraryDir, `.Other.puente.json.${process.pid}.99999999.tmp`);
    writeFileSync(live, '{"in progress');
    const notOurs = join(place.stateDir, `Cookies.${dead}.tmp`);
    writeFileSync(notOurs, 'chromium');
    await start().library.startUp();
    expect(left.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    // Nothing else was touched.
    expect(readdirSync(place.libraryDir).sort()).toEqual(['.Other.puente.json.' + process.pid + '.99999999.tmp', BACKUP_DIR_NAME, 'Plan.puente.json'].sort());
  });

  it('clears crashed writes’ temp files among deleted scenarios and in folders the user saved to (review finding 13)', async () => {
    const { library, place, start } = setUp();
    const deleted = await mustSave(library, doc('Old'));
    expect(await library.deleteScenario(deleted.ref)).toMatchObject({ ok: true });
    const desktop = join(place.stateDir, '..', 'Desktop');
    mkdirSync(desktop, { recursive: true });
    const chosen = join(desktop, 'For the minister.puente.json');
    expect(await library.saveScenarioAt(chosen, doc('For the minister', 0.1))).toMatchObject({ ok: true });
    expect(await library.saveScenarioAt(chosen, doc('For the minister', 0.2))).toMatchObject({ ok: true });
    const dead = await deadPid();
    const [deletedId] = readdirSync(join(place.libraryDir, DELETED_DIR_NAME));
    const left = [
      join(place.libraryDir, DELETED_DIR_NAME, deletedId!, `.deleted.json.${dead}.0a1b2c3d.tmp`),
      join(desktop, `.For the minister.puente.json.${dead}.0a1b2c3d.tmp`),
      join(desktop, BACKUP_DIR_NAME, 'For the minister.puente.json', `.20260310T090000000Z.puente.json.${dead}.0a1b2c3d.tmp`),
    ];
    for (const file of left) writeFileSync(file, '{"torn');
    await start().library.startUp();
    expect(left.filter((f) => existsSync(f))).toEqual([]);
    expect(readdirSync(desktop).sort()).toEqual([BACKUP_DIR_NAME, 'For the minister.puente.json']);
  });

  it('a new file never replaces one another program put under its name meanwhile (review finding 13)', async () => {
    const place = diskPlace();
    const theirs = serialiseScenario(doc('Plan', 0.9));
    let dropped = false;
    const storage = createDiskStorage({
      libraryDir: place.libraryDir,
      stateDir: place.stateDir,
      trash: async () => undefined,
      atomicFs: {
        // A sync client drops its own Plan.puente.json after the name was found free, before ours lands.
        async open(path, flags) {
          if (!dropped && path.includes('Plan.puente.json')) {
            dropped = true;
            writeFileSync(join(place.libraryDir, 'Plan.puente.json'), theirs);
          }
          return nodeFs.open(path, flags);
        },
        rename: (from, to) => nodeFs.rename(from, to),
        unlink: (path) => nodeFs.unlink(path),
      },
    });
    const library = createLibraryService({
      storage, appVersion: '1', baseline: BASELINE, now: () => Date.now(), utcOffsetMinutes: () => 0, sessionId: 'b'.repeat(24), liveSessions: async () => new Set(),
    });
    const saved = await mustSave(library, doc('Plan', 0.1));
    expect(dropped).toBe(true);
    expect(saved.fileName).toBe('Plan (2).puente.json');
    expect(readFileSync(join(place.libraryDir, 'Plan.puente.json'), 'utf8')).toBe(theirs);
    expect(readdirSync(place.libraryDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a pipe named like a scenario never makes the listing or opening hang (D7)', async () => {
    const { library, place } = setUp();
    await mustSave(library, doc('Plan'));
    const fifo = join(place.libraryDir, 'pipe.puente.json');
    execFileSync('mkfifo', [fifo]);
    try {
      const list = await within(3000, library.listScenarios());
      expect(list.ok && list.value.map((e) => e.fileName)).toEqual(['Plan.puente.json']);
      expect(await within(3000, library.openLocator(fifo))).toMatchObject({ ok: false, code: 'wrong-format' });
    } finally {
      // Lets a reader stuck on the pipe (before the fix) finish, so the test process can end.
      const { openSync, closeSync, constants } = await import('node:fs');
      for (let i = 0; i < 4; i += 1) {
        try {
          closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
        } catch {
          // ENXIO: nobody is reading, which is what the fix makes true.
        }
      }
    }
  });

  it('a link to /dev/zero or a folder named like a scenario is not read (D7)', async () => {
    const { library, place } = setUp();
    await mustSave(library, doc('Plan'));
    const zero = join(place.libraryDir, 'zero.puente.json');
    symlinkSync('/dev/zero', zero);
    mkdirSync(join(place.libraryDir, 'folder.puente.json'));
    const list = await within(3000, library.listScenarios());
    expect(list.ok && list.value.map((e) => e.fileName)).toEqual(['Plan.puente.json']);
    expect(await within(3000, library.openLocator(zero))).toMatchObject({ ok: false, code: 'wrong-format' });
    expect(await library.openLocator(join(place.libraryDir, 'folder.puente.json'))).toMatchObject({ ok: false });
  });

  it('a file over the size cap is refused without being read (D7)', async () => {
    const { library, place } = setUp();
    const big = join(place.libraryDir, 'big.puente.json');
    mkdirSync(place.libraryDir, { recursive: true });
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x20));
    expect(await library.openLocator(big)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('refuses record keys that could leave the settings folder', async () => {
    const { place } = setUp();
    const storage = createDiskStorage({ libraryDir: place.libraryDir, stateDir: place.stateDir, trash: async () => undefined });
    await expect(storage.records.set('autosave/../../x', '{}')).rejects.toThrow(/invalid record key/);
  });
});
