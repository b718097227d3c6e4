// Kills a process that saves a scenario (with backups and autosave) at random moments, again and again, and after
// each kill checks what the user would find on the next start. Used by the fault test (200 kills per CI run) and
// by the soak in `npm run bench` (more). The writer is bundled once with esbuild, so a start costs ~0.1 s.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { defaultScenario, parseScenarioText, SCENARIO_RULES, serialiseScenario } from '../../../shared/scenario';
import { openDiskLibrary } from './disk-library';

export interface KillReport {
  rounds: number;
  /** Rounds where the scenario file did not parse as a whole scenario. */
  tornScenarios: number;
  /** Backups offered in "Restore a backup…" that could not be read. */
  unreadableBackups: number;
  /** Backup files on disk that are not whole scenarios (listed or not). */
  tornBackupFiles: number;
  /** Temp files still on disk after the next start. */
  staleTempFiles: string[];
  /** Saves that completed over all rounds (the writer's generation reached). */
  backupsSeen: number;
}

const FILE = 'Plan.puente.json';

async function bundleWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'save-forever.mjs');
  await build({ entryPoints: [join(__dirname, 'fixtures/save-forever.mts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return outfile;
}

/** Every file name below `dir` that looks like a temp file a crashed write left. */
async function tempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.tmp')).map((e) => join(e.parentPath, e.name));
}

export async function runKillRounds(rounds: number): Promise<KillReport> {
  const root = mkdtempSync(join(tmpdir(), 'puente-fault-'));
  const libraryDir = join(root, 'Documents', 'Puente');
  const stateDir = join(root, 'userData');
  const writer = await bundleWriter(root);
  mkdirSync(libraryDir, { recursive: true });
  writeFileSync(join(libraryDir, FILE), serialiseScenario(defaultScenario('Fault test')));

  const report: KillReport = { rounds, tornScenarios: 0, unreadableBackups: 0, tornBackupFiles: 0, staleTempFiles: [], backupsSeen: 0 };
  const backupDir = join(libraryDir, '.puente-backups', FILE);
  const torn = new Set<string>();
  for (let round = 0; round < rounds; round += 1) {
    const child = spawn(process.execPath, [writer, libraryDir, stateDir, FILE], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early with code ${code}`)));
    });
    // A random moment of a save: between its backup, temp file, fsync and rename, or its autosave.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // The next start, as the app would do it.
    const sessionId = `${round}`.padStart(24, 'f');
    const library = openDiskLibrary(libraryDir, stateDir, sessionId);
    await library.startUp();
    if (!parseScenarioText(await readFile(join(libraryDir, FILE), 'utf8'), SCENARIO_RULES).ok) report.tornScenarios += 1;
    const list = await library.listScenarios();
    const ref = list.ok ? list.value.find((e) => e.fileName === FILE)?.ref : undefined;
    if (ref) {
      const backups = await library.listBackups(ref);
      for (const backup of backups.ok ? backups.value : []) {
        report.backupsSeen += 1;
        if (!(await library.readBackup(ref, backup.id)).ok) report.unreadableBackups += 1;
      }
    }
    for (const name of await readdir(backupDir).catch(() => [] as string[])) {
      if (name.endsWith('.puente.json') && !parseScenarioText(await readFile(join(backupDir, name), 'utf8'), SCENARIO_RULES).ok) torn.add(name);
    }
    report.tornBackupFiles = torn.size;
    report.staleTempFiles.push(...(await tempFiles(root)).filter((f) => !f.endsWith('save-forever.mjs')));
  }
  return report;
}
