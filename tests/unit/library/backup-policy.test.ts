import { describe, expect, it } from 'vitest';
import { backupsToKeep, type BackupEntry } from '../../../shared/library/backup-policy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 27, 18, 0, 0);
const at = (time: number, name = String(time)): BackupEntry => ({ name, takenAt: time });

describe('backup retention: 3 from today, 1 per earlier day, 10 at most', () => {
  it('keeps the three newest of today and drops older ones from today', () => {
    const today = [1, 2, 3, 4, 5].map((h) => at(now - h * HOUR));
    const { keep, remove } = backupsToKeep(today, now);
    expect(keep.map((b) => b.takenAt)).toEqual([now - HOUR, now - 2 * HOUR, now - 3 * HOUR]);
    expect(remove).toHaveLength(2);
  });

  it('keeps only the newest backup of each earlier day', () => {
    const yesterdayLate = at(now - DAY + HOUR);
    const yesterdayEarly = at(now - DAY - 2 * HOUR);
    const { keep, remove } = backupsToKeep([yesterdayEarly, yesterdayLate], now);
    expect(keep).toEqual([yesterdayLate]);
    expect(remove).toEqual([yesterdayEarly]);
  });

  it('never keeps more than ten', () => {
    const many = Array.from({ length: 40 }, (_, d) => at(now - d * DAY - HOUR));
    const { keep } = backupsToKeep(many, now);
    expect(keep).toHaveLength(10);
    expect(keep[0]?.takenAt).toBe(now - HOUR);
  });

  it('judges "today" in the user\'s time zone', () => {
    // 23:30 on the 26th in Bogotá (UTC−5) is yesterday there, though it is already the 27th in UTC.
    const lateEveningBogota = Date.UTC(2026, 10, 27, 4, 30); // 23:30 on the 26th in UTC−5
    const { keep } = backupsToKeep([at(lateEveningBogota, 'a'), at(lateEveningBogota - HOUR, 'b')], now, -300);
    expect(keep.map((b) => b.name)).toEqual(['a']); // one per earlier day
    const { keep: utcKeep } = backupsToKeep([at(lateEveningBogota, 'a'), at(lateEveningBogota - HOUR, 'b')], now, 0);
    expect(utcKeep.map((b) => b.name)).toEqual(['a', 'b']); // both "today" in UTC
  });
});
