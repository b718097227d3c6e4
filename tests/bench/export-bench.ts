// Export benchmarks (npm run bench): the Excel workbook of every country on the command line's path (project,
// build, write; target < 1 s), and a chart PNG in the page (from the menu click to the PNG's bytes; target
// < 200 ms). Prints numbers; asserts nothing.
import type { Page } from 'playwright-core';
import { modelBaseline } from '../../shared/data';
import { exportWords } from '../../shared/export/export-words';
import { exportPlaces } from '../../shared/export/places';
import { exportProvenance } from '../../shared/export/provenance';
import { projectionWorkbook } from '../../shared/export/workbook';
import { writeXlsx } from '../../shared/export/xlsx';
import { project } from '../../shared/model';
import { defaultScenario } from '../../shared/scenario';

const SCENARIO = {
  ...defaultScenario('Bench'),
  levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.4, absorptionCapacity: 'high' as const, inflowPath: 'high' as const },
  countries: { COL: { regularisationRatePerYear: 0.6 } },
  parameters: { lapseRate: 0.02 },
};

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: readonly number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] ?? NaN;

export interface Timing {
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  runs: number;
}
const timing = (times: readonly number[]): Timing => ({ firstMs: times[0] ?? NaN, medianMs: at(times, 0.5), p95Ms: at(times, 0.95), runs: times.length });

/** The workbook of every country and LAC, as `project FILE --format xlsx --out OUT.xlsx` makes it. */
export async function benchEveryCountryWorkbook(runs = 8): Promise<Timing & { bytes: number }> {
  const baseline = modelBaseline();
  const places = exportPlaces(baseline, { kind: 'every-country' });
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const projection = project(baseline, SCENARIO);
    const sheets = projectionWorkbook({ projection, places, document: SCENARIO, provenance: exportProvenance(SCENARIO, 'bench', new Date()), baseline }, exportWords('en'));
    bytes = (await writeXlsx(sheets)).length;
    times.push(performance.now() - t0);
  }
  return { ...timing(times), bytes };
}

/** A chart PNG in the page (memory host): menu → Export as PNG, timed by the app's 'puente:chart-png' measure. */
export async function benchChartPng(page: Page, runs = 12): Promise<Timing> {
  const output = 'remittancesUsd';
  for (let i = 0; i < runs; i += 1) {
    await page.getByTestId(`chart-menu-${output}`).click();
    await page.getByTestId(`chart-png-${output}`).click();
    await page.waitForFunction((n) => (globalThis as unknown as { __memoryHost: { exports: unknown[] } }).__memoryHost.exports.length === n, i + 1);
  }
  const times = await page.evaluate(`performance.getEntriesByName('puente:chart-png').map((m) => m.duration)`) as number[];
  return timing(times);
}

const line = (t: Timing) => `first ${t.firstMs.toFixed(0)} ms, median ${t.medianMs.toFixed(0)} ms, p95 ${t.p95Ms.toFixed(0)} ms over ${t.runs} runs`;

/** The chart PNG line of the UI bench (the first run includes reading the font files). */
export const chartPngReport = (png: Timing): string =>
  `chart PNG (1920 px wide, menu click → PNG bytes): ${line(png)} (target < 200 ms: ${png.medianMs < 200 ? 'met' : 'NOT met'})`;

export async function runExportBench(): Promise<void> {
  const workbook = await benchEveryCountryWorkbook();
  console.log(
    `XLSX of every country (project + build + write, ${(workbook.bytes / 1024).toFixed(0)} kB): ${line(workbook)} ` +
      `(target < 1000 ms: ${workbook.medianMs < 1000 ? 'met' : 'NOT met'}; the first run loads the writer)`,
  );
}
