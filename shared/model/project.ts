// project(): every country and aggregate, every year 2018–2030, four runs:
//   baseline — every lever at its baseline value, default parameters (the user's pinned values ignored);
//   scenario — the scenario's levers and pinned parameters, other parameters at their defaults;
//   low/high — the scenario with every parameter not pinned by the user at its low/high value.
// The uncertainty band shown to users is the envelope of the low, high and scenario runs (min and max per year).
import { OUTPUTS } from './catalogue';
import { OUTPUT_SERIES as OUTPUT_SERIES_, runCountry } from './country-run';
import { resolveLevers } from './levers';
import { parameterValues } from './parameters';
import { AGGREGATE_IDS, SUBREGION_AGGREGATE } from './regions';
import { runContext, type RunContext } from './run-context';
import type { ModelBaseline, OutputId, OutputSeries, Projection, RegionRuns, RunId, ScenarioInputs, Series } from './types';
import { OUTPUT_IDS as OUTPUT_IDS_, RUN_IDS as RUN_IDS_, YEARS } from './types';
import { assertValidBaseline, assertValidScenario } from './validate';
import { N_YEARS as N_YEARS_, Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;
const OUTPUT_IDS = OUTPUT_IDS_;
const RUN_IDS = RUN_IDS_;
const OUTPUT_SERIES = OUTPUT_SERIES_;


const ADDITIVE: Readonly<Record<OutputId, boolean>> = Object.fromEntries(OUTPUTS.map((o) => [o.id, o.additive])) as Record<
  OutputId,
  boolean
>;
const N_OUTPUTS = OUTPUT_IDS.length;
const N_RUNS = RUN_IDS.length;
const N_AGG = AGGREGATE_IDS.length;
const LAC = AGGREGATE_IDS.indexOf('LAC');
const RATIO_OUTPUT = OUTPUT_IDS.indexOf('remittancesPctGdp');

/** Output indices that aggregate as sums, with their workspace series, resolved once. */
const ADDITIVE_INDICES: readonly number[] = OUTPUT_IDS.flatMap((id, o) => (ADDITIVE[id] ? [o] : []));
const SERIES_OF: readonly ((ws: Workspace) => Float64Array)[] = OUTPUT_IDS.map((id) => OUTPUT_SERIES[id]);
/** Subregion aggregates; LAC is their sum, as every country belongs to exactly one subregion. */
const SUB_AGGREGATES: readonly number[] = AGGREGATE_IDS.flatMap((_, a) => (a === LAC ? [] : [a]));

/**
 * Sums for the aggregates: additive outputs sum over the countries that have a value (null where none
 * has); remittances/GDP is recomputed as Σremittances/ΣGDP over the countries that have both.
 */
class AggregateSums {
  readonly sum = new Float64Array(N_AGG * N_RUNS * N_OUTPUTS * N_YEARS);
  readonly has = new Uint8Array(N_AGG * N_RUNS * N_OUTPUTS * N_YEARS);
  readonly remittances = new Float64Array(N_AGG * N_RUNS * N_YEARS);
  readonly gdp = new Float64Array(N_AGG * N_RUNS * N_YEARS);

  add(agg: number, run: number, ws: Workspace): void {
    for (const o of ADDITIVE_INDICES) {
      const values = (SERIES_OF[o] as (ws: Workspace) => Float64Array)(ws);
      const base = ((agg * N_RUNS + run) * N_OUTPUTS + o) * N_YEARS;
      for (let i = 0; i < N_YEARS; i++) {
        const v = values[i] ?? NaN;
        if (v === v) {
          // v === v is false only for NaN ("no value"); stocks and flows are never infinite.
          this.sum[base + i] = (this.sum[base + i] ?? 0) + v;
          this.has[base + i] = 1;
        }
      }
    }
    const base = (agg * N_RUNS + run) * N_YEARS;
    for (let i = 0; i < N_YEARS; i++) {
      const r = ws.formal[i] ?? NaN;
      const g = ws.gdp[i] ?? NaN;
      if (r === r && g === g) {
        this.remittances[base + i] = (this.remittances[base + i] ?? 0) + r;
        this.gdp[base + i] = (this.gdp[base + i] ?? 0) + g;
      }
    }
  }

  /** LAC = Σ subregions, cell by cell. */
  fillLac(): void {
    const block = N_RUNS * N_OUTPUTS * N_YEARS;
    const ratioBlock = N_RUNS * N_YEARS;
    for (const a of SUB_AGGREGATES) {
      for (let k = 0; k < block; k++) {
        if (this.has[a * block + k]) {
          this.sum[LAC * block + k] = (this.sum[LAC * block + k] ?? 0) + (this.sum[a * block + k] ?? 0);
          this.has[LAC * block + k] = 1;
        }
      }
      for (let k = 0; k < ratioBlock; k++) {
        this.remittances[LAC * ratioBlock + k] = (this.remittances[LAC * ratioBlock + k] ?? 0) + (this.remittances[a * ratioBlock + k] ?? 0);
        this.gdp[LAC * ratioBlock + k] = (this.gdp[LAC * ratioBlock + k] ?? 0) + (this.gdp[a * ratioBlock + k] ?? 0);
      }
    }
  }

  series(agg: number, run: number): OutputSeries {
    const out = {} as Record<OutputId, Series>;
    for (let o = 0; o < N_OUTPUTS; o++) {
      const s: Series = new Array<number | null>(N_YEARS);
      if (o === RATIO_OUTPUT) {
        const base = (agg * N_RUNS + run) * N_YEARS;
        for (let i = 0; i < N_YEARS; i++) {
          const g = this.gdp[base + i] ?? 0;
          s[i] = g > 0 ? ((this.remittances[base + i] ?? 0) / g) * 100 : null;
        }
      } else {
        const base = ((agg * N_RUNS + run) * N_OUTPUTS + o) * N_YEARS;
        for (let i = 0; i < N_YEARS; i++) s[i] = this.has[base + i] ? (this.sum[base + i] ?? 0) : null;
      }
      out[OUTPUT_IDS[o] as OutputId] = s;
    }
    return out;
  }
}

function countrySeries(ws: Workspace): OutputSeries {
  const out = {} as Record<OutputId, Series>;
  for (let o = 0; o < N_OUTPUTS; o++) {
    const values = (SERIES_OF[o] as (ws: Workspace) => Float64Array)(ws);
    const s: Series = new Array<number | null>(N_YEARS);
    for (let i = 0; i < N_YEARS; i++) {
      const v = values[i] ?? NaN;
      s[i] = v === v ? v : null;
    }
    out[OUTPUT_IDS[o] as OutputId] = s;
  }
  return out;
}

export function project(baseline: ModelBaseline, scenario: ScenarioInputs): Projection {
  assertValidBaseline(baseline);
  assertValidScenario(scenario, baseline);
  const pinned = scenario.parameters;
  const runs: Record<RunId, { ctx: RunContext; scenario: ScenarioInputs | null }> = {
    baseline: { ctx: runContext(parameterValues('default')), scenario: null },
    scenario: { ctx: runContext(parameterValues('default', pinned)), scenario },
    low: { ctx: runContext(parameterValues('low', pinned)), scenario },
    high: { ctx: runContext(parameterValues('high', pinned)), scenario },
  };
  const ws = new Workspace();
  const sums = new AggregateSums();
  const regions: Record<string, RegionRuns> = {};

  for (const country of baseline.countries) {
    const countryRuns = {} as Record<RunId, OutputSeries>;
    const sub = AGGREGATE_IDS.indexOf(SUBREGION_AGGREGATE[country.subregion]);
    for (let r = 0; r < N_RUNS; r++) {
      const runId = RUN_IDS[r] as RunId;
      const run = runs[runId];
      runCountry(country, resolveLevers(country, run.scenario, run.ctx.p), run.ctx, ws);
      countryRuns[runId] = countrySeries(ws);
      sums.add(sub, r, ws);
    }
    regions[country.iso3] = countryRuns;
  }
  sums.fillLac();
  for (let a = 0; a < N_AGG; a++) {
    const aggRuns = {} as Record<RunId, OutputSeries>;
    for (let r = 0; r < N_RUNS; r++) aggRuns[RUN_IDS[r] as RunId] = sums.series(a, r);
    regions[AGGREGATE_IDS[a] as string] = aggRuns;
  }
  return { years: YEARS, regions };
}
