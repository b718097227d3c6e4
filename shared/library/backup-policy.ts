// Which rolling backups of a scenario file to keep: a pure rule, so it is tested without a clock or a disk.
// Rule: the 3 newest from today, then the newest of each earlier day, 10 at most in all.

export interface BackupEntry {
  name: string;
  /** When the backup was taken, ms since epoch. */
  takenAt: number;
}

export interface RetentionRule {
  keepToday: number;
  maxTotal: number;
}

export const DEFAULT_RETENTION: RetentionRule = { keepToday: 3, maxTotal: 10 };

/** Calendar day in the user's time zone offset (minutes east of UTC), so "today" means the user's today. */
const dayOf = (time: number, offsetMinutes: number): number => Math.floor((time + offsetMinutes * 60_000) / 86_400_000);

export function backupsToKeep(
  backups: readonly BackupEntry[],
  now: number,
  offsetMinutes = 0,
  rule: RetentionRule = DEFAULT_RETENTION,
): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt || a.name.localeCompare(b.name));
  const today = dayOf(now, offsetMinutes);
  const keep: BackupEntry[] = [];
  const daysKept = new Set<number>();
  let todayKept = 0;
  for (const backup of newestFirst) {
    if (keep.length >= rule.maxTotal) break;
    const day = dayOf(backup.takenAt, offsetMinutes);
    if (day >= today) {
      // Today (or a clock running ahead): the newest few.
      if (todayKept < rule.keepToday) {
        keep.push(backup);
        todayKept += 1;
      }
    } else if (!daysKept.has(day)) {
      keep.push(backup);
      daysKept.add(day);
    }
  }
  const kept = new Set(keep);
  return { keep, remove: newestFirst.filter((b) => !kept.has(b)) };
}
