// Times a full projection (35 economies + 4 aggregates, 4 runs) and a full sensitivity run on the
// bundled baseline, and prints the medians against the targets (< 2 ms and < 100 ms). The engine keeps each
// country's runs while its levers are unchanged, so every timed projection moves a region-wide lever to a new value
// (all 35 countries recomputed), and one more case moves one country's lever (the others reused).
import { modelBaseline } from '../../shared/data';
import { median } from '../../shared/median';
import { project, sensitivity } from '../../shared/model';
import type { ScenarioInputs } from '../../shared/model';

const SCENARIO: ScenarioInputs = {
  levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.4, absorptionCapacity: 'high', inflowPath: 'high' },
  countries: { COL: { regularisationRatePerYear: 0.6 } },
  parameters: { lapseRate: 0.02 },
};

function time(label: string, warmup: number, samples: number, targetMs: number, fn: (k: number) => unknown): boolean {
  for (let k = 0; k < warmup; k++) fn(-1 - k);
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const t0 = performance.now();
    fn(k);
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
  // A new value every run: no country's runs can be reused.
  const everywhere = (k: number): ScenarioInputs => ({ ...SCENARIO, levers: { ...SCENARIO.levers, regularisationRatePerYear: 0.3 + k / 10_000 } });
  const oneCountry = (k: number): ScenarioInputs => ({ ...SCENARIO, countries: { COL: { regularisationRatePerYear: 0.3 + k / 10_000 } } });
  time('projection (all countries recomputed, 4 runs)', 50, 200, 2, (k) => project(baseline, everywhere(k)));
  time('projection (one country recomputed, 4 runs)', 50, 200, 2, (k) => project(baseline, oneCountry(k)));
  time('sensitivity (netFiscalUsd, LAC, 2030)', 5, 30, 100, () => sensitivity(baseline, SCENARIO, 'netFiscalUsd', 'LAC'));
  time('sensitivity (remittancesUsd, MEX, 2030)', 5, 30, 100, () => sensitivity(baseline, SCENARIO, 'remittancesUsd', 'MEX'));
  await Promise.resolve();
}
