// Review finding 4 (backup history lost): a save that failed still added a backup and pruned older ones, so a
// locked file or a full quota pushed the day's earlier versions out: three failed saves left three copies of
// the current version and nothing older. Backups are pruned only after a save succeeds, a failed save takes its
// backup back, and a backup identical to the newest one is not added again.
import { describe, expect, it } from 'vitest';
import { createLibraryService } from '../../../shared/library/service';
import { StorageFault, type LibraryStorage } from '../../../shared/library/storage';
import { BASELINE, backupRates, doc, mustSave, START, type StoragePlace } from './contract';
import { diskPlace, kvPlace } from './places';

/** A library whose scenario writes fail on demand (a file locked by antivirus, a full quota). */
function failingWrites(place: StoragePlace) {
  const clock = { now: START };
  const inner = place.open(() => clock.now);
  const state = { failWrite: false, failBackupRemoval: false };
  const storage: LibraryStorage = {
    ...inner,
    write: async (ref, text) => {
      if (state.failWrite) throw new StorageFault('io', 'EPERM');
      return inner.write(ref, text);
    },
    backups: {
      ...inner.backups,
      remove: async (ref, id) => {
        if (state.failBackupRemoval) throw new StorageFault('io', 'EPERM');
        return inner.backups.remove(ref, id);
      },
    },
  };
  const library = createLibraryService({ storage, appVersion: '1', baseline: BASELINE, now: () => clock.now, utcOffsetMinutes: () => 0, sessionId: 'a'.repeat(24), liveSessions: async () => new Set() });
  return { library, clock, state };
}

for (const [adapter, makePlace] of [['disk', diskPlace], ['key-value', () => kvPlace()]] as const) {
  describe(`failed saves keep the backup history (${adapter}, review finding 4)`, () => {
    async function threeVersions() {
      const setup = failingWrites(makePlace());
      const first = await mustSave(setup.library, doc('Plan', 0.01));
      for (const rate of [0.02, 0.03, 0.04]) {
        setup.clock.now += 60_000;
        await mustSave(setup.library, doc('Plan', rate), first.ref);
      }
      expect(await backupRates(setup.library, first.ref)).toEqual([0.03, 0.02, 0.01]);
      return { ...setup, ref: first.ref };
    }

    it('three failed saves leave the day’s earlier versions as they were', async () => {
      const { library, clock, state, ref } = await threeVersions();
      state.failWrite = true;
      for (const rate of [0.05, 0.06, 0.07]) {
        clock.now += 60_000;
        expect(await library.saveScenario(ref, doc('Plan', rate))).toMatchObject({ ok: false, code: 'io' });
      }
      expect(await backupRates(library, ref)).toEqual([0.03, 0.02, 0.01]);
      // Once the file can be written again, the save keeps the version it replaces, pruned as usual.
      state.failWrite = false;
      clock.now += 60_000;
      await mustSave(library, doc('Plan', 0.08), ref);
      expect(await backupRates(library, ref)).toEqual([0.04, 0.03, 0.02]);
    });

    it('a failed save whose backup cannot be taken back adds one copy at most, and prunes nothing', async () => {
      const { library, clock, state, ref } = await threeVersions();
      state.failWrite = true;
      state.failBackupRemoval = true;
      for (const rate of [0.05, 0.06, 0.07]) {
        clock.now += 60_000;
        expect((await library.saveScenario(ref, doc('Plan', rate))).ok).toBe(false);
      }
      expect(await backupRates(library, ref)).toEqual([0.04, 0.03, 0.02, 0.01]);
    });
  });
}
