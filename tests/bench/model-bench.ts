// Times a full projection (35 economies + 4 aggregates, 4 runs) and a full sensitivity run on the
// bundled baseline, and prints the medians against the targets (< 2 ms and < 100 ms).
import { modelBaseline } from '../../shared/data';
import { project, sensitivity } from '../../shared/model';
import type { ScenarioInputs } from '../../shared/model';

const SCENARIO: ScenarioInputs = {
  levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.4, absorptionCapacity: 'high', inflowPath: 'high' },
  countries: { COL: { regularisationRatePerYear: 0.6 } },
  parameters: { lapseRate: 0.02 },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function time(label: string, warmup: number, samples: number, targetMs: number, fn: () => unknown): boolean {
  for (let k = 0; k < warmup; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  const m = median(times);
  const ok = m < targetMs;
  console.log(`${label}: median ${m.toFixed(3)} ms over ${samples} runs (target < ${targetMs} ms) ${ok ? 'OK' : 'SLOW'}`);
  return ok;
}

export async function runModelBench(): Promise<void> {
  const baseline = modelBaseline();
  console.log(`model bench: ${baseline.countries.length} economies, dataset ${baseline.datasetId} ${baseline.datasetVersion}`);
  time('projection (all countries, 4 runs)', 50, 200, 2, () => project(baseline, SCENARIO));
  time('sensitivity (netFiscalUsd, LAC, 2030)', 5, 30, 100, () => sensitivity(baseline, SCENARIO, 'netFiscalUsd', 'LAC'));
  time('sensitivity (remittancesUsd, MEX, 2030)', 5, 30, 100, () => sensitivity(baseline, SCENARIO, 'remittancesUsd', 'MEX'));
  await Promise.resolve();
}
