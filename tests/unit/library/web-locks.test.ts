// Review finding 2: two browser tabs saving one scenario at once both passed the revision check (each tab's
// queue was its own). The web host orders every library change across tabs with one Web Lock; this runs two
// page libraries ("tabs") over one store and a stand-in for navigator.locks.
import { describe, expect, it } from 'vitest';
import { createPageLibrary, type PageLibraryDeps } from '../../../renderer/host/library-host';
import { libraryLockOver, openSessions, type LockManagerLike } from '../../../renderer/host/web-locks';
import { createMapStore } from '../../../shared/library/kv-store';
import { LIBRARY_LOCK_NAME } from '../../../shared/library/library-lock';
import { doc } from './contract';

/** Exclusive locks by name, granted in request order, like the browser's LockManager. */
function fakeLockManager() {
  const tails = new Map<string, Promise<unknown>>();
  const requested: string[] = [];
  const held = new Set<string>();
  const locks: LockManagerLike = {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      requested.push(name);
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        held.add(name);
        try {
          return await callback();
        } finally {
          held.delete(name);
        }
      });
      tails.set(name, run.catch(() => undefined));
      return run;
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  };
  return { locks, requested };
}

const tab = (kv: PageLibraryDeps['kv'], locks: LockManagerLike | undefined, sessionId: string) =>
  createPageLibrary({
    kv,
    lock: libraryLockOver(locks),
    previousSession: null,
    appVersion: '1',
    now: () => Date.now(),
    sessionId,
    liveSessions: () => openSessions(locks),
    pickFile: async () => null,
    deliverFile: () => undefined,
    onUnsavedChanges: () => undefined,
  });

describe('web host: one library lock for every tab (review finding 2)', () => {
  it('two tabs saving the same scenario at once: the second is refused as changed elsewhere', async () => {
    const kv = createMapStore();
    const { locks, requested } = fakeLockManager();
    const a = tab(kv, locks, 'a'.repeat(24));
    const b = tab(kv, locks, 'b'.repeat(24));
    const saved = await a.saveScenario(null, doc('Shared', 0.1), null);
    if (!saved.ok) throw new Error(saved.code);
    const [fromA, fromB] = await Promise.all([
      a.saveScenario(saved.value.ref, doc('Shared', 0.2), saved.value.revision),
      b.saveScenario(saved.value.ref, doc('Shared', 0.3), saved.value.revision),
    ]);
    expect([fromA.ok, fromB.ok ? 'ok' : fromB.code]).toEqual([true, 'changed']);
    expect(await b.openScenario(saved.value.ref)).toMatchObject({ ok: true, value: { document: { levers: { regularisationRatePerYear: 0.2 } } } });
    expect(requested.filter((n) => n === LIBRARY_LOCK_NAME).length).toBeGreaterThanOrEqual(3);
  });

  it('without Web Locks a tab still saves (on its own)', async () => {
    const a = tab(createMapStore(), undefined, 'a'.repeat(24));
    expect(await a.saveScenario(null, doc('Alone'), null)).toMatchObject({ ok: true });
  });
});
