import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { defaultScenario } from '../../../shared/scenario';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';
import { libraryHandlersForTest } from './library-fixture';

const OUR_WINDOW = 3;
const ours: IpcEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://puente/index.html', parent: null } };

function setUp(root?: string, sessionId?: string) {
  const fixture = libraryHandlersForTest(root, sessionId);
  const gated = new Map(gateAll(createHostHandlers(QUIET_HOST, hostServicesForTest({ library: fixture })), {
    isOurWebContents: (id) => id === OUR_WINDOW,
  }));
  const call = (channel: string, ...args: unknown[]) => gated.get(channel as never)!(ours, ...args) as Promise<Record<string, unknown>>;
  return { ...fixture, call };
}

describe('scenario library over IPC', () => {
  it('saves a new scenario into Documents/Puente, lists it and opens it again by reference only', async () => {
    const { call, libraryDir } = setUp();
    const saved = await call('library:save', null, { ...defaultScenario('Status quo'), levers: { inflowPath: 'low' } }, null);
    expect(saved).toMatchObject({ ok: true, value: { fileName: 'Status quo.puente.json' } });
    expect(existsSync(join(libraryDir, 'Status quo.puente.json'))).toBe(true);
    const list = (await call('library:list')) as { ok: true; value: { ref: string; fileName: string }[] };
    expect(list.value.map((e) => e.fileName)).toEqual(['Status quo.puente.json']);
    expect(JSON.stringify(list)).not.toContain(libraryDir); // no paths cross the bridge
    const opened = await call('library:open', list.value[0]!.ref);
    expect(opened).toMatchObject({ ok: true, value: { document: { name: 'Status quo', levers: { inflowPath: 'low' } }, readOnly: false } });
    const recent = (await call('library:recent')) as { ok: true; value: { fileName: string }[] };
    expect(recent.value.map((e) => e.fileName)).toEqual(['Status quo.puente.json']);
  });

  it('refuses a document with an out-of-range lever and writes nothing', async () => {
    const { call, libraryDir } = setUp();
    const result = await call('library:save', null, { ...defaultScenario('Bad'), levers: { regularisationRatePerYear: 7 } }, null);
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(String(result.message)).toMatch(/regularisationRatePerYear is 7, out of range/);
    expect(existsSync(join(libraryDir, 'Bad.puente.json'))).toBe(false);
  });

  it.each([
    ['a path instead of a reference', 'library:open', ['/etc/passwd']],
    ['a document that is an array', 'library:save', [null, [1, 2], null]],
    ['a revision that is not a string', 'library:save', [null, {}, 42]],
    ['a missing argument', 'library:rename', ['0123456789abcdef01234567']],
    ['an empty new name', 'library:rename', ['0123456789abcdef01234567', '   ']],
  ])('refuses %s before any file is touched', async (_label, channel, args) => {
    const { call } = setUp();
    expect(await call(channel, ...args)).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('treats a cancelled dialog as a normal answer, not an error', async () => {
    const { call } = setUp();
    expect(await call('library:import')).toEqual({ ok: true, value: null });
    expect(await call('library:save-as', defaultScenario('x'))).toEqual({ ok: true, value: null });
    expect(await call('library:export', defaultScenario('x'))).toEqual({ ok: true, value: false });
  });

  it('imports a corrupt file with one clear message and leaves it untouched', async () => {
    const { call, root, dialogs } = setUp();
    const path = join(root, 'from-colleague.puente.json');
    writeFileSync(path, '{"format":"puente-scenario","schemaVersion":1,"levers":{"inflowPath":');
    dialogs.open = path;
    const result = await call('library:import');
    // What is wrong crosses the bridge as a code with parameters, for the page to word.
    expect(result).toMatchObject({ ok: false, code: 'not-json', detail: { kind: 'content', source: 'file', problem: { kind: 'syntax' } } });
    expect(readFileSync(path, 'utf8')).toBe('{"format":"puente-scenario","schemaVersion":1,"levers":{"inflowPath":');
  });

  it('hands an out-of-range lever in an imported file to the page as a problem it can word', async () => {
    const { call, root, dialogs } = setUp();
    dialogs.open = join(root, 'fast.puente.json');
    writeFileSync(dialogs.open, JSON.stringify({ format: 'puente-scenario', schemaVersion: 2, countries: { PER: { regularisationRatePerYear: 1.4 } } }));
    expect(await call('library:import')).toMatchObject({
      ok: false,
      code: 'invalid',
      detail: { kind: 'content', source: 'file', problem: { kind: 'lever-value', lever: 'regularisationRatePerYear', country: 'PER', problem: { kind: 'range', min: 0, max: 1, found: 1.4 } } },
    });
  });

  it('exports a copy to the chosen path and Save As registers the new file', async () => {
    const { call, root, dialogs } = setUp();
    dialogs.save = join(root, 'copy.puente.json');
    expect(await call('library:export', defaultScenario('For the minister'))).toEqual({ ok: true, value: true });
    expect(JSON.parse(readFileSync(dialogs.save, 'utf8')).name).toBe('For the minister');
    dialogs.save = join(root, 'elsewhere.puente.json');
    expect(await call('library:save-as', defaultScenario('Elsewhere'))).toMatchObject({ ok: true, value: { fileName: 'elsewhere.puente.json' } });
  });

  it('keeps an autosave side file, offered for recovery after a crash and discarded on request', async () => {
    const { call, root } = setUp();
    await call('autosave:write', null, { ...defaultScenario('Unsaved'), levers: { inflowPath: 'high' } }, null);
    expect(await call('autosave:recoverable')).toEqual({ ok: true, value: [] });
    const next = setUp(root, '2'.repeat(24)); // the app after a crash: same folders, a new session
    const recoverable = (await next.call('autosave:recoverable')) as { ok: true; value: { id: string; document: { name: string } }[] };
    expect(recoverable.value.map((r) => r.document.name)).toEqual(['Unsaved']);
    expect(await next.call('autosave:discard', '../../etc/passwd')).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await next.call('autosave:discard', recoverable.value[0]!.id)).toEqual({ ok: true, value: null });
    expect(await setUp(root, '3'.repeat(24)).call('autosave:recoverable')).toEqual({ ok: true, value: [] });
  });

  it('records which window has unsaved changes, so closing it can ask', async () => {
    const { call, unsaved } = setUp();
    await call('app:set-unsaved', true);
    expect(unsaved.get(OUR_WINDOW)).toBe(true);
  });
});

describe('unsaved work across a restart', () => {
  it('recovered work of a saved scenario keeps a reference that saves back to its own file', async () => {
    const first = setUp();
    const saved = (await first.call('library:save', null, defaultScenario('Plan'), null)) as { ok: true; value: { ref: string } };
    await first.call('autosave:write', saved.value.ref, { ...defaultScenario('Plan'), levers: { inflowPath: 'high' } }, null);
    // A new session: same folders, fresh handlers that have never seen the file.
    const later = setUp(first.root, '2'.repeat(24));
    const recovered = (await later.call('autosave:recoverable')) as { ok: true; value: { ref: string; document: unknown }[] };
    const work = recovered.value[0]!;
    expect(work.ref).toBe(saved.value.ref);
    expect(await later.call('library:save', work.ref, work.document, null)).toMatchObject({ ok: true, value: { fileName: 'Plan.puente.json' } });
  });

  it("Don't Save on close drops the window's autosave so it is not offered again", async () => {
    const { call, discardAutosaves, root } = setUp();
    await call('autosave:write', null, defaultScenario('Scratch'), null);
    await discardAutosaves(OUR_WINDOW);
    expect(await setUp(root, '2'.repeat(24)).call('autosave:recoverable')).toEqual({ ok: true, value: [] });
  });

  it('Save As of an untitled scenario takes the file name chosen in the dialog', async () => {
    const { call, root, dialogs } = setUp();
    dialogs.save = join(root, 'Ministry proposal.puente.json');
    expect(await call('library:save-as', defaultScenario())).toMatchObject({ ok: true, value: { document: { name: 'Ministry proposal' } } });
    dialogs.save = join(root, 'other.puente.json');
    expect(await call('library:save-as', defaultScenario('Kept name'))).toMatchObject({ ok: true, value: { document: { name: 'Kept name' } } });
  });
});
