// The browser-storage scenario library (shared by the web and memory hosts) against a Map store.
import { describe, expect, it } from 'vitest';
import { dataStamp } from '../../../shared/data';
import { defaultScenario, parseScenarioText, SCENARIO_RULES, SCENARIO_SCHEMA_VERSION, serialiseScenario, type ScenarioDocument } from '../../../shared/scenario';
import { createMapStore } from '../../../renderer/host/kv-store';
import { createStorageLibrary, newRef, type PickedFile } from '../../../renderer/host/storage-library';
import { fileNameFor, uniqueFileName } from '../../../shared/scenario/file-names';

const DAY = 86_400_000;

/** Tabs open "now", shared by every library made over one store in a test. */
const openTabs = new Set<string>();

function setup(start = Date.UTC(2026, 2, 10, 9), kv = createMapStore(), sessionId = newRef()) {
  openTabs.add(sessionId);
  const clock = { now: start };
  const picks: (PickedFile | null)[] = [];
  const delivered: { fileName: string; text: string }[] = [];
  const unsaved: boolean[] = [];
  const library = createStorageLibrary({
    kv,
    appVersion: '1.2.3',
    baseline: dataStamp(),
    now: () => clock.now,
    utcOffsetMinutes: () => 0,
    newId: newRef,
    pickFile: async () => picks.shift() ?? null,
    deliverFile: (fileName, text) => delivered.push({ fileName, text }),
    onUnsavedChanges: (u) => unsaved.push(u),
    sessionId,
    liveSessions: async () => new Set(openTabs),
  });
  const pick = (name: string, text: string) => picks.push({ name, size: text.length, text: async () => text });
  /** The tab crashes or is closed: its lock is gone. */
  const close = () => openTabs.delete(sessionId);
  return { kv, clock, library, pick, delivered, unsaved, close };
}

const scenario = (name: string, rate: number): ScenarioDocument => ({ ...defaultScenario(name), levers: { regularisationRatePerYear: rate } });

async function mustSave(lib: ReturnType<typeof setup>['library'], doc: ScenarioDocument, ref: string | null = null) {
  const saved = await lib.saveScenario(ref, doc);
  if (!saved.ok) throw new Error(saved.message);
  return saved.value;
}

describe('storage library: save and open', () => {
  it('stamps times, app version and baseline on save, and reopens what was saved by its opaque reference', async () => {
    const { library, clock } = setup();
    const saved = await mustSave(library, scenario('Ministry proposal', 0.3));
    expect(saved.ref).toMatch(/^[0-9a-f]{24}$/);
    expect(saved.fileName).toBe('Ministry proposal.puente.json');
    expect(saved.document).toMatchObject({
      createdAt: new Date(clock.now).toISOString(),
      updatedAt: new Date(clock.now).toISOString(),
      appVersion: '1.2.3',
      baseline: dataStamp(),
    });
    clock.now += 60_000;
    const again = await mustSave(library, { ...saved.document, levers: { regularisationRatePerYear: 0.4 } }, saved.ref);
    expect(again.document.createdAt).toBe(saved.document.createdAt);
    expect(again.document.updatedAt).toBe(new Date(clock.now).toISOString());

    const opened = await library.openScenario(saved.ref);
    expect(opened).toMatchObject({ ok: true, value: { readOnly: false, baselineMismatch: null, document: { levers: { regularisationRatePerYear: 0.4 } } } });
    expect((await library.openScenario(newRef())).ok).toBe(false);
  });

  it('lists every scenario newest first, and gives same-named scenarios distinct file names', async () => {
    const { library, clock } = setup();
    await mustSave(library, scenario('Status quo', 0));
    clock.now += 1000;
    await mustSave(library, scenario('Status quo', 0.1));
    const list = await library.listScenarios();
    if (!list.ok) throw new Error(list.message);
    expect(list.value.map((e) => e.fileName)).toEqual(['Status quo (2).puente.json', 'Status quo.puente.json']);
    expect(list.value.every((e) => e.status === 'ok' && e.document !== null)).toBe(true);
  });

  it('refuses to store a document that breaks the scenario rules', async () => {
    const { library, kv } = setup();
    const bad = await library.saveScenario(null, scenario('Too far', 7));
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect(await kv.keys('scenario:')).toEqual([]);
  });

  it('flags a scenario made on another baseline, without changing it', async () => {
    const { library, pick } = setup();
    const older = { ...scenario('Older', 0.2), baseline: { datasetId: dataStamp().datasetId, checksum: 'f'.repeat(64) } };
    pick('older.puente.json', serialiseScenario(older));
    const imported = await library.importScenario();
    expect(imported).toMatchObject({ ok: true, value: { baselineMismatch: { fileChecksum: 'f'.repeat(64) }, document: { baseline: older.baseline } } });
  });
});

describe('storage library: import and export', () => {
  it('a cancelled picker is no error and stores nothing', async () => {
    const { library, kv } = setup();
    expect(await library.importScenario()).toEqual({ ok: true, value: null });
    expect(await kv.keys('')).toEqual([]);
  });

  it.each([
    ['truncated', '{"format": "puente-scenario", "schemaVer', 'not-json'],
    ['empty', '', 'not-json'],
    ['not a scenario', '{"hello": 1}', 'wrong-format'],
    ['hostile', '{"format":"puente-scenario","schemaVersion":1,"__proto__":{"x":1}}', 'unsafe'],
    ['out of range', JSON.stringify({ ...defaultScenario('x'), levers: { regularisationRatePerYear: 9 } }), 'invalid'],
  ])('a %s file gives the codec message and leaves the library as it was', async (_label, text, code) => {
    const { library, kv, pick } = setup();
    await mustSave(library, scenario('Kept', 0.2));
    const before = new Map(kv.data);
    pick('bad.puente.json', text);
    const result = await library.importScenario();
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toBe((parseScenarioText(text, SCENARIO_RULES) as { message: string }).message);
    expect(kv.data).toEqual(before);
  });

  it('refuses an enormous file before reading it', async () => {
    const kv = createMapStore();
    let read = false;
    const huge: PickedFile = { name: 'huge.json', size: 50 * 1024 * 1024, text: async () => ((read = true), '') };
    const lib2 = createStorageLibrary({
      kv, appVersion: '1', baseline: { datasetId: 'a', checksum: 'b' }, now: () => 0, utcOffsetMinutes: () => 0, newId: newRef,
      pickFile: async () => huge, deliverFile: () => undefined, onUnsavedChanges: () => undefined, sessionId: 's', liveSessions: async () => new Set(['s']),
    });
    expect(await lib2.importScenario()).toMatchObject({ ok: false, code: 'too-large' });
    expect(read).toBe(false);
    expect(await kv.keys('')).toEqual([]);
  });

  it('opens a newer app’s file read-only and refuses to save over it, while Save As makes a new one', async () => {
    const { library, pick, kv } = setup();
    const newer = { ...JSON.parse(serialiseScenario(scenario('From the future', 0.25))), schemaVersion: SCENARIO_SCHEMA_VERSION + 1, hologram: true };
    const text = JSON.stringify(newer);
    pick('future.puente.json', text);
    const imported = await library.importScenario();
    if (!imported.ok || !imported.value) throw new Error('import failed');
    expect(imported.value.readOnly).toBe(true);
    expect(imported.value.document.levers).toEqual({ regularisationRatePerYear: 0.25 });
    const refused = await library.saveScenario(imported.value.ref, imported.value.document);
    expect(refused).toMatchObject({ ok: false, code: 'read-only' });
    expect(JSON.parse((await kv.get(`scenario:${imported.value.ref}`)) ?? '{}').text).toBe(text);
    const copy = await library.saveScenarioAs(imported.value.document);
    expect(copy).toMatchObject({ ok: true, value: { document: { name: 'From the future' } } });
  });

  it('exports the serialised document as <name>.puente.json', async () => {
    const { library, delivered } = setup();
    const doc = scenario('IOM view', 0.15);
    expect(await library.exportScenario(doc)).toEqual({ ok: true, value: true });
    expect(delivered).toEqual([{ fileName: 'IOM view.puente.json', text: serialiseScenario(doc) }]);
  });
});

describe('storage library: rename, duplicate, delete, recent', () => {
  it('renames in place, duplicates to a new reference, and deletes with its backups', async () => {
    const { library, kv, clock } = setup();
    const a = await mustSave(library, scenario('Draft', 0.1));
    clock.now += 1000;
    const renamed = await library.renameScenario(a.ref, 'Ambitious');
    expect(renamed).toMatchObject({ ok: true, value: { ref: a.ref, fileName: 'Ambitious.puente.json', document: { name: 'Ambitious' } } });
    const copy = await library.duplicateScenario(a.ref, 'Ambitious (copy)');
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.value.ref).not.toBe(a.ref);
    expect(copy.value.document.levers).toEqual({ regularisationRatePerYear: 0.1 });
    expect(copy.value.document.createdAt).toBe(new Date(clock.now).toISOString());

    expect(await library.deleteScenario(a.ref)).toEqual({ ok: true, value: null });
    expect(await kv.keys(`backup:${a.ref}`)).toEqual([]);
    expect((await library.openScenario(a.ref)).ok).toBe(false);
    expect((await library.recentScenarios()).map((e) => e.ref)).toEqual([copy.value.ref]);
    expect(await library.deleteScenario(a.ref)).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('lists recently opened or saved scenarios first', async () => {
    const { library } = setup();
    const a = await mustSave(library, scenario('A', 0.1));
    const b = await mustSave(library, scenario('B', 0.2));
    expect((await library.recentScenarios()).map((e) => e.document?.name)).toEqual(['B', 'A']);
    await library.openScenario(a.ref);
    expect((await library.recentScenarios()).map((e) => e.ref)).toEqual([a.ref, b.ref]);
  });
});

describe('storage library: backups and autosave', () => {
  it('keeps the previous version as a backup on every save, pruned by the shared retention rule', async () => {
    const { library, clock } = setup();
    const first = await mustSave(library, scenario('Plan', 0.01));
    for (let i = 2; i <= 6; i += 1) {
      clock.now += 60_000;
      await mustSave(library, scenario('Plan', i / 100), first.ref);
    }
    const backups = await library.listBackups(first.ref);
    if (!backups.ok) throw new Error('no backups');
    // Five earlier versions today; the rule keeps the newest three.
    expect(backups.value).toHaveLength(3);
    const newest = backups.value[0];
    if (!newest) throw new Error('no backup');
    expect(await library.readBackup(first.ref, newest.id)).toMatchObject({ ok: true, value: { levers: { regularisationRatePerYear: 0.05 } } });
    // A day later, one of yesterday's backups stays.
    clock.now += DAY;
    await mustSave(library, scenario('Plan', 0.07), first.ref);
    const later = await library.listBackups(first.ref);
    expect(later.ok && later.value.length).toBe(2);
  });

  it('offers the working copy back after a crash and forgets it once cleared', async () => {
    const crashed = setup();
    const saved = await mustSave(crashed.library, scenario('Working', 0.1));
    await crashed.library.writeAutosave(saved.ref, scenario('Working', 0.35));
    await crashed.library.writeAutosave(null, scenario('Never saved', 0.2));
    await crashed.kv.set('autosave:junk', '{"savedAt":1,"ref":null,"fileName":null,"text":"{broken"}');
    crashed.close();
    const { library } = setup(undefined, crashed.kv); // the next start
    const work = await library.recoverableWork();
    expect(work.map((w) => [w.ref, w.fileName, w.document.levers.regularisationRatePerYear]).sort()).toEqual(
      [[saved.ref, 'Working.puente.json', 0.35], [null, null, 0.2]].sort(),
    );
    // The user's stored scenario did not change.
    expect((await library.openScenario(saved.ref)).ok && (await library.openScenario(saved.ref))).toMatchObject({ value: { document: { levers: { regularisationRatePerYear: 0.1 } } } });
    await library.clearAutosave(saved.ref);
    await library.clearAutosave(null);
    expect((await library.recoverableWork()).length).toBe(0);
  });

  it('two open tabs never see or overwrite each other\'s unsaved work', async () => {
    const a = setup();
    const b = setup(undefined, a.kv);
    await a.library.writeAutosave(null, scenario('Tab A', 0.3));
    expect(await b.library.recoverableWork()).toEqual([]);
    await b.library.writeAutosave(null, scenario('Tab B', 0.6));
    await b.library.clearAutosave(null); // B discards its own work
    a.close();
    const next = setup(undefined, a.kv);
    expect((await next.library.recoverableWork()).map((w) => w.document.name)).toEqual(['Tab A']);
  });

  it('relays unsaved-changes state to the host', () => {
    const { library, unsaved } = setup();
    library.setUnsavedChanges(true);
    library.setUnsavedChanges(false);
    expect(unsaved).toEqual([true, false]);
  });
});

describe('library file names', () => {
  it('keeps readable names, removes characters no OS allows and numbers duplicates', () => {
    expect(fileNameFor('Plan: 2030 / ministry')).toBe('Plan 2030 ministry.puente.json');
    expect(fileNameFor('Regularización Perú')).toBe('Regularización Perú.puente.json');
    expect(fileNameFor('///')).toBe('Scenario.puente.json');
    expect(fileNameFor('con')).toBe('Scenario con.puente.json');
    expect(uniqueFileName('A.puente.json', ['a.puente.json', 'A (2).puente.json'])).toBe('A (3).puente.json');
  });
});
