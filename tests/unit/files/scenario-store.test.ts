import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR_NAME } from '../../../electron/files/backups';
import { createScenarioStore } from '../../../electron/files/scenario-store';
import { fileNameFor } from '../../../electron/files/file-names';
import { defaultScenario, type ScenarioDocument } from '../../../shared/scenario';

const BASELINE = { datasetId: 'lac-baseline-2019', checksum: 'abc123' };

function setUp(start = Date.UTC(2026, 10, 27, 12)) {
  const libraryDir = mkdtempSync(join(tmpdir(), 'puente-library-'));
  const trashed: string[] = [];
  let clock = start;
  const store = createScenarioStore({
    libraryDir,
    trash: async (path) => {
      trashed.push(path);
      const { rm } = await import('node:fs/promises');
      await rm(path);
    },
    now: () => clock,
    utcOffsetMinutes: () => 0,
    appVersion: '0.1.0',
    baseline: BASELINE,
  });
  return { store, libraryDir, trashed, tick: (ms: number) => (clock += ms) };
}

const doc = (name: string, levers: ScenarioDocument['levers'] = {}): ScenarioDocument => ({ ...defaultScenario(name), levers });

describe('scenario library on disk', () => {
  it('saves a new scenario under its name, stamped with times, app version and baseline, and lists it', async () => {
    const { store, libraryDir } = setUp();
    const saved = await store.saveAs(doc('Ministry proposal', { regularisationRatePerYear: 0.3 }));
    expect(saved.ok).toBe(true);
    expect(readdirSync(libraryDir)).toContain('Ministry proposal.puente.json');
    const [entry] = await store.list();
    expect(entry?.status).toBe('ok');
    expect(entry?.document?.name).toBe('Ministry proposal');
    expect(entry?.document?.levers).toEqual({ regularisationRatePerYear: 0.3 });
    expect(entry?.document?.appVersion).toBe('0.1.0');
    expect(entry?.document?.baseline).toEqual(BASELINE);
    expect(entry?.document?.createdAt).toBe('2026-11-27T12:00:00.000Z');
  });

  it('never overwrites another scenario with the same name', async () => {
    const { store, libraryDir } = setUp();
    await store.saveAs(doc('Plan'));
    await store.saveAs(doc('Plan'));
    expect(readdirSync(libraryDir).filter((n) => n.endsWith('.puente.json')).sort()).toEqual(['Plan (2).puente.json', 'Plan.puente.json']);
  });

  it('keeps a backup of the previous content before each save, and restores from it', async () => {
    const { store, tick } = setUp();
    const first = await store.saveAs(doc('Plan', { inflowPath: 'low' }));
    if (!first.ok) throw new Error(first.message);
    tick(60_000);
    await store.save(first.value.ref, doc('Plan', { inflowPath: 'high' }));
    const backups = await store.backups(first.value.ref);
    expect(backups.ok && backups.value).toHaveLength(1);
    if (!backups.ok) return;
    const restored = await store.readBackup(first.value.ref, backups.value[0]!.id);
    expect(restored.ok && restored.value.levers).toEqual({ inflowPath: 'low' });
  });

  it('lists corrupt, empty and foreign files with their message and leaves them untouched', async () => {
    const { store, libraryDir } = setUp();
    const files: Record<string, string> = {
      'truncated.puente.json': '{"format":"puente-scenario","schemaVers',
      'empty.puente.json': '',
      'foreign.puente.json': '{"format":"something-else"}',
      'hostile.puente.json': '{"format":"puente-scenario","schemaVersion":1,"__proto__":{"x":1}}',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(libraryDir, name), text);
    const entries = await store.list();
    const byName = Object.fromEntries(entries.map((e) => [e.fileName, e]));
    expect(byName['truncated.puente.json']).toMatchObject({ status: 'not-json', document: null });
    expect(byName['empty.puente.json']).toMatchObject({ status: 'not-json' });
    expect(byName['foreign.puente.json']).toMatchObject({ status: 'wrong-format' });
    expect(byName['hostile.puente.json']).toMatchObject({ status: 'unsafe' });
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(libraryDir, name), 'utf8')).toBe(text);
  });

  it('opens a newer app\'s file read-only and refuses to save over it', async () => {
    const { store, libraryDir } = setUp();
    const path = join(libraryDir, 'future.puente.json');
    const text = JSON.stringify({ format: 'puente-scenario', schemaVersion: 9, name: 'From the future', levers: { inflowPath: 'high' }, hologram: true });
    writeFileSync(path, text);
    const opened = await store.openPath(path);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.readOnly).toBe(true);
    expect(opened.value.document.levers).toEqual({ inflowPath: 'high' });
    const saved = await store.save(opened.value.ref, opened.value.document);
    expect(saved).toMatchObject({ ok: false, code: 'read-only' });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('says when a scenario was made on another baseline dataset', async () => {
    const { store, libraryDir } = setUp();
    const path = join(libraryDir, 'old.puente.json');
    writeFileSync(path, JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, baseline: { datasetId: 'lac-baseline-2019', checksum: 'old' } }));
    const opened = await store.openPath(path);
    expect(opened.ok && opened.value.baselineMismatch).toEqual({ fileDatasetId: 'lac-baseline-2019', fileChecksum: 'old' });
  });

  it('renames the scenario and its file, duplicates it, and deletes to the trash', async () => {
    const { store, libraryDir, trashed } = setUp();
    const saved = await store.saveAs(doc('Draft'));
    if (!saved.ok) throw new Error(saved.message);
    const renamed = await store.rename(saved.value.ref, 'Final: IOM view');
    expect(renamed.ok).toBe(true);
    if (!renamed.ok) return;
    expect(existsSync(join(libraryDir, 'Final IOM view.puente.json'))).toBe(true);
    expect(existsSync(join(libraryDir, 'Draft.puente.json'))).toBe(false);
    const copy = await store.duplicate(renamed.value.ref, 'Final: IOM view (copy)');
    expect(copy.ok && copy.value.document.name).toBe('Final: IOM view (copy)');
    const removed = await store.remove(renamed.value.ref);
    expect(removed.ok).toBe(true);
    expect(trashed).toEqual([join(libraryDir, 'Final IOM view.puente.json')]);
    expect((await store.list()).map((e) => e.document?.name)).toEqual(['Final: IOM view (copy)']);
  });

  it('refuses references it never handed out', async () => {
    const { store } = setUp();
    expect(await store.open('../../etc/passwd')).toMatchObject({ ok: false, code: 'not-found' });
    expect(await store.save('deadbeef', doc('x'))).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('keeps backups out of the library list', async () => {
    const { store, libraryDir, tick } = setUp();
    const saved = await store.saveAs(doc('Plan'));
    if (!saved.ok) throw new Error(saved.message);
    tick(1000);
    await store.save(saved.value.ref, doc('Plan', { inflowPath: 'low' }));
    expect(existsSync(join(libraryDir, BACKUP_DIR_NAME))).toBe(true);
    expect((await store.list()).map((e) => e.fileName)).toEqual(['Plan.puente.json']);
  });
});

describe('file names', () => {
  it.each([
    ['Plan: 2030 / ministry', 'Plan 2030 ministry.puente.json'],
    ['CON', 'Scenario CON.puente.json'],
    ['...', 'Scenario.puente.json'],
    ['Regularización São Paulo', 'Regularización São Paulo.puente.json'],
  ])('%s → %s', (name, file) => expect(fileNameFor(name)).toBe(file));
});

describe('review findings: nothing is overwritten behind the user\'s back', () => {
  it('a newer app\'s file reached through the library list (e.g. after a restart) is still never overwritten', async () => {
    const { store, libraryDir } = setUp();
    const path = join(libraryDir, 'future.puente.json');
    const text = JSON.stringify({ format: 'puente-scenario', schemaVersion: 9, name: 'Future', hologram: true });
    writeFileSync(path, text);
    const [entry] = await store.list();
    expect(await store.save(entry!.ref, doc('Mine'))).toMatchObject({ ok: false, code: 'read-only' });
    expect(await store.save(store.adopt(path), doc('Mine'))).toMatchObject({ ok: false, code: 'read-only' });
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('renaming a scenario keeps its backups reachable', async () => {
    const { store, tick } = setUp();
    const saved = await store.saveAs(doc('Plan A', { inflowPath: 'low' }));
    if (!saved.ok) throw new Error(saved.message);
    tick(1000);
    await store.save(saved.value.ref, doc('Plan A', { inflowPath: 'high' }));
    const renamed = await store.rename(saved.value.ref, 'Plan B');
    if (!renamed.ok) throw new Error(renamed.message);
    const backups = await store.backups(renamed.value.ref);
    expect(backups.ok && backups.value.length).toBeGreaterThanOrEqual(1);
  });

  it('two long names that differ only in a final emoji never end up in one file', async () => {
    const { store, libraryDir } = setUp();
    const stem = 'x'.repeat(79);
    await store.saveAs(doc(`${stem}🌎 first`));
    await store.saveAs(doc(`${stem}🌎 second`));
    const names = readdirSync(libraryDir).filter((n) => n.endsWith('.puente.json'));
    expect(names).toHaveLength(2);
    expect(names.join('')).not.toContain('\uFFFD');
    expect((await store.list()).map((e) => e.document?.name).sort()).toEqual([`${stem}🌎 first`, `${stem}🌎 second`]);
  });
});
