// The must-hold fault test: a saving process is killed at random moments 200 times. After every kill the
// scenario is whole, "Restore a backup…" offers only readable backups, and no temp file survives the next start.
import { describe, expect, it } from 'vitest';
import { runKillRounds } from './fault-harness';

describe('fault test: the saving process is killed mid-save, 200 times', () => {
  it('never leaves a torn scenario, an unreadable backup in the restore list, or a temp file after the next start', async () => {
    const report = await runKillRounds(200);
    expect(report.backupsSeen).toBeGreaterThan(200);
    expect(report.tornScenarios).toBe(0);
    expect(report.unreadableBackups).toBe(0);
    expect(report.tornBackupFiles).toBe(0);
    expect(report.staleTempFiles).toEqual([]);
  }, 240_000);
});
