// Review finding 3 (data loss): browser storage deleted a scenario with two writes (copy to "deleted", then
// remove). A tab closed between them left the scenario in the library and among the deleted; restoring it
// later wrote the old snapshot over the live entry, with no backup. Moves are now one transaction, and a
// restore or purge never touches a live entry that shares the deleted one's reference.
import { describe, expect, it } from 'vitest';
import { createMapStore, type KeyValueStore } from '../../../shared/library/kv-store';
import { backupRates, doc, mustSave, sessionsOver } from './contract';
import { kvPlace } from './places';

const DAY = 86_400_000;

/** Browser storage of a tab that is closed after `writes` more writes: every later call fails. */
function closingAfter(writes: number): KeyValueStore & { data: Map<string, string>; armed: { on: boolean } } {
  const inner = createMapStore();
  const armed = { on: false };
  let left = writes;
  const gone = () => Promise.reject(Object.assign(new Error('The tab is gone.'), { name: 'AbortError' }));
  const write = <T>(run: () => Promise<T>) => {
    if (!armed.on) return run();
    if (left <= 0) return gone();
    left -= 1;
    return run();
  };
  return {
    data: inner.data,
    armed,
    get: (k) => (armed.on && left <= 0 ? gone() : inner.get(k)),
    keys: (p) => (armed.on && left <= 0 ? gone() : inner.keys(p)),
    set: (k, v) => write(() => inner.set(k, v)),
    delete: (k) => write(() => inner.delete(k)),
    batch: (c) => write(() => inner.batch(c)),
  };
}

/** What an interrupted delete of an older build left: the entry both in the library and among the deleted. */
async function interruptedDelete() {
  const place = kvPlace();
  const sessions = sessionsOver(place);
  const { library } = sessions.start();
  const saved = await mustSave(library, doc('Plan', 0.1));
  const record = JSON.parse(place.kv.data.get(`scenario:${saved.ref}`)!) as object;
  place.kv.data.set(`deleted:${saved.ref}`, JSON.stringify({ ...record, deletedAt: sessions.clock.now }));
  // The user keeps working on the scenario, which is still listed.
  sessions.clock.now += 60_000;
  await mustSave(library, doc('Plan', 0.9), saved.ref);
  return { place, sessions, library, saved };
}

describe('browser storage: deleting and restoring move an entry in one step (review finding 3)', () => {
  it('a tab closed in the middle of Delete leaves the scenario in one place, never in both', async () => {
    const kv = closingAfter(1);
    const place = kvPlace(kv);
    const { library } = sessionsOver(place).start();
    const saved = await mustSave(library, doc('Plan', 0.1));
    kv.armed.on = true;
    await library.deleteScenario(saved.ref);
    const where = [kv.data.has(`scenario:${saved.ref}`), kv.data.has(`deleted:${saved.ref}`)];
    expect(where.filter(Boolean)).toHaveLength(1);
  });

  it('restoring what such a delete left never replaces the live scenario: it comes back beside it', async () => {
    const { library, saved } = await interruptedDelete();
    const deleted = await library.listDeleted();
    const restored = await library.restoreDeleted(deleted.ok ? deleted.value[0]!.id : '');
    expect(restored).toMatchObject({ ok: true, value: { fileName: 'Plan (2).puente.json', document: { levers: { regularisationRatePerYear: 0.1 } } } });
    const list = await library.listScenarios();
    const rates = list.ok ? list.value.map((e) => [e.fileName, e.document?.levers.regularisationRatePerYear]).sort() : [];
    expect(rates).toEqual([['Plan (2).puente.json', 0.1], ['Plan.puente.json', 0.9]]);
    expect(await backupRates(library, saved.ref)).toEqual([0.1]);
  });

  it('letting such a deleted entry go after 30 days keeps the live scenario’s backups', async () => {
    const { sessions, library, saved } = await interruptedDelete();
    sessions.clock.now += 31 * DAY;
    const next = sessions.start().library;
    await next.startUp();
    expect(await next.listDeleted()).toEqual({ ok: true, value: [] });
    await library.listScenarios();
    expect(await backupRates(library, saved.ref)).toEqual([0.1]);
  });
});
