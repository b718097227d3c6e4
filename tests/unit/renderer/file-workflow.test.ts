// The file workflow as a plain object, against the memory host (the shared library service on a Map), with
// scripted dialogs and hand-driven timers: what the user sees after each command.
import { enablePatches } from 'immer';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, createFileWorkflow } from '../../../renderer/features/file/file-workflow';
import type { NoticeTopic } from '../../../renderer/features/file/notice-list';
import type { DialogAnswer, DialogRequest, Dialogs } from '../../../renderer/features/file/use-dialog';
import { createMemoryHost, type MemoryHost } from '../../../renderer/host/memory-host';
import { DocumentStore } from '../../../renderer/state/document-store';
import { createMapStore } from '../../../shared/library/kv-store';
import { breakableStore } from '../library/breakable-store';
import { defaultScenario, SCENARIO_SCHEMA_VERSION, serialiseScenario } from '../../../shared/scenario';

beforeAll(() => enablePatches());

function scriptedDialogs() {
  const answers: DialogAnswer[] = [];
  const asked: DialogRequest[] = [];
  const next = () => answers.shift() ?? null;
  const dialogs: Dialogs = {
    ask: async (request) => {
      asked.push(request);
      return next();
    },
    askName: async (title, initial) => {
      asked.push({ title, field: { label: 'name', value: initial }, actions: [] });
      const answer = next();
      return answer?.action === 'ok' ? answer.value : null;
    },
    confirm: async (title, message) => {
      asked.push({ title, message, actions: [] });
      return next()?.action === 'ok';
    },
    askNotes: async (title, initial) => {
      asked.push({ title, extraFields: [{ id: 'author', label: 'author', value: initial.author, maxLength: 200 }, { id: 'notes', label: 'notes', value: initial.notes, maxLength: 20_000 }], actions: [] });
      const answer = next();
      return answer?.action === 'ok' ? { author: answer.fields?.author ?? initial.author, notes: answer.fields?.notes ?? initial.notes } : null;
    },
  };
  return {
    dialogs,
    asked,
    /** The next dialog is answered with this button (and field value). */
    answer: (action: string, value = '') => answers.push({ action, value }),
    /** The next Notes dialog gets this author and these notes. */
    notes: (author: string, notes: string) => answers.push({ action: 'ok', value: '', fields: { author, notes } }),
    /** The next name prompt gets this name. */
    name: (value: string) => answers.push({ action: 'ok', value }),
    cancel: () => answers.push(null),
  };
}

function manualTimers() {
  const pending = new Map<number, () => void>();
  let id = 0;
  return {
    set: (callback: () => void, _ms: number) => (pending.set((id += 1), callback), id),
    clear: (handle: unknown) => void pending.delete(handle as number),
    /** Time passes: every pending timer fires. */
    fire: () => {
      const due = [...pending.values()];
      pending.clear();
      for (const callback of due) callback();
    },
    get count() {
      return pending.size;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(host: MemoryHost = createMemoryHost()) {
  const store = new DocumentStore(defaultScenario('Untitled scenario'));
  const ui = scriptedDialogs();
  const notices: { tone: string; text: string; action?: { label: string; run(): unknown }; about?: NoticeTopic }[] = [];
  let libraryShown = 0;
  const timers = manualTimers();
  const workflow = createFileWorkflow({
    host,
    store,
    dialogs: ui.dialogs,
    notify: (tone, text, action, about) => notices.push({ tone, text, ...(action ? { action } : {}), ...(about ? { about } : {}) }),
    // As the notice list does (notice-list.ts): a success takes away the errors about the same work.
    succeeded: (...topics) => {
      const kept = notices.filter((n) => n.tone !== 'error' || n.about === undefined || !topics.includes(n.about));
      notices.splice(0, notices.length, ...kept);
    },
    showLibrary: () => (libraryShown += 1),
    timers,
  });
  const stop = workflow.start();
  const setRate = (rate: number) => store.edit('lever', (d) => { d.levers.regularisationRatePerYear = rate; });
  return { host, store, ui, notices, workflow, timers, stop, setRate, libraryShown: () => libraryShown, commands: workflow.commands };
}

const dirty = (store: DocumentStore) => store.getSnapshot().dirty;

describe('file workflow: saving', () => {
  it('Save of a new scenario asks for a name, keeps it in the library and drops the unsaved marker', async () => {
    const { host, store, ui, workflow, commands, setRate } = setUp();
    setRate(0.3);
    expect(host.titles.at(-1)).toBe('Untitled scenario • — Puente');
    expect(host.unsaved.value).toBe(true);
    ui.name('Ministry proposal');
    expect(await commands.save()).toBe(true);
    expect(ui.asked[0]?.field?.value).toBe('Untitled scenario');
    expect(dirty(store)).toBe(false);
    expect(store.getSnapshot().doc).toMatchObject({ name: 'Ministry proposal', appVersion: '0.0.0-memory' });
    expect(workflow.getSnapshot().current).toMatchObject({ fileName: 'Ministry proposal.puente.json', readOnly: false });
    expect(host.titles.at(-1)).toBe('Ministry proposal — Puente');
    expect(host.unsaved.value).toBe(false);
    const list = await host.listScenarios();
    expect(list.ok && list.value.map((e) => e.document?.levers)).toEqual([{ regularisationRatePerYear: 0.3 }]);
  });

  it('a cancelled name prompt saves nothing and keeps the changes', async () => {
    const { host, store, ui, commands, setRate } = setUp();
    setRate(0.3);
    ui.cancel();
    expect(await commands.save()).toBe(false);
    expect(dirty(store)).toBe(true);
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });

  it('saving over a scenario keeps the previous version, which Restore a backup brings back as unsaved changes', async () => {
    const { store, ui, commands, setRate } = setUp();
    setRate(0.1);
    ui.name('Plan');
    await commands.save();
    setRate(0.2);
    await commands.save();
    expect(dirty(store)).toBe(false);
    // The list of earlier versions; cancelled first, which changes nothing.
    ui.cancel();
    await commands.restoreBackup();
    const offered = ui.asked.at(-1)?.actions ?? [];
    expect(offered).toHaveLength(1);
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.2);
    ui.answer(offered[0]!.id);
    await commands.restoreBackup();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.1);
    expect(dirty(store)).toBe(true);
  });
});

describe('file workflow: one scenario open in two tabs (D10)', () => {
  async function twoTabs() {
    const kv = createMapStore();
    const a = setUp(createMemoryHost({ kv }));
    a.setRate(0.1);
    a.ui.name('Shared');
    await a.commands.save();
    const ref = a.workflow.getSnapshot().current.ref!;
    const b = setUp(createMemoryHost({ kv }));
    await b.commands.openRef(ref);
    a.setRate(0.2);
    await a.commands.save();
    b.setRate(0.3);
    return { a, b, ref };
  }

  it('the second Save does not silently replace the first: it asks, and Cancel keeps both as they are', async () => {
    const { b, ref } = await twoTabs();
    b.ui.cancel();
    expect(await b.commands.save()).toBe(false);
    expect(b.ui.asked.at(-1)?.title).toBe('“Shared” was changed in another window');
    expect(dirty(b.store)).toBe(true);
    expect(await b.host.openScenario(ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.2 } } } });
  });

  it('“Save over it” saves, and the other version stays as a backup', async () => {
    const { b, ref } = await twoTabs();
    b.ui.answer('overwrite');
    expect(await b.commands.save()).toBe(true);
    expect(await b.host.openScenario(ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.3 } } } });
    const backups = await b.host.listBackups(ref);
    const kept = [];
    for (const backup of backups.ok ? backups.value : []) {
      const read = await b.host.readBackup(ref, backup.id);
      kept.push(read.ok ? read.value.levers.regularisationRatePerYear : null);
    }
    expect(kept).toContain(0.2);
  });

  it('“Save as a new scenario” keeps both', async () => {
    const { b, ref } = await twoTabs();
    b.ui.answer('save-as');
    b.ui.name('Shared, my version');
    expect(await b.commands.save()).toBe(true);
    expect(b.workflow.getSnapshot().current.ref).not.toBe(ref);
    const list = await b.host.listScenarios();
    expect(list.ok && list.value.map((e) => e.document?.levers.regularisationRatePerYear).sort()).toEqual([0.2, 0.3]);
  });
});

describe('file workflow: browser storage that is full or failing (D3)', () => {
  async function fullStorage() {
    const broken = breakableStore();
    const kv = Object.assign(broken.kv, { data: broken.inner.data });
    const tab = setUp(createMemoryHost({ kv }));
    tab.setRate(0.1);
    tab.ui.name('Plan');
    await tab.commands.save();
    tab.setRate(0.2);
    return { ...tab, state: broken.state };
  }

  it('Save says storage is full and offers “Export a copy”, which downloads the work', async () => {
    const { commands, notices, state, host, store } = await fullStorage();
    state.full = true;
    expect(await commands.save()).toBe(false);
    const notice = notices.at(-1);
    expect(notice).toMatchObject({ tone: 'error', text: expect.stringContaining('no space left') });
    expect(notice?.action?.label).toBe('Export a copy');
    await notice?.action?.run();
    expect(JSON.parse(host.files.get('Plan.puente.json') ?? '{}').levers).toEqual({ regularisationRatePerYear: 0.2 });
    expect(dirty(store)).toBe(true);
    state.full = false;
    expect(await commands.save()).toBe(true);
  });

  it('a failed save’s notice goes once a save works: it would say the work is not stored when it is', async () => {
    const { commands, notices, state } = await fullStorage();
    state.full = true;
    expect(await commands.save()).toBe(false);
    expect(notices.filter((n) => n.tone === 'error')).toHaveLength(1);
    state.full = false;
    expect(await commands.save()).toBe(true);
    expect(notices.filter((n) => n.tone === 'error')).toEqual([]);
  });

  it('Save As tells the user too, instead of doing nothing', async () => {
    const { commands, notices, ui, state } = await fullStorage();
    state.closed = true;
    ui.name('Plan, other');
    expect(await commands.saveAs()).toBe(false);
    expect(notices.at(-1)).toMatchObject({ tone: 'error', action: { label: 'Export a copy' } });
  });

  it('a failing autosave is reported once, with “Export a copy”; working again takes the notice away, and a new failure is reported', async () => {
    const { notices, state, timers, setRate } = await fullStorage();
    const count = () => notices.filter((n) => n.text.includes('could not be kept')).length;
    state.full = true;
    timers.fire();
    await settle();
    expect(count()).toBe(1);
    expect(notices.at(-1)?.action?.label).toBe('Export a copy');
    setRate(0.3);
    timers.fire();
    await settle();
    expect(count()).toBe(1);
    state.full = false;
    setRate(0.4);
    timers.fire();
    await settle();
    expect(count()).toBe(0);
    state.full = true;
    setRate(0.5);
    timers.fire();
    await settle();
    expect(count()).toBe(1);
  });
});

describe('file workflow: files the system asks to open (D14)', () => {
  it('opens a file the host was asked to open (a double-click), asking about unsaved changes first', async () => {
    const kv = createMapStore();
    const other = setUp(createMemoryHost({ kv }));
    other.ui.name('From a colleague');
    other.setRate(0.35);
    await other.commands.save();
    const ref = other.workflow.getSnapshot().current.ref!;
    const { host, workflow, store, ui, setRate } = setUp(createMemoryHost({ kv }));
    setRate(0.6);
    ui.answer('discard');
    host.requestOpen(ref);
    await vi.waitFor(() => expect(workflow.getSnapshot().current.ref).toBe(ref));
    expect(ui.asked.at(-1)?.title).toBe('Save the changes to “Untitled scenario”?');
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.35);
  });

  it('takes the files queued before the page started', async () => {
    const kv = createMapStore();
    const first = setUp(createMemoryHost({ kv }));
    first.ui.name('Queued');
    await first.commands.save();
    const ref = first.workflow.getSnapshot().current.ref!;
    const host = createMemoryHost({ kv });
    host.requestOpen(ref);
    const { workflow } = setUp(host);
    await vi.waitFor(() => expect(workflow.getSnapshot().current.ref).toBe(ref));
  });
});

describe('file workflow: browsing is not an edit', () => {
  it('a new place or lens gives no unsaved marker, no autosave and no “Save the changes?”; Save keeps the view', async () => {
    const { host, store, ui, commands, timers } = setUp();
    store.setView((v) => { v.region = 'GTM'; v.lens = 'origin'; });
    expect(host.titles.at(-1)).toBe('Untitled scenario — Puente');
    expect(host.unsaved.value).toBe(false);
    expect(timers.count).toBe(0);
    ui.name('Guatemala view');
    expect(await commands.save()).toBe(true);
    const list = await host.listScenarios();
    expect(list.ok && list.value[0]?.document?.view).toMatchObject({ region: 'GTM', lens: 'origin' });
    // Browsing the saved scenario: still saved, and New does not ask.
    store.setView((v) => { v.region = 'COL'; });
    expect(dirty(store)).toBe(false);
    expect(timers.count).toBe(0);
    await commands.newScenario();
    expect(ui.asked.map((a) => a.title)).toEqual(['Save scenario as']);
    expect(store.getSnapshot().doc.view.region).toBe('LAC');
  });

  it('browsing while there are unsaved edits does not restart the autosave timer', async () => {
    const { store, timers, setRate } = setUp();
    setRate(0.2);
    expect(timers.count).toBe(1);
    timers.fire();
    store.setView((v) => { v.region = 'BRA'; });
    expect(timers.count).toBe(0);
    setRate(0.3);
    expect(timers.count).toBe(1);
  });
});

describe('file workflow: leaving unsaved changes', () => {
  it('New asks first: Cancel keeps the changes, Don’t Save drops them and their autosave', async () => {
    const { host, store, ui, commands, setRate, timers } = setUp();
    setRate(0.55);
    timers.fire();
    await settle();
    expect(await host.storage.keys('autosave:')).toHaveLength(1);
    ui.cancel();
    await commands.newScenario();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.55);
    ui.answer('discard');
    await commands.newScenario();
    expect(store.getSnapshot().doc.levers).toEqual({});
    expect(dirty(store)).toBe(false);
    await settle();
    expect(await host.storage.keys('autosave:')).toEqual([]);
  });

  it('Open in a host that can pick files opens the picker, and the picked file opens like any import', async () => {
    const host = createMemoryHost();
    const { commands, libraryShown, store } = setUp(host);
    host.queueImport('colleague.puente.json', serialiseScenario({ ...defaultScenario('From a colleague'), levers: { inflowPath: 'high' } }));
    await commands.open();
    expect(libraryShown()).toBe(0);
    expect(store.getSnapshot().doc).toMatchObject({ name: 'From a colleague', levers: { inflowPath: 'high' } });
  });

  it('Open in a host that cannot pick files shows the library', async () => {
    const memory = createMemoryHost();
    const { commands, libraryShown } = setUp({ ...memory, capabilities: { ...memory.capabilities, pickFiles: false } });
    await commands.open();
    expect(libraryShown()).toBe(1);
  });
});

describe('file workflow: files the user cannot save over', () => {
  it('a newer version’s file opens read-only: Save is refused with a message, Save As keeps a copy', async () => {
    const { host, workflow, notices, ui, commands } = setUp();
    host.queueImport('future.puente.json', JSON.stringify({ format: 'puente-scenario', schemaVersion: SCENARIO_SCHEMA_VERSION + 1, name: 'From Puente 9', hologram: 1 }));
    await commands.importFile();
    expect(workflow.getSnapshot().current.readOnly).toBe(true);
    expect(await commands.save()).toBe(false);
    expect(notices.at(-1)).toMatchObject({ tone: 'error', text: expect.stringContaining('read-only') });
    ui.name('From Puente 9 (my copy)');
    expect(await commands.saveAs()).toBe(true);
    expect(workflow.getSnapshot().current).toMatchObject({ readOnly: false, fileName: 'From Puente 9 (my copy).puente.json' });
  });

  it('a file from another baseline is flagged; Re-base clears the flag and marks the scenario unsaved', async () => {
    const { host, workflow, store, commands } = setUp();
    host.queueImport('older.puente.json', serialiseScenario({ ...defaultScenario('Older'), baseline: { datasetId: 'lac-baseline-2019', checksum: '0'.repeat(64) } }));
    await commands.importFile();
    expect(workflow.getSnapshot().current.baselineMismatch).toEqual({ fileDatasetId: 'lac-baseline-2019', fileChecksum: '0'.repeat(64) });
    expect(dirty(store)).toBe(false);
    commands.rebase();
    expect(workflow.getSnapshot().current.baselineMismatch).toBeNull();
    expect(dirty(store)).toBe(true);
  });

  it('a Latin-1 file is refused with how to save it as UTF-8, from the message catalogue (D9)', async () => {
    const { host, notices, commands } = setUp();
    host.queueImport('cafe.puente.json', Uint8Array.from([...'{"format":"puente-scenario","schemaVersion":1,"name":"Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x22, 0x7d])));
    await commands.importFile();
    expect(notices.at(-1)?.text).toMatch(/^This file cannot be opened\. The file is not UTF-8 text.*set Encoding to UTF-8.*Nothing was changed\.$/);
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });

  it('a corrupt import says what is wrong and changes nothing on screen', async () => {
    const { host, store, notices, ui, commands, setRate } = setUp();
    setRate(0.4);
    ui.name('Kept');
    await commands.save();
    host.queueImport('broken.puente.json', '{"format": "puente-scenario", "schemaVersion": 1, "levers": {');
    await commands.importFile();
    expect(notices.at(-1)?.text).toMatch(/not valid JSON.*Nothing was changed/);
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.4);
  });
});

describe('file workflow: rename, duplicate, delete', () => {
  it('renaming the open scenario renames its file and keeps it saved; deleting it leaves an unsaved copy on screen', async () => {
    const { store, ui, workflow, commands, setRate, notices } = setUp();
    setRate(0.15);
    ui.name('IOM view');
    await commands.save();
    ui.name('IOM view, final');
    await commands.rename();
    expect(workflow.getSnapshot().current.fileName).toBe('IOM view, final.puente.json');
    expect(store.getSnapshot().doc.name).toBe('IOM view, final');
    expect(dirty(store)).toBe(false);
    ui.name('IOM view, final (copy)');
    await commands.duplicate();
    expect(notices.at(-1)?.text).toBe('Saved a copy as “IOM view, final (copy)”.');
    ui.answer('ok');
    await commands.remove();
    expect(workflow.getSnapshot().current.ref).toBeNull();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.15);
    expect(dirty(store)).toBe(true);
  });

  it('notes of a saved scenario are written to its file; the open one stays saved, or keeps its other changes unsaved', async () => {
    const { host, store, ui, workflow, commands, setRate } = setUp();
    setRate(0.15);
    ui.name('IOM view');
    await commands.save();
    const ref = workflow.getSnapshot().current.ref;
    ui.notes('Ana Pérez', 'For the cabinet meeting');
    await commands.editNotesRef(ref);
    const stored = async () => {
      const list = await host.listScenarios();
      return list.ok ? list.value.map((e) => [e.document?.author, e.document?.notes]) : [];
    };
    expect(await stored()).toEqual([['Ana Pérez', 'For the cabinet meeting']]);
    expect(store.getSnapshot().doc).toMatchObject({ author: 'Ana Pérez', notes: 'For the cabinet meeting' });
    expect(dirty(store)).toBe(false);
    // With other changes on screen, the file takes the notes only, and the next Save is not refused as "changed".
    setRate(0.4);
    ui.notes('Ana Pérez', 'Second draft');
    await commands.editNotesRef(ref);
    expect(await stored()).toEqual([['Ana Pérez', 'Second draft']]);
    expect(dirty(store)).toBe(true);
    expect(store.getSnapshot().doc.notes).toBe('Second draft');
    expect(await commands.save()).toBe(true);
    const list = await host.listScenarios();
    expect(list.ok && list.value[0]?.document?.levers.regularisationRatePerYear).toBe(0.4);
    // Cancelled: nothing changes.
    ui.cancel();
    await commands.editNotesRef(ref);
    expect(await stored()).toEqual([['Ana Pérez', 'Second draft']]);
  });

  it('notes of a scenario not saved yet are an edit of the working copy', async () => {
    const { store, ui, commands, host } = setUp();
    ui.notes('', 'Only an idea');
    await commands.editNotesRef(null);
    expect(store.getSnapshot().doc.notes).toBe('Only an idea');
    expect(dirty(store)).toBe(true);
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });

  it('renaming a scenario not saved yet only renames the working copy', async () => {
    const { store, ui, commands, host } = setUp();
    ui.name('Draft');
    await commands.rename();
    expect(store.getSnapshot().doc.name).toBe('Draft');
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
  });
});

describe('file workflow: deleted scenarios can be brought back', () => {
  it('the “Deleted” notice offers Undo, which restores the scenario to the library', async () => {
    const { host, ui, commands, notices, workflow } = setUp();
    ui.name('Ministry proposal');
    await commands.save();
    const ref = workflow.getSnapshot().current.ref;
    ui.answer('ok');
    await commands.removeRef(ref, 'Ministry proposal');
    expect(await host.listScenarios()).toEqual({ ok: true, value: [] });
    const notice = notices.at(-1);
    expect(notice).toMatchObject({ tone: 'info', text: 'Deleted “Ministry proposal”.', action: { label: 'Undo' } });
    const version = workflow.getSnapshot().libraryVersion;
    await notice?.action?.run();
    const list = await host.listScenarios();
    expect(list.ok && list.value.map((e) => e.document?.name)).toEqual(['Ministry proposal']);
    expect(workflow.getSnapshot().libraryVersion).toBeGreaterThan(version);
    expect(notices.at(-1)?.text).toBe('Restored “Ministry proposal”.');
  });

  it('Undo of deleting the open scenario puts it back on screen as it was, saved', async () => {
    const { ui, commands, workflow, store, setRate, notices } = setUp();
    setRate(0.2);
    ui.name('Plan');
    await commands.save();
    ui.answer('ok');
    await commands.remove();
    expect(workflow.getSnapshot().current.ref).toBeNull();
    await notices.at(-1)?.action?.run();
    expect(workflow.getSnapshot().current).toMatchObject({ fileName: 'Plan.puente.json', readOnly: false });
    expect(dirty(store)).toBe(false);
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.2);
  });

  it('Recently deleted lists what was deleted, newest first, and restores the one picked', async () => {
    let time = Date.UTC(2026, 2, 10, 9);
    const { host, ui, commands, workflow } = setUp(createMemoryHost({ now: () => (time += 1000) }));
    for (const name of ['First', 'Second']) {
      ui.name(name);
      await commands.saveAs();
      ui.answer('ok');
      await commands.removeRef(workflow.getSnapshot().current.ref, name);
    }
    ui.cancel();
    await commands.showDeleted();
    const offered = ui.asked.at(-1);
    expect(offered?.title).toBe('Recently deleted');
    expect(offered?.actions.map((a) => a.label.split(' — ')[0])).toEqual(['Second', 'First']);
    ui.answer(offered!.actions[1]!.id);
    await commands.showDeleted();
    const list = await host.listScenarios();
    expect(list.ok && list.value.map((e) => e.document?.name)).toEqual(['First']);
  });
});

describe('file workflow: a reload reopens what was on screen', () => {
  it('the saved scenario comes back with its unsaved changes, marked unsaved, on the same place and lens, and nothing is offered as lost', async () => {
    const kv = createMapStore();
    const before = setUp(createMemoryHost({ kv }));
    await settle();
    before.ui.name('Guatemala plan');
    before.setRate(0.2);
    expect(await before.commands.save()).toBe(true);
    before.setRate(0.45);
    before.store.setView((v) => { v.region = 'GTM'; v.lens = 'origin'; });
    before.timers.fire();
    await settle();
    // The page reloads: a new host over the same storage, continuing the first one's session.
    const after = setUp(createMemoryHost({ kv, previousSession: before.host.sessionId }));
    await vi.waitFor(() => expect(after.workflow.getSnapshot().current.fileName).toBe('Guatemala plan.puente.json'));
    const { doc, dirty: unsaved, canUndo } = after.store.getSnapshot();
    expect(doc).toMatchObject({ name: 'Guatemala plan', levers: { regularisationRatePerYear: 0.45 }, view: { region: 'GTM', lens: 'origin' } });
    expect(unsaved).toBe(true);
    expect(canUndo).toBe(false);
    await settle();
    expect(after.workflow.getSnapshot().recovery).toEqual([]);
    // Saving goes to the same file, with no conflict.
    expect(await after.commands.save()).toBe(true);
    const list = await after.host.listScenarios();
    expect(list.ok && list.value.map((e) => e.document?.levers.regularisationRatePerYear)).toEqual([0.45]);
  });

  it('browsing after the reload is remembered too; a fresh start (no previous session) opens untitled and offers nothing', async () => {
    const kv = createMapStore();
    const first = setUp(createMemoryHost({ kv }));
    await settle();
    first.store.setView((v) => { v.region = 'COL'; });
    await settle();
    const reloaded = setUp(createMemoryHost({ kv, previousSession: first.host.sessionId }));
    await vi.waitFor(() => expect(reloaded.store.getSnapshot().doc.view.region).toBe('COL'));
    expect(reloaded.store.getSnapshot().dirty).toBe(false);
    reloaded.store.setView((v) => { v.region = 'PER'; });
    await settle();
    const again = setUp(createMemoryHost({ kv, previousSession: reloaded.host.sessionId }));
    await vi.waitFor(() => expect(again.store.getSnapshot().doc.view.region).toBe('PER'));

    const fresh = setUp(createMemoryHost({ kv }));
    await settle();
    expect(fresh.store.getSnapshot().doc.view.region).toBe('LAC');
    expect(fresh.workflow.getSnapshot().recovery).toEqual([]);
  });

  it('browsing quickly through places writes at most twice, and the last place is the one remembered', async () => {
    const kv = createMapStore();
    const host = createMemoryHost({ kv });
    const written: string[] = [];
    const counting = { ...host, rememberSession: async (ref: string | null, view: { region: string; lens: 'host' | 'origin'; charts: string[] }) => {
      written.push(view.region);
      await settle();
      return host.rememberSession(ref, view);
    } };
    const first = setUp(counting);
    await settle();
    written.length = 0;
    for (const region of ['GTM', 'COL', 'HND', 'PER', 'BRA']) first.store.setView((v) => { v.region = region; });
    await vi.waitFor(() => expect(written.at(-1)).toBe('BRA'));
    expect(written.length).toBeLessThanOrEqual(2);
    await settle();
    const reloaded = setUp(createMemoryHost({ kv, previousSession: host.sessionId }));
    await vi.waitFor(() => expect(reloaded.store.getSnapshot().doc.view.region).toBe('BRA'));
  });

  it('what the user did before the resume answered wins', async () => {
    const kv = createMapStore();
    const first = setUp(createMemoryHost({ kv }));
    await settle();
    first.setRate(0.3);
    first.timers.fire();
    await settle();
    const host = createMemoryHost({ kv, previousSession: first.host.sessionId });
    const slow = { ...host, resumeSession: async () => (await settle(), host.resumeSession()) };
    const reloaded = setUp(slow);
    reloaded.setRate(0.6);
    await settle();
    await settle();
    expect(reloaded.store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.6);
  });
});

describe('file workflow: autosave and crash recovery', () => {
  it('keeps the working copy two seconds after a change, and the next start offers it back', async () => {
    const kv = createMapStore();
    const before = setUp(createMemoryHost({ kv }));
    before.setRate(0.45);
    expect(before.timers.count).toBe(1);
    expect(AUTOSAVE_DELAY_MS).toBe(2000);
    before.timers.fire();
    await settle();
    // The tab crashes; the next start over the same storage.
    const after = setUp(createMemoryHost({ kv }));
    await settle();
    const [work] = after.workflow.getSnapshot().recovery;
    expect(work?.document.levers.regularisationRatePerYear).toBe(0.45);
    await after.commands.recover(work!);
    expect(after.store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.45);
    expect(dirty(after.store)).toBe(true);
    expect(after.workflow.getSnapshot().recovery).toEqual([]);
    // The recovered work now lives in this session's own autosave, and a crash again still offers it.
    const third = setUp(createMemoryHost({ kv }));
    await settle();
    expect(third.workflow.getSnapshot().recovery.map((w) => w.document.levers.regularisationRatePerYear)).toEqual([0.45]);
  });

  it('Discard drops recovered work for good', async () => {
    const kv = createMapStore();
    const before = setUp(createMemoryHost({ kv }));
    before.setRate(0.45);
    before.timers.fire();
    await settle();
    const after = setUp(createMemoryHost({ kv }));
    await settle();
    after.commands.discardRecovery(after.workflow.getSnapshot().recovery[0]!);
    await settle();
    expect(after.workflow.getSnapshot().recovery).toEqual([]);
    const third = setUp(createMemoryHost({ kv }));
    await settle();
    expect(third.workflow.getSnapshot().recovery).toEqual([]);
  });

  it('stopping and starting again (React StrictMode) asks for recovery once and keeps autosaving', async () => {
    const host = createMemoryHost();
    let asked = 0;
    const counting = { ...host, recoverableWork: async () => ((asked += 1), []) };
    const store = new DocumentStore(defaultScenario('Untitled scenario'));
    const timers = manualTimers();
    const workflow = createFileWorkflow({ host: counting, store, dialogs: scriptedDialogs().dialogs, notify: () => undefined, showLibrary: () => undefined, timers });
    workflow.start()();
    workflow.start();
    await settle();
    expect(asked).toBe(1);
    store.edit('lever', (d) => { d.levers.regularisationRatePerYear = 0.2; });
    expect(timers.count).toBe(1);
    timers.fire();
    await settle();
    expect(await host.storage.keys('autosave:')).toHaveLength(1);
  });
});
