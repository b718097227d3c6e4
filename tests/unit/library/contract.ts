// The library's contract: one suite, run against the disk adapter on real folders (disk-contract.test.ts) and
// the key-value adapter (kv-contract.test.ts). Every rule the user relies on is asserted here once.
import { describe, expect, it } from 'vitest';
import type { ScenarioRef } from '../../../shared/host/library-types';
import { createLibraryService, type LibraryService } from '../../../shared/library/service';
import { createLocalLock } from '../../../shared/library/library-lock';
import type { LibraryStorage } from '../../../shared/library/storage';
import { defaultScenario, serialiseScenario, SCENARIO_SCHEMA_VERSION, type ScenarioDocument } from '../../../shared/scenario';

export const BASELINE = { datasetId: 'lac-baseline-2019', checksum: 'current' };
export const START = Date.UTC(2026, 2, 10, 9);
const DAY = 86_400_000;

/** Where one adapter keeps a library: a fresh storage per session over the same place, and raw access. */
export interface StoragePlace {
  /** A storage over this place, as a new run of the app would make it. */
  open(clock: () => number): LibraryStorage;
  /** Puts a file into the library as another program would (copied in by hand, a colleague's newer app). */
  putRaw(fileName: string, content: string | Uint8Array): Promise<void>;
  /** The stored text of the entry named `fileName`, as another program would read it. */
  readRaw(fileName: string): Promise<string | null>;
  /** Leaves a backup of the entry named `fileName` as a crash (or another program) could have left it. */
  putRawBackup(fileName: string, takenAt: number, content: string): Promise<void>;
}

export function sessionsOver(place: StoragePlace) {
  const clock = { now: START };
  const live = new Set<string>();
  // Sessions over one place share its lock, as tabs share navigator.locks (library-lock.ts).
  const lock = createLocalLock();
  let count = 0;
  const start = () => {
    count += 1;
    const sessionId = count.toString(16).padStart(24, '0');
    live.add(sessionId);
    const library = createLibraryService({
      storage: place.open(() => clock.now),
      appVersion: '1.2.3',
      baseline: BASELINE,
      now: () => clock.now,
      utcOffsetMinutes: () => 0,
      sessionId,
      liveSessions: async () => new Set(live),
      lock,
    });
    /** The session ends without saving (a crash, a killed tab). */
    const crash = () => live.delete(sessionId);
    return { library, crash, sessionId };
  };
  return { clock, start };
}

export const doc = (name: string, rate = 0.1): ScenarioDocument => ({ ...defaultScenario(name), levers: { regularisationRatePerYear: rate } });

export async function mustSave(library: LibraryService, d: ScenarioDocument, ref: ScenarioRef | null = null) {
  const saved = await library.saveScenario(ref, d);
  if (!saved.ok) throw new Error(`${saved.code}: ${saved.message}`);
  return saved.value;
}

async function listed(library: LibraryService) {
  const list = await library.listScenarios();
  if (!list.ok) throw new Error(list.message);
  return list.value;
}

/** The regularisation rate in each backup "Restore a backup…" offers, newest first (or why one cannot be read). */
export async function backupRates(library: LibraryService, ref: ScenarioRef): Promise<(number | string | undefined)[]> {
  const backups = await library.listBackups(ref);
  if (!backups.ok) throw new Error(backups.message);
  const rates = [];
  for (const b of backups.value) {
    const read = await library.readBackup(ref, b.id);
    rates.push(read.ok ? read.value.levers.regularisationRatePerYear : read.code);
  }
  return rates;
}

async function refNamed(library: LibraryService, fileName: string): Promise<ScenarioRef> {
  const entry = (await listed(library)).find((e) => e.fileName === fileName);
  if (!entry) throw new Error(`${fileName} not listed`);
  return entry.ref;
}

export function libraryContract(adapter: string, makePlace: () => StoragePlace) {
  const setUp = () => {
    const place = makePlace();
    const sessions = sessionsOver(place);
    const first = sessions.start();
    return { place, ...sessions, ...first };
  };

  describe(`library contract (${adapter}): save, open, list`, () => {
    it('stamps times, app version and baseline on save, keeps createdAt on later saves, and reopens by reference', async () => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc('Ministry proposal', 0.3));
      expect(saved.fileName).toBe('Ministry proposal.puente.json');
      expect(saved.document).toMatchObject({ createdAt: new Date(START).toISOString(), updatedAt: new Date(START).toISOString(), appVersion: '1.2.3', baseline: BASELINE });
      clock.now += 60_000;
      const again = await mustSave(library, { ...saved.document, levers: { regularisationRatePerYear: 0.4 } }, saved.ref);
      expect(again.document.createdAt).toBe(saved.document.createdAt);
      expect(again.document.updatedAt).toBe(new Date(clock.now).toISOString());
      const opened = await library.openScenario(saved.ref);
      expect(opened).toMatchObject({ ok: true, value: { readOnly: false, baselineMismatch: null, document: { levers: { regularisationRatePerYear: 0.4 } } } });
    });

    it('stamps an export with this version and baseline, so another baseline flags it when opened (review finding 9)', async () => {
      const { library, place } = setUp();
      const exported = library.exportText(doc('Never saved', 0.2));
      if (!exported.ok) throw new Error(exported.message);
      expect(JSON.parse(exported.value.text)).toMatchObject({ appVersion: '1.2.3', baseline: BASELINE, updatedAt: new Date(START).toISOString() });
      await place.putRaw(exported.value.fileName, exported.value.text);
      const elsewhere = createLibraryService({
        storage: place.open(() => START), appVersion: '2.0.0', baseline: { datasetId: 'lac-baseline-2031', checksum: 'next' },
        now: () => START, utcOffsetMinutes: () => 0, sessionId: 'f'.repeat(24), liveSessions: async () => new Set(),
      });
      const entry = (await listed(elsewhere)).find((e) => e.fileName === exported.value.fileName);
      const opened = await elsewhere.openScenario(entry!.ref);
      expect(opened).toMatchObject({ ok: true, value: { baselineMismatch: { fileDatasetId: BASELINE.datasetId, fileChecksum: BASELINE.checksum } } });
    });

    it('lists every scenario newest first, and never gives two scenarios one name', async () => {
      const { library, clock } = setUp();
      await mustSave(library, doc('Status quo', 0));
      clock.now += 1000;
      await mustSave(library, doc('Status quo', 0.1));
      const list = await listed(library);
      expect(list.map((e) => e.fileName).sort()).toEqual(['Status quo (2).puente.json', 'Status quo.puente.json']);
      expect(list.every((e) => e.status === 'ok' && e.document !== null)).toBe(true);
      expect(new Set(list.map((e) => e.document?.levers.regularisationRatePerYear))).toEqual(new Set([0, 0.1]));
    });

    it('refuses a document that breaks the scenario rules and stores nothing', async () => {
      const { library } = setUp();
      const bad = await library.saveScenario(null, doc('Too far', 7));
      expect(bad).toMatchObject({ ok: false, code: 'invalid' });
      expect(!bad.ok && bad.message).toMatch(/regularisationRatePerYear is 7, out of range/);
      expect(await listed(library)).toEqual([]);
    });

    it('refuses references it never handed out', async () => {
      const { library } = setUp();
      expect(await library.openScenario('0123456789abcdef01234567')).toMatchObject({ ok: false, code: 'not-found' });
      expect(await library.saveScenario('0123456789abcdef01234567', doc('x'))).toMatchObject({ ok: false, code: 'not-found' });
      expect(await library.deleteScenario('0123456789abcdef01234567')).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('lists corrupt, empty, foreign and hostile files with their message and leaves them untouched', async () => {
      const { library, place } = setUp();
      const files: Record<string, [string, string]> = {
        'truncated.puente.json': ['{"format":"puente-scenario","schemaVers', 'not-json'],
        'empty.puente.json': ['', 'not-json'],
        'foreign.puente.json': ['{"format":"something-else"}', 'wrong-format'],
        'hostile.puente.json': ['{"format":"puente-scenario","schemaVersion":1,"__proto__":{"x":1}}', 'unsafe'],
      };
      for (const [name, [text]] of Object.entries(files)) await place.putRaw(name, text);
      const byName = Object.fromEntries((await listed(library)).map((e) => [e.fileName, e]));
      for (const [name, [text, status]] of Object.entries(files)) {
        expect(byName[name]).toMatchObject({ status, document: null });
        expect(await place.readRaw(name)).toBe(text);
      }
    });

    it('says when a scenario was made on another baseline dataset, and changes nothing', async () => {
      const { library, place } = setUp();
      const older = { ...doc('Older'), baseline: { datasetId: BASELINE.datasetId, checksum: 'old' } };
      await place.putRaw('older.puente.json', serialiseScenario(older));
      const opened = await library.openScenario(await refNamed(library, 'older.puente.json'));
      expect(opened.ok && opened.value.baselineMismatch).toEqual({ fileDatasetId: BASELINE.datasetId, fileChecksum: 'old' });
      expect(opened.ok && opened.value.document.baseline).toEqual(older.baseline);
    });
  });

  describe(`library contract (${adapter}): two windows or tabs on one scenario (D10)`, () => {
    it('a save over changes made elsewhere since opening is refused with "changed", and nothing is lost', async () => {
      const { library: a, start, clock } = setUp();
      const saved = await mustSave(a, doc('Shared', 0.1));
      const b = start().library;
      await listed(b); // B finds it in its library view
      const inA = await a.openScenario(saved.ref);
      const inB = await b.openScenario(saved.ref);
      if (!inA.ok || !inB.ok) throw new Error('open failed');
      expect(inA.value.revision).toBe(inB.value.revision);
      clock.now += 1000;
      const fromA = await a.saveScenario(saved.ref, doc('Shared', 0.2), inA.value.revision);
      if (!fromA.ok) throw new Error(fromA.message);
      expect(fromA.value.revision).not.toBe(inA.value.revision);
      // B still works on what it opened: its save must not silently replace A's.
      const fromB = await b.saveScenario(saved.ref, doc('Shared', 0.3), inB.value.revision);
      expect(fromB).toMatchObject({ ok: false, code: 'changed' });
      expect(await b.openScenario(saved.ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.2 } } } });
      // B chooses to save over it: A's version becomes a backup.
      clock.now += 1000;
      expect(await b.saveScenario(saved.ref, doc('Shared', 0.3), null)).toMatchObject({ ok: true });
      expect((await backupRates(b, saved.ref))[0]).toBe(0.2);
    });

    it('two tabs saving at the same moment: one is saved, the other is told, and nothing is lost (review finding 2)', async () => {
      const { library: a, start, clock } = setUp();
      const b = start().library;
      const saved = await mustSave(a, doc('Shared', 0.1));
      await listed(b); // B finds it in its library view
      clock.now += 1000;
      const [fromA, fromB] = await Promise.all([
        a.saveScenario(saved.ref, doc('Shared', 0.2), saved.revision),
        b.saveScenario(saved.ref, doc('Shared', 0.3), saved.revision),
      ]);
      expect([fromA.ok, fromB.ok ? 'ok' : fromB.code]).toEqual([true, 'changed']);
      expect(await b.openScenario(saved.ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.2 } } } });
      // B chooses to save over it: A's version becomes a backup.
      clock.now += 1000;
      expect(await b.saveScenario(saved.ref, doc('Shared', 0.3), null)).toMatchObject({ ok: true });
      expect(await backupRates(b, saved.ref)).toEqual([0.2, 0.1]);
    });

    it('a file changed by another program since it was opened is detected too', async () => {
      const { library, place } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      const opened = await library.openScenario(saved.ref);
      if (!opened.ok) throw new Error(opened.message);
      await place.putRaw(saved.fileName, serialiseScenario(doc('Plan', 0.7)));
      expect(await library.saveScenario(saved.ref, doc('Plan', 0.2), opened.value.revision)).toMatchObject({ ok: false, code: 'changed' });
      expect(await place.readRaw(saved.fileName)).toBe(serialiseScenario(doc('Plan', 0.7)));
    });

    it('saving twice in a row from one window is no conflict: each save hands back the new revision', async () => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      clock.now += 1000;
      const again = await library.saveScenario(saved.ref, doc('Plan', 0.2), saved.revision);
      expect(again).toMatchObject({ ok: true });
      expect(again.ok && (await library.saveScenario(saved.ref, doc('Plan', 0.3), again.value.revision))).toMatchObject({ ok: true });
    });

    it('recovered work remembers the revision it was based on', async () => {
      const { library, crash, start, place } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      await library.writeAutosave(saved.ref, doc('Plan', 0.5), saved.revision);
      crash();
      await place.putRaw(saved.fileName, serialiseScenario(doc('Plan', 0.9)));
      const next = start().library;
      const [work] = await next.recoverableWork();
      expect(work?.revision).toBe(saved.revision);
      expect(await next.saveScenario(work!.ref, work!.document, work!.revision)).toMatchObject({ ok: false, code: 'changed' });
    });
  });

  describe(`library contract (${adapter}): files from a newer Puente`, () => {
    const future = JSON.stringify({ format: 'puente-scenario', schemaVersion: SCENARIO_SCHEMA_VERSION + 1, name: 'From the future', levers: { regularisationRatePerYear: 0.25 }, hologram: true });

    it('opens read-only as far as this version understands, refuses to save over it, and Save As makes a copy', async () => {
      const { library, place } = setUp();
      await place.putRaw('future.puente.json', future);
      const ref = await refNamed(library, 'future.puente.json');
      const opened = await library.openScenario(ref);
      if (!opened.ok) throw new Error(opened.message);
      expect(opened.value.readOnly).toBe(true);
      expect(opened.value.document.levers).toEqual({ regularisationRatePerYear: 0.25 });
      expect(await library.saveScenario(ref, opened.value.document)).toMatchObject({ ok: false, code: 'read-only' });
      expect(await library.renameScenario(ref, 'Mine now')).toMatchObject({ ok: false, code: 'newer-version' });
      expect(await place.readRaw('future.puente.json')).toBe(future);
      expect(await library.createScenario(opened.value.document)).toMatchObject({ ok: true, value: { document: { name: 'From the future' } } });
    });

    it('refuses to save over a file a newer Puente rewrote after it was opened here', async () => {
      const { library, place, start } = setUp();
      const saved = await mustSave(library, doc('Shared plan'));
      await place.putRaw(saved.fileName, future);
      const later = start().library;
      const ref = await refNamed(later, saved.fileName);
      expect(await later.saveScenario(ref, doc('Mine'))).toMatchObject({ ok: false, code: 'read-only' });
      expect(await library.saveScenario(saved.ref, doc('Mine'))).toMatchObject({ ok: false, code: 'read-only' });
      expect(await place.readRaw(saved.fileName)).toBe(future);
    });
  });

  describe(`library contract (${adapter}): rename, duplicate, delete, recent`, () => {
    it('renames the scenario and its file, duplicates it to a new entry, and deletes it', async () => {
      const { library, clock } = setUp();
      const a = await mustSave(library, doc('Draft', 0.1));
      clock.now += 1000;
      const renamed = await library.renameScenario(a.ref, 'Final: IOM view');
      if (!renamed.ok) throw new Error(renamed.message);
      expect(renamed.value).toMatchObject({ fileName: 'Final IOM view.puente.json', document: { name: 'Final: IOM view' } });
      expect((await listed(library)).map((e) => e.fileName)).toEqual(['Final IOM view.puente.json']);
      const copy = await library.duplicateScenario(renamed.value.ref, 'Final: IOM view (copy)');
      if (!copy.ok) throw new Error(copy.message);
      expect(copy.value.ref).not.toBe(renamed.value.ref);
      expect(copy.value.document).toMatchObject({ name: 'Final: IOM view (copy)', levers: { regularisationRatePerYear: 0.1 }, createdAt: new Date(clock.now).toISOString() });
      expect(await library.deleteScenario(renamed.value.ref)).toMatchObject({ ok: true, value: { fileName: 'Final IOM view.puente.json' } });
      expect((await listed(library)).map((e) => e.document?.name)).toEqual(['Final: IOM view (copy)']);
      expect((await library.openScenario(renamed.value.ref)).ok).toBe(false);
      expect((await library.recentScenarios()).map((e) => e.ref)).toEqual([copy.value.ref]);
    });

    it('renaming "Budget" to "budget" never replaces a different "budget" entry (D1)', async () => {
      const { library, place } = setUp();
      const mine = await mustSave(library, doc('Budget', 0.1));
      const theirs = serialiseScenario(doc('budget', 0.9));
      await place.putRaw('budget.puente.json', theirs);
      const renamed = await library.renameScenario(mine.ref, 'budget');
      if (!renamed.ok) throw new Error(renamed.message);
      expect(renamed.value.fileName).toBe('budget (2).puente.json');
      expect(await place.readRaw('budget.puente.json')).toBe(theirs);
      const names = (await listed(library)).map((e) => [e.fileName, e.document?.levers.regularisationRatePerYear]).sort();
      expect(names).toEqual([['budget (2).puente.json', 0.1], ['budget.puente.json', 0.9]]);
    });

    it('a change of case alone renames the entry itself', async () => {
      const { library } = setUp();
      const mine = await mustSave(library, doc('Budget'));
      const renamed = await library.renameScenario(mine.ref, 'budget');
      expect(renamed).toMatchObject({ ok: true, value: { fileName: 'budget.puente.json', document: { name: 'budget' } } });
      expect((await listed(library)).map((e) => e.fileName)).toEqual(['budget.puente.json']);
    });

    it.each([
      ['300 characters', 'x'.repeat(300)],
      ['only spaces', '   '],
      ['empty', ''],
    ])('refuses to rename or duplicate to a name the scenario rules refuse (%s), and changes nothing (review finding 7)', async (_label, name) => {
      const { library, place } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      const before = await place.readRaw('Plan.puente.json');
      expect(await library.renameScenario(saved.ref, name)).toMatchObject({ ok: false, code: 'invalid' });
      expect(await library.duplicateScenario(saved.ref, name)).toMatchObject({ ok: false, code: 'invalid' });
      expect(await place.readRaw('Plan.puente.json')).toBe(before);
      expect((await listed(library)).map((e) => [e.fileName, e.status])).toEqual([['Plan.puente.json', 'ok']]);
    });

    it('keeps backups reachable after a rename', async () => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc('Plan A', 0.1));
      clock.now += 1000;
      await mustSave(library, doc('Plan A', 0.2), saved.ref);
      const renamed = await library.renameScenario(saved.ref, 'Plan B');
      if (!renamed.ok) throw new Error(renamed.message);
      const backups = await library.listBackups(renamed.value.ref);
      expect(backups.ok && backups.value.length).toBeGreaterThanOrEqual(1);
    });

    it('lists recently opened or saved scenarios first, without duplicates, ten at most', async () => {
      const { library, start } = setUp();
      const saved: ScenarioRef[] = [];
      for (let i = 0; i < 12; i += 1) saved.push((await mustSave(library, doc(`S${i}`))).ref);
      await library.openScenario(saved[3]!);
      const recent = await library.recentScenarios();
      expect(recent).toHaveLength(10);
      expect(recent[0]?.document?.name).toBe('S3');
      expect(new Set(recent.map((e) => e.ref)).size).toBe(10);
      // The list outlives the session.
      expect((await start().library.recentScenarios())[0]?.document?.name).toBe('S3');
    });

    it.each([
      ['60 emoji', '🌎'.repeat(60)],
      ['80 CJK characters', '移民政策'.repeat(20)],
      ['mixed scripts', `Regularización ${'💼'.repeat(30)} 移民 ${'ñ'.repeat(40)}`],
    ])('saves, backs up, renames and duplicates a name of %s, with file names under 255 bytes (D8)', async (_label, name) => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc(name, 0.1));
      expect(saved.document.name).toBe(name);
      clock.now += 1000;
      await mustSave(library, doc(name, 0.2), saved.ref);
      const copy = await library.duplicateScenario(saved.ref, `${name} 2`);
      expect(copy).toMatchObject({ ok: true, value: { document: { name: `${name} 2` } } });
      const renamed = await library.renameScenario(saved.ref, `${name} 3`);
      if (!renamed.ok) throw new Error(renamed.message);
      const backups = await library.listBackups(renamed.value.ref);
      expect(backups.ok && backups.value.length).toBeGreaterThan(0);
      const list = await listed(library);
      expect(list.map((e) => e.document?.name).sort()).toEqual([`${name} 2`, `${name} 3`].sort());
      for (const entry of list) expect(new TextEncoder().encode(entry.fileName).length).toBeLessThanOrEqual(200);
    });

    it('names two long scenarios that differ only after the cut differently', async () => {
      const { library } = setUp();
      const stem = 'x'.repeat(79);
      await mustSave(library, doc(`${stem}🌎 first`));
      await mustSave(library, doc(`${stem}🌎 second`));
      const list = await listed(library);
      expect(list).toHaveLength(2);
      expect(list.map((e) => e.fileName).join('')).not.toContain('\uFFFD');
      expect(list.map((e) => e.document?.name).sort()).toEqual([`${stem}🌎 first`, `${stem}🌎 second`]);
    });
  });

  describe(`library contract (${adapter}): deleted scenarios can be restored from the app`, () => {
    it('a deleted scenario leaves the library and the recent list, and comes back with its content and backups', async () => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      clock.now += 1000;
      await mustSave(library, doc('Plan', 0.2), saved.ref);
      const deleted = await library.deleteScenario(saved.ref);
      if (!deleted.ok) throw new Error(deleted.message);
      expect(await listed(library)).toEqual([]);
      expect(await library.recentScenarios()).toEqual([]);
      expect(await library.listDeleted()).toMatchObject({ ok: true, value: [{ id: deleted.value.id, fileName: 'Plan.puente.json' }] });
      const restored = await library.restoreDeleted(deleted.value.id);
      if (!restored.ok) throw new Error(restored.message);
      expect(restored.value).toMatchObject({ fileName: 'Plan.puente.json', status: 'ok', document: { levers: { regularisationRatePerYear: 0.2 } } });
      const backups = await library.listBackups(restored.value.ref);
      expect(backups.ok && backups.value).toHaveLength(1);
      expect(await library.listDeleted()).toEqual({ ok: true, value: [] });
      expect(await library.restoreDeleted(deleted.value.id)).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('restores under a free name when another scenario took the name meanwhile', async () => {
      const { library } = setUp();
      const first = await mustSave(library, doc('Plan', 0.1));
      const deleted = await library.deleteScenario(first.ref);
      if (!deleted.ok) throw new Error(deleted.message);
      await mustSave(library, doc('Plan', 0.9));
      const restored = await library.restoreDeleted(deleted.value.id);
      expect(restored).toMatchObject({ ok: true, value: { fileName: 'Plan (2).puente.json', document: { levers: { regularisationRatePerYear: 0.1 } } } });
      expect((await listed(library)).map((e) => e.fileName).sort()).toEqual(['Plan (2).puente.json', 'Plan.puente.json']);
    });

    it('lets deleted scenarios go after 30 days, at the next start', async () => {
      const { library, clock, start } = setUp();
      const old = await mustSave(library, doc('Old'));
      await library.deleteScenario(old.ref);
      clock.now += 20 * DAY;
      const recent = await mustSave(library, doc('Recent'));
      await library.deleteScenario(recent.ref);
      clock.now += 11 * DAY;
      const next = start().library;
      await next.startUp();
      const left = await next.listDeleted();
      expect(left.ok && left.value.map((d) => d.fileName)).toEqual(['Recent.puente.json']);
    });
  });

  describe(`library contract (${adapter}): backups`, () => {
    it('keeps the previous version on every save, pruned by the retention rule, and reads it back', async () => {
      const { library, clock } = setUp();
      const first = await mustSave(library, doc('Plan', 0.01));
      for (let i = 2; i <= 6; i += 1) {
        clock.now += 60_000;
        await mustSave(library, doc('Plan', i / 100), first.ref);
      }
      const backups = await library.listBackups(first.ref);
      if (!backups.ok) throw new Error('no backups');
      // Five earlier versions today; the rule keeps the newest three.
      expect(backups.value).toHaveLength(3);
      expect(await library.readBackup(first.ref, backups.value[0]!.id)).toMatchObject({ ok: true, value: { levers: { regularisationRatePerYear: 0.05 } } });
      // A day later, one of yesterday's backups stays.
      clock.now += DAY;
      await mustSave(library, doc('Plan', 0.07), first.ref);
      const later = await library.listBackups(first.ref);
      expect(later.ok && later.value.length).toBe(2);
    });

    it('saving an unchanged scenario makes no backup, so the day’s earlier versions stay (D4)', async () => {
      const { library, clock } = setUp();
      const first = await mustSave(library, doc('Plan', 0.01));
      for (const rate of [0.02, 0.03, 0.04]) {
        clock.now += 60_000;
        await mustSave(library, doc('Plan', rate), first.ref);
      }
      for (let i = 0; i < 3; i += 1) {
        clock.now += 60_000;
        await mustSave(library, doc('Plan', 0.04), first.ref);
      }
      expect(await backupRates(library, first.ref)).toEqual([0.03, 0.02, 0.01]);
    });

    it('never lists an unreadable backup, and does not let it take a retention slot (D5)', async () => {
      const { library, place, clock } = setUp();
      const first = await mustSave(library, doc('Plan', 0.01));
      for (const rate of [0.02, 0.03]) {
        clock.now += 60_000;
        await mustSave(library, doc('Plan', rate), first.ref);
      }
      // What a killed copy used to leave: an empty and a truncated backup, newer than the real ones.
      await place.putRawBackup(first.fileName, clock.now + 1, '');
      await place.putRawBackup(first.fileName, clock.now + 2, '{"format":"puente-scenario","schemaVersion":1,"na');
      clock.now += 60_000;
      await mustSave(library, doc('Plan', 0.04), first.ref);
      expect(await backupRates(library, first.ref)).toEqual([0.03, 0.02, 0.01]);
    });

    it('keeps backups out of the library list', async () => {
      const { library, clock } = setUp();
      const saved = await mustSave(library, doc('Plan'));
      clock.now += 1000;
      await mustSave(library, doc('Plan', 0.3), saved.ref);
      expect((await listed(library)).map((e) => e.fileName)).toEqual(['Plan.puente.json']);
    });
  });

  describe(`library contract (${adapter}): a reload reopens what was on screen`, () => {
    const GUATEMALA = { region: 'GTM', lens: 'origin' as const, charts: ['migrantsRegular'] };

    it('a saved scenario with unsaved changes comes back with those changes, marked unsaved, on the place and lens that were shown', async () => {
      const { library, crash, start, sessionId } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      await library.writeAutosave(saved.ref, doc('Plan', 0.35), saved.revision);
      expect(await library.rememberSession(saved.ref, GUATEMALA)).toEqual({ ok: true, value: null });
      crash(); // the page goes away
      const next = start();
      const resumed = await next.library.resumeSession(sessionId);
      expect(resumed).toMatchObject({ ref: saved.ref, fileName: 'Plan.puente.json', unsaved: true, readOnly: false, revision: saved.revision, view: GUATEMALA });
      expect(resumed?.document?.levers.regularisationRatePerYear).toBe(0.35);
      // The work is the reloaded page's own now: not offered again as a crash's work, and a second reload finds it.
      expect(await next.library.recoverableWork()).toEqual([]);
      next.crash();
      const third = await start().library.resumeSession(next.sessionId);
      expect(third?.document?.levers.regularisationRatePerYear).toBe(0.35);
    });

    it('a saved scenario without changes reopens as stored; an untitled one brings its work back, or only the view', async () => {
      const { library, crash, start, sessionId } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.2));
      await library.rememberSession(saved.ref, GUATEMALA);
      crash();
      const second = start();
      expect(await second.library.resumeSession(sessionId)).toMatchObject({ ref: saved.ref, unsaved: false, document: { name: 'Plan' }, view: GUATEMALA });

      await second.library.rememberSession(null, GUATEMALA);
      await second.library.writeAutosave(null, doc('Scratch', 0.4));
      second.crash();
      const third = start();
      expect(await third.library.resumeSession(second.sessionId)).toMatchObject({ ref: null, fileName: null, unsaved: true, document: { name: 'Scratch' }, view: GUATEMALA });

      await third.library.clearAutosave(null);
      await third.library.rememberSession(null, { region: 'COL', lens: 'host', charts: [] });
      third.crash();
      expect(await start().library.resumeSession(third.sessionId)).toEqual({
        ref: null, fileName: null, document: null, unsaved: false, readOnly: false, baselineMismatch: null, revision: null, view: { region: 'COL', lens: 'host', charts: [] },
      });
    });

    it('a scenario deleted meanwhile comes back as untitled work; a new tab, or a duplicate of a running one, resumes nothing', async () => {
      const { library, crash, start, sessionId } = setUp();
      const saved = await mustSave(library, doc('Plan', 0.1));
      await library.writeAutosave(saved.ref, doc('Plan', 0.3));
      await library.rememberSession(saved.ref, GUATEMALA);
      // A duplicated tab continues the same session id while the first still runs: the work stays the first's.
      const duplicate = start();
      expect(await duplicate.library.resumeSession(sessionId)).toBeNull();
      expect(await start().library.resumeSession('f'.repeat(24))).toBeNull();

      expect(await library.deleteScenario(saved.ref)).toMatchObject({ ok: true });
      crash();
      const resumed = await start().library.resumeSession(sessionId);
      expect(resumed).toMatchObject({ ref: null, fileName: null, unsaved: true, revision: null, view: GUATEMALA });
      expect(resumed?.document?.levers.regularisationRatePerYear).toBe(0.3);
    });

    it('the desktop reloads within one session; a place the data does not know falls back to the scenario’s own view', async () => {
      const { library } = setUp();
      const saved = await mustSave(library, { ...doc('Plan'), view: { region: 'BRA', lens: 'host', charts: [] } });
      await library.rememberSession(saved.ref, { region: 'XXX', lens: 'host', charts: [] });
      expect(await library.resumeSession()).toMatchObject({ ref: saved.ref, unsaved: false, view: { region: 'BRA' } });
      // Only references this library handed out are remembered.
      expect(await library.rememberSession('0'.repeat(24), GUATEMALA)).toMatchObject({ ok: false, code: 'not-found' });
    });

    it('what a finished session showed is forgotten at the next start', async () => {
      const { library, crash, start, sessionId } = setUp();
      await library.rememberSession(null, GUATEMALA);
      crash();
      await start().library.recoverableWork();
      expect(await start().library.resumeSession(sessionId)).toBeNull();
    });
  });

  describe(`library contract (${adapter}): autosave and recovery`, () => {
    it('offers the working copy back after a crash, newest first, and never this session’s own', async () => {
      const { library, crash, start, clock } = setUp();
      const saved = await mustSave(library, doc('Working', 0.1));
      await library.writeAutosave(saved.ref, doc('Working', 0.35));
      clock.now += 1000;
      await library.writeAutosave(null, doc('Never saved', 0.2));
      expect(await library.recoverableWork()).toEqual([]);
      crash();
      const next = start().library;
      const work = await next.recoverableWork();
      expect(work.map((w) => [w.ref, w.fileName, w.document.levers.regularisationRatePerYear])).toEqual([
        [null, null, 0.2],
        [saved.ref, 'Working.puente.json', 0.35],
      ]);
      // The user's stored scenario did not change.
      expect(await next.openScenario(saved.ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.1 } } } });
      // Recovered work of a saved scenario saves back to its own file.
      expect(await next.saveScenario(work[1]!.ref, work[1]!.document)).toMatchObject({ ok: true, value: { fileName: 'Working.puente.json' } });
    });

    it('forgets the working copy once cleared', async () => {
      const { library, crash, start } = setUp();
      await library.writeAutosave(null, doc('Scratch'));
      await library.clearAutosave(null);
      crash();
      expect(await start().library.recoverableWork()).toEqual([]);
    });

    it('two sessions open at once never see or overwrite each other’s unsaved work', async () => {
      const { library: a, crash: crashA, start } = setUp();
      const b = start();
      await a.writeAutosave(null, doc('Tab A', 0.3));
      expect(await b.library.recoverableWork()).toEqual([]);
      await b.library.writeAutosave(null, doc('Tab B', 0.6));
      await b.library.clearAutosave(null);
      crashA();
      expect((await start().library.recoverableWork()).map((w) => w.document.name)).toEqual(['Tab A']);
    });

    it('keeps pending recovered work until the user chooses, through more autosaves and another crash (D2)', async () => {
      const { library, crash, start } = setUp();
      await library.writeAutosave(null, doc('Crashed work', 0.4));
      crash();
      const second = start();
      expect((await second.library.recoverableWork()).map((w) => w.document.name)).toEqual(['Crashed work']);
      // The user edits the new untitled scenario before answering; autosave runs; then a second crash.
      await second.library.writeAutosave(null, doc('New untitled edit', 0.5));
      second.crash();
      const third = start();
      expect((await third.library.recoverableWork()).map((w) => w.document.name).sort()).toEqual(['Crashed work', 'New untitled edit']);
    });

    it('drops recovered work once the user discards it, and only then', async () => {
      const { library, crash, start } = setUp();
      await library.writeAutosave(null, doc('Crashed work'));
      crash();
      const second = start();
      const [work] = await second.library.recoverableWork();
      if (!work) throw new Error('nothing offered');
      // A page cannot discard work it was not handed.
      expect(await second.library.discardRecoveredWork('autosave/ffffffffffffffffffffffff-recovered-1')).toMatchObject({ ok: false });
      expect(await second.library.discardRecoveredWork(work.id)).toEqual({ ok: true, value: null });
      second.crash();
      expect(await start().library.recoverableWork()).toEqual([]);
    });
  });
}
