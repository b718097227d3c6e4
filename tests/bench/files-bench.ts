// Library benchmarks: list and open a library of 1,000 scenario files (target < 1 s), save one scenario
// including fsync and backup (target < 50 ms). Prints numbers; asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskStorage } from '../../electron/files/disk-storage';
import { createLibraryService } from '../../shared/library/service';
import { defaultScenario, serialiseScenario } from '../../shared/scenario';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function runFilesBench(): Promise<void> {
  const libraryDir = mkdtempSync(join(tmpdir(), 'puente-bench-library-'));
  try {
    for (let i = 0; i < 1000; i += 1) {
      const doc = { ...defaultScenario(`Scenario ${i}`), notes: 'Bench scenario '.repeat(20), levers: { regularisationRatePerYear: (i % 100) / 100, inflowPath: 'high' as const } };
      writeFileSync(join(libraryDir, `Scenario ${i}.puente.json`), serialiseScenario(doc));
    }
    const library = createLibraryService({
      storage: createDiskStorage({ libraryDir, stateDir: join(libraryDir, '.state'), trash: async () => undefined }),
      sessionId: 'b'.repeat(24),
      liveSessions: async () => new Set(['b'.repeat(24)]),
      now: () => Date.now(),
      utcOffsetMinutes: () => 0,
      appVersion: 'bench',
      baseline: { datasetId: 'bench', checksum: 'bench' },
    });
    const list = async () => {
      const entries = await library.listScenarios();
      if (!entries.ok) throw new Error(entries.message);
      return entries.value;
    };
    const listTimes: number[] = [];
    let listed = 0;
    for (let run = 0; run < 5; run += 1) {
      const t0 = performance.now();
      const entries = await list();
      listTimes.push(performance.now() - t0);
      listed = entries.length;
    }
    console.log(`library: list and parse ${listed} scenario files   median ${ms(median(listTimes))}   (target < 1000 ms)`);

    const first = (await list())[0];
    if (!first) throw new Error('empty library');
    const saveTimes: number[] = [];
    for (let run = 0; run < 30; run += 1) {
      const t0 = performance.now();
      const saved = await library.saveScenario(first.ref, { ...defaultScenario('Saved'), levers: { regularisationRatePerYear: run / 100 } });
      saveTimes.push(performance.now() - t0);
      if (!saved.ok) throw new Error(saved.message);
    }
    const sorted = [...saveTimes].sort((a, b) => a - b);
    console.log(`library: save one scenario (backup + temp + fsync + rename)   median ${ms(median(saveTimes))}   p95 ${ms(sorted[Math.floor(sorted.length * 0.95)] ?? NaN)}   (target < 50 ms)`);
  } finally {
    rmSync(libraryDir, { recursive: true, force: true });
  }
}


