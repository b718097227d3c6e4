// The library soak (part of `npm run bench`, or alone: `npx tsx tests/bench/library-soak.ts [kills]`): the fault
// test's kill-a-saving-process loop, run longer than CI does (1,000 kills by default). Prints what it found.
import { fileURLToPath } from 'node:url';
import { runKillRounds } from '../unit/library/fault-harness';

export async function runLibrarySoak(kills = Number(process.argv[2] ?? process.env.PUENTE_SOAK_KILLS ?? 1000)): Promise<boolean> {
  const t0 = performance.now();
  const report = await runKillRounds(kills);
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  const clean = report.tornScenarios === 0 && report.unreadableBackups === 0 && report.tornBackupFiles === 0 && report.staleTempFiles.length === 0;
  console.log(
    `library soak: ${report.rounds} kills mid-save in ${seconds} s: ${report.tornScenarios} torn scenarios, ` +
      `${report.unreadableBackups} unreadable backups offered (${report.backupsSeen} checked), ${report.tornBackupFiles} torn backup files, ` +
      `${report.staleTempFiles.length} temp files left after the next start (${clean ? 'clean' : 'NOT clean'})`,
  );
  return clean;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runLibrarySoak().then(
    (clean) => {
      process.exitCode = clean ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
