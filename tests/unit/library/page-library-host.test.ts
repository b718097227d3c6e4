// The library as the web and memory hosts give it to the page: the shared service over browser storage, plus
// the file picker (import) and the download (export).
import { describe, expect, it } from 'vitest';
import { libraryHostOver, newRef, type PickedFile } from '../../../renderer/host/library-host';
import { createMapStore } from '../../../shared/library/kv-store';
import { createKvStorage } from '../../../shared/library/kv-storage';
import { createLibraryService } from '../../../shared/library/service';
import { defaultScenario, parseScenarioText, SCENARIO_RULES, SCENARIO_SCHEMA_VERSION, serialiseScenario } from '../../../shared/scenario';
import { BASELINE, doc } from './contract';

function setUp(kv = createMapStore()) {
  const picks: (PickedFile | null)[] = [];
  const delivered: { fileName: string; text: string }[] = [];
  const unsaved: boolean[] = [];
  const sessionId = newRef();
  const service = createLibraryService({
    storage: createKvStorage({ kv, now: () => 1000, newId: newRef }),
    appVersion: '1.2.3', baseline: BASELINE, now: () => 1000, utcOffsetMinutes: () => 0, sessionId, liveSessions: async () => new Set([sessionId]),
  });
  const host = libraryHostOver(service, {
    pickFile: async () => picks.shift() ?? null,
    deliverFile: (fileName, text) => delivered.push({ fileName, text }),
    onUnsavedChanges: (u) => unsaved.push(u),
  });
  const pick = (name: string, text: string) => picks.push({ name, size: text.length, bytes: async () => new TextEncoder().encode(text) });
  return { kv, host, pick, delivered, unsaved };
}

describe('page library: import and export', () => {
  it('a cancelled picker is no error and stores nothing', async () => {
    const { host, kv } = setUp();
    expect(await host.importScenario()).toEqual({ ok: true, value: null });
    expect(kv.data.size).toBe(0);
  });

  it.each([
    ['truncated', '{"format": "puente-scenario", "schemaVer', 'not-json'],
    ['empty', '', 'not-json'],
    ['not a scenario', '{"hello": 1}', 'wrong-format'],
    ['hostile', '{"format":"puente-scenario","schemaVersion":1,"__proto__":{"x":1}}', 'unsafe'],
    ['out of range', JSON.stringify({ ...defaultScenario('x'), levers: { regularisationRatePerYear: 9 } }), 'invalid'],
  ])('a %s file gives the codec message and leaves the library as it was', async (_label, text, code) => {
    const { host, kv, pick } = setUp();
    await host.saveScenario(null, doc('Kept'), null);
    const before = new Map(kv.data);
    pick('bad.puente.json', text);
    const result = await host.importScenario();
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toBe((parseScenarioText(text, SCENARIO_RULES) as { message: string }).message);
    expect(kv.data).toEqual(before);
  });

  it('refuses an enormous file before reading it', async () => {
    const { host, kv } = setUp();
    let read = false;
    const huge: PickedFile = { name: 'huge.json', size: 50 * 1024 * 1024, bytes: async () => ((read = true), new Uint8Array()) };
    const withHuge = libraryHostOver(createLibraryService({
      storage: createKvStorage({ kv, now: () => 0, newId: newRef }), appVersion: '1', baseline: BASELINE, now: () => 0, utcOffsetMinutes: () => 0, sessionId: 's', liveSessions: async () => new Set(['s']),
    }), { pickFile: async () => huge, deliverFile: () => undefined, onUnsavedChanges: () => undefined });
    expect(await withHuge.importScenario()).toMatchObject({ ok: false, code: 'too-large' });
    expect(read).toBe(false);
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });

  it('imports a newer app’s file read-only, kept as it came, and flags another baseline', async () => {
    const { host, kv, pick } = setUp();
    const text = JSON.stringify({ ...JSON.parse(serialiseScenario(doc('From the future', 0.25))), schemaVersion: SCENARIO_SCHEMA_VERSION + 1, hologram: true });
    pick('future.puente.json', text);
    const imported = await host.importScenario();
    if (!imported.ok || !imported.value) throw new Error('import failed');
    expect(imported.value).toMatchObject({ readOnly: true, fileName: 'future.puente.json' });
    expect(JSON.parse(kv.data.get(`scenario:${imported.value.ref}`) ?? '{}').text).toBe(text);
    const older = { ...doc('Older'), baseline: { datasetId: BASELINE.datasetId, checksum: 'f'.repeat(64) } };
    pick('older.puente.json', serialiseScenario(older));
    expect(await host.importScenario()).toMatchObject({ ok: true, value: { baselineMismatch: { fileChecksum: 'f'.repeat(64) } } });
  });

  it('exports the serialised document, stamped like a save, as <name>.puente.json, and refuses an invalid one', async () => {
    const { host, delivered } = setUp();
    const d = doc('IOM view', 0.15);
    expect(await host.exportScenario(d)).toEqual({ ok: true, value: true });
    const time = new Date(1000).toISOString();
    const stamped = { ...d, createdAt: time, updatedAt: time, appVersion: '1.2.3', baseline: BASELINE };
    expect(delivered).toEqual([{ fileName: 'IOM view.puente.json', text: serialiseScenario(stamped) }]);
    expect(await host.exportScenario(doc('Bad', 9))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('relays unsaved-changes state to the host', () => {
    const { host, unsaved } = setUp();
    host.setUnsavedChanges(true);
    host.setUnsavedChanges(false);
    expect(unsaved).toEqual([true, false]);
  });
});

describe('page library: text encodings (D9)', () => {
  it('refuses to import a Latin-1 file instead of storing "Caf\uFFFD", and stores nothing', async () => {
    const { host, kv } = setUp();
    const bytes = Uint8Array.from([...'{"format":"puente-scenario","schemaVersion":1,"name":"Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x22, 0x7d]));
    const withFile = libraryHostOver(createLibraryService({
      storage: createKvStorage({ kv, now: () => 0, newId: newRef }), appVersion: '1', baseline: BASELINE, now: () => 0, utcOffsetMinutes: () => 0, sessionId: 's', liveSessions: async () => new Set(['s']),
    }), { pickFile: async () => ({ name: 'cafe.puente.json', size: bytes.length, bytes: async () => bytes }), deliverFile: () => undefined, onUnsavedChanges: () => undefined });
    const result = await withFile.importScenario();
    expect(result).toMatchObject({ ok: false, code: 'not-utf8' });
    expect(kv.data.size).toBe(0);
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });

  it('imports UTF-8 with a byte-order mark (Notepad) as it is', async () => {
    const { kv } = setUp();
    const text = serialiseScenario(doc('Café'));
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const withFile = libraryHostOver(createLibraryService({
      storage: createKvStorage({ kv, now: () => 0, newId: newRef }), appVersion: '1', baseline: BASELINE, now: () => 0, utcOffsetMinutes: () => 0, sessionId: 's', liveSessions: async () => new Set(['s']),
    }), { pickFile: async () => ({ name: 'cafe.puente.json', size: bytes.length, bytes: async () => bytes }), deliverFile: () => undefined, onUnsavedChanges: () => undefined });
    expect(await withFile.importScenario()).toMatchObject({ ok: true, value: { document: { name: 'Café' } } });
  });
});

describe('page library: storage written by earlier builds', () => {
  it('opens scenarios, backups, the recent list and a closed tab’s autosave in the earlier layout', async () => {
    const kv = createMapStore();
    const ref = 'a'.repeat(24);
    kv.data.set(`scenario:${ref}`, JSON.stringify({ fileName: 'Plan.puente.json', modifiedAt: 5, text: serialiseScenario(doc('Plan', 0.2)) }));
    kv.data.set(`backup:${ref}:4-abcdef`, JSON.stringify({ takenAt: 4, text: serialiseScenario(doc('Plan', 0.1)) }));
    kv.data.set('recent', JSON.stringify([ref]));
    kv.data.set(`autosave:${'b'.repeat(24)}:untitled`, JSON.stringify({ ref: null, fileName: null, savedAt: 7, text: serialiseScenario(doc('Left in a tab', 0.3)) }));
    const { host } = setUp(kv);
    expect(await host.openScenario(ref)).toMatchObject({ ok: true, value: { fileName: 'Plan.puente.json', document: { name: 'Plan' } } });
    const backups = await host.listBackups(ref);
    expect(backups.ok && (await host.readBackup(ref, backups.value[0]!.id))).toMatchObject({ ok: true, value: { levers: { regularisationRatePerYear: 0.1 } } });
    expect((await host.recentScenarios()).map((e) => e.ref)).toEqual([ref]);
    expect((await host.recoverableWork()).map((w) => w.document.name)).toEqual(['Left in a tab']);
  });
});
