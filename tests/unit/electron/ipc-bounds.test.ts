// What a compromised page can do through the IPC gate, bounded: it cannot create library files without limit,
// a deletion can be undone from the app for 30 days, and a link outside the sources Puente cites is not opened
// without the user's say-so.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { defaultScenario } from '../../../shared/scenario';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';
import { libraryHandlersForTest } from './library-fixture';

const OUR_WINDOW = 3;
const ours: IpcEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://puente/index.html', parent: null } };
const DAY = 86_400_000;

function setUp(confirm: (url: string) => Promise<boolean> = async () => false) {
  const clock = { now: Date.UTC(2026, 10, 27, 12) };
  const fixture = libraryHandlersForTest(undefined, undefined, () => clock.now);
  const opened: string[] = [];
  const handlers = createHostHandlers(
    { ...QUIET_HOST, openExternal: async (url) => void opened.push(url), confirmExternal: vi.fn(confirm) },
    hostServicesForTest({ library: fixture }),
  );
  const gated = new Map(gateAll(handlers, { isOurWebContents: (id) => id === OUR_WINDOW }));
  const call = (channel: string, ...args: unknown[]) => gated.get(channel as never)!(ours, ...args) as Promise<{ ok: boolean; code?: string; value?: unknown }>;
  return { ...fixture, call, clock, opened };
}

const scenarioFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.puente.json'));

describe('creating library files through the gate', () => {
  it('is rate-limited: 400 saves in a burst create a handful of files, and saving works again a minute later', async () => {
    const { call, libraryDir, clock } = setUp();
    const results = [];
    for (let i = 0; i < 400; i += 1) results.push(await call('library:save', null, defaultScenario(`Spam ${i}`), null));
    const created = results.filter((r) => r.ok).length;
    expect(created).toBeGreaterThanOrEqual(5);
    expect(created).toBeLessThanOrEqual(20);
    expect(results.filter((r) => !r.ok).every((r) => r.code === 'rate-limited')).toBe(true);
    expect(scenarioFiles(libraryDir)).toHaveLength(created);
    clock.now += 60_000;
    expect(await call('library:save', null, defaultScenario('After a pause'), null)).toMatchObject({ ok: true });
  });

  it('counts duplicates too', async () => {
    const { call } = setUp();
    const saved = (await call('library:save', null, defaultScenario('Original'), null)) as { value: { ref: string } };
    const results = [];
    for (let i = 0; i < 100; i += 1) results.push(await call('library:duplicate', saved.value.ref, `Copy ${i}`));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(20);
  });

  it('writes no autosave side file for a reference it never handed out', async () => {
    const { call, stateDir } = setUp();
    for (let i = 0; i < 50; i += 1) {
      const forged = i.toString(16).padStart(24, 'a');
      expect(await call('autosave:write', forged, defaultScenario('x'), null)).toMatchObject({ ok: false, code: 'not-found' });
    }
    expect(existsSync(`${stateDir}/autosave`) ? readdirSync(`${stateDir}/autosave`) : []).toEqual([]);
  });
});

describe('deleting through the gate', () => {
  it('keeps deleted scenarios where the app can restore them, and sends them to the OS trash only after 30 days', async () => {
    const { call, trashed, libraryDir, clock } = setUp();
    const saved = (await call('library:save', null, { ...defaultScenario('Ministry proposal'), levers: { inflowPath: 'low' } }, null)) as { value: { ref: string } };
    const deleted = await call('library:delete', saved.value.ref);
    expect(deleted).toMatchObject({ ok: true, value: { fileName: 'Ministry proposal.puente.json' } });
    expect(scenarioFiles(libraryDir)).toEqual([]);
    expect(trashed).toEqual([]);
    const listed = (await call('library:deleted')) as { ok: true; value: { id: string; fileName: string }[] };
    expect(listed.value.map((d) => d.fileName)).toEqual(['Ministry proposal.puente.json']);
    const restored = await call('library:restore-deleted', listed.value[0]!.id);
    expect(restored).toMatchObject({ ok: true, value: { fileName: 'Ministry proposal.puente.json', document: { levers: { inflowPath: 'low' } } } });
    expect(scenarioFiles(libraryDir)).toEqual(['Ministry proposal.puente.json']);
    // Deleted again, and left for a month: the next start sends it to the OS trash.
    await call('library:delete', (restored.value as { ref: string }).ref);
    clock.now += 31 * DAY;
    const later = libraryHandlersForTest(deletedRoot(libraryDir), '2'.repeat(24), () => clock.now);
    await later.startUp();
    expect(later.trashed).toHaveLength(1);
    expect((await later.handlers['library:deleted']([], { senderId: OUR_WINDOW })) as unknown).toEqual({ ok: true, value: [] });
  });
});

/** The fixture's root folder from its library folder (<root>/Documents/Puente). */
const deletedRoot = (libraryDir: string) => libraryDir.replace(/\/Documents\/Puente$/, '');

describe('external links through the gate', () => {
  it('opens the sources Puente cites at once', async () => {
    const { call, opened } = setUp();
    expect(await call('app:open-external', 'https://www.worldbank.org/en/topic/migration')).toEqual({ ok: true, value: null });
    expect(await call('app:open-external', 'https://r4v.info/en/refugeeandmigrants')).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(2);
  });

  it('asks before opening any other https link, and opens nothing when the user says no', async () => {
    const confirm = vi.fn(async () => false);
    const { call, opened } = setUp(confirm);
    expect(await call('app:open-external', 'https://evil.example/phish')).toMatchObject({ ok: false, code: 'refused' });
    expect(confirm).toHaveBeenCalledWith('https://evil.example/phish');
    expect(opened).toEqual([]);
  });

  it('opens another https link when the user agrees', async () => {
    const { call, opened } = setUp(async () => true);
    expect(await call('app:open-external', 'https://example.org/report')).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://example.org/report']);
  });
});
