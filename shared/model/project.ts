// project(): every country and aggregate, every year of YEARS, six runs:
//   baseline — every lever at its baseline value, default parameters (the user's pinned values ignored);
//   scenario — the scenario's levers and pinned parameters, other parameters at their defaults;
//   low/high — the scenario with the uncertain parameters the user did not pin at the end of their range that
//              lowers (raises) each output (bands.ts), so low ≤ scenario ≤ high in every cell. The paper-anchored
//              baseline keeps the earlier model's all-low / all-high runs and its envelope;
//   baselineLow/baselineHigh — the same for the baseline (no lever moved, nothing pinned), so an effect's band can be
//              taken within each parameter set (effects.ts). The baseline's runs are computed once per baseline.
import { cellsByOutput, orderBands } from './band-order';
import { bandPlan, groupValues } from './bands';
import { outputDefs } from './catalogue';
import { OUTPUT_SERIES as OUTPUT_SERIES_, runCountry, type RunDepth } from './country-run';
import { leverKey, resolveLevers } from './levers';
import type { ParamValues } from './parameter-ids';
import { parameterValues } from './parameters';
import { AGGREGATE_IDS, SUBREGION_AGGREGATE } from './regions';
import { runContext, type RunContext } from './run-context';
import type { CountryInputs, ModelBaseline, OutputId, OutputSeries, Projection, RegionId, RegionRuns, ScenarioInputs, Series } from './types';
import { OUTPUT_IDS as OUTPUT_IDS_ } from './types';
import { assertValidBaseline, assertValidScenario } from './validate';
import { Workspace } from './workspace';
import { N_YEARS as N_YEARS_, YEARS } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;
const OUTPUT_IDS = OUTPUT_IDS_;
const OUTPUT_SERIES = OUTPUT_SERIES_;

const N_OUTPUTS = OUTPUT_IDS.length;
/** Runs summed into aggregates per projection (the baseline's are computed once per baseline). */
const N_RUNS = 3;
const N_AGG = AGGREGATE_IDS.length;
const LAC = AGGREGATE_IDS.indexOf('LAC');
const OUTPUT_INDEX = new Map(OUTPUT_IDS.map((id, o) => [id, o]));
const PCT = OUTPUT_INDEX.get('remittancesPctGdp') ?? -1;
const REMITTANCES = OUTPUT_INDEX.get('remittancesUsd') ?? -1;
const COST = OUTPUT_INDEX.get('remittanceCostPct') ?? -1;

/**
 * One run of one country: every output, plus the parts of the two ratios (remittances / GDP; cost weighted by the
 * remittances it applies to), so aggregates recompute them from sums.
 */
class RunRecord {
  readonly values = new Float64Array(N_OUTPUTS * N_YEARS).fill(NaN);
  readonly num = new Float64Array(2 * N_YEARS).fill(NaN); // [pct | cost]
  readonly den = new Float64Array(2 * N_YEARS).fill(NaN);

  /** Copies outputs (all, or the given ones) of the run in `ws` into this record. */
  take(ws: Workspace, outputs: readonly OutputId[] = OUTPUT_IDS): void {
    for (const id of outputs) {
      const o = OUTPUT_INDEX.get(id) ?? 0;
      this.values.set(OUTPUT_SERIES[id](ws), o * N_YEARS);
      if (o === PCT) {
        this.num.set(ws.formal, 0);
        this.den.set(ws.gdp, 0);
      } else if (o === COST) {
        for (let i = 0; i < N_YEARS; i++) {
          const w = ws.formalBaseline[i] ?? NaN;
          this.num[N_YEARS + i] = (ws.price[i] ?? NaN) * w;
          this.den[N_YEARS + i] = w;
        }
      }
    }
  }

  copy(): RunRecord {
    const c = new RunRecord();
    c.values.set(this.values);
    c.num.set(this.num);
    c.den.set(this.den);
    return c;
  }

  series(): OutputSeries {
    const out = {} as Record<OutputId, Series>;
    for (let o = 0; o < N_OUTPUTS; o++) {
      const s: Series = new Array<number | null>(N_YEARS);
      for (let i = 0; i < N_YEARS; i++) {
        const v = this.values[o * N_YEARS + i] ?? NaN;
        s[i] = v === v ? v : null;
      }
      out[OUTPUT_IDS[o] as OutputId] = s;
    }
    return out;
  }
}

/** Sums for the aggregates: additive outputs over the countries that have a value; ratios as ratios of sums. */
class AggregateSums {
  readonly sum = new Float64Array(N_AGG * N_RUNS * N_OUTPUTS * N_YEARS);
  readonly has = new Uint8Array(N_AGG * N_RUNS * N_OUTPUTS * N_YEARS);
  readonly num = new Float64Array(N_AGG * N_RUNS * 2 * N_YEARS);
  readonly den = new Float64Array(N_AGG * N_RUNS * 2 * N_YEARS);

  constructor(private readonly additive: readonly boolean[]) {}

  reset(): void {
    this.sum.fill(0);
    this.has.fill(0);
    this.num.fill(0);
    this.den.fill(0);
  }

  add(agg: number, run: number, rec: RunRecord): void {
    for (const a of [agg, LAC]) {
      for (let o = 0; o < N_OUTPUTS; o++) {
        if (!this.additive[o]) continue;
        const base = ((a * N_RUNS + run) * N_OUTPUTS + o) * N_YEARS;
        for (let i = 0; i < N_YEARS; i++) {
          const v = rec.values[o * N_YEARS + i] ?? NaN;
          if (v === v) {
            this.sum[base + i] = (this.sum[base + i] ?? 0) + v;
            this.has[base + i] = 1;
          }
        }
      }
      const base = (a * N_RUNS + run) * 2 * N_YEARS;
      for (let k = 0; k < 2 * N_YEARS; k++) {
        const n = rec.num[k] ?? NaN;
        const d = rec.den[k] ?? NaN;
        if (n === n && d === d) {
          this.num[base + k] = (this.num[base + k] ?? 0) + n;
          this.den[base + k] = (this.den[base + k] ?? 0) + d;
        }
      }
    }
  }

  series(agg: number, run: number): OutputSeries {
    const out = {} as Record<OutputId, Series>;
    for (let o = 0; o < N_OUTPUTS; o++) {
      const s: Series = new Array<number | null>(N_YEARS);
      if (o === PCT || o === COST) {
        const base = (agg * N_RUNS + run) * 2 * N_YEARS + (o === PCT ? 0 : N_YEARS);
        const factor = o === PCT ? 100 : 1;
        for (let i = 0; i < N_YEARS; i++) {
          const d = this.den[base + i] ?? 0;
          s[i] = d > 0 ? ((this.num[base + i] ?? 0) / d) * factor : null;
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

/** The last runs of each country, with the levers and pinned parameters they were made for. */
interface CountryMemo {
  key: string;
  records: readonly [RunRecord, RunRecord, RunRecord];
  scenario: OutputSeries;
  low: OutputSeries;
  high: OutputSeries;
  reversed: Partial<Record<OutputId, number[]>>;
}
const countryMemos = new WeakMap<ModelBaseline, Map<string, CountryMemo>>();

// Indices into AggregateSums (the baseline run has its own sums, kept per baseline).
const SCENARIO_RUN = 0;
const LOW_RUN = 1;
const HIGH_RUN = 2;

/**
 * The baseline run depends on the baseline data only: computed once per baseline and kept, with its series for every
 * country and aggregate (consumers treat a projection as read-only).
 */
const baselineRuns = new WeakMap<ModelBaseline, ReadonlyMap<string, OutputSeries>>();
function baselineRun(baseline: ModelBaseline, ws: Workspace, additive: readonly boolean[]): ReadonlyMap<string, OutputSeries> {
  let runs = baselineRuns.get(baseline);
  if (!runs) {
    const ctx = runContext(parameterValues('default', {}, baseline.parameterOverrides), 'default', baseline.inflowKnots);
    const made = new Map<string, OutputSeries>();
    const sums = new AggregateSums(additive);
    const rec = new RunRecord();
    for (const country of baseline.countries) {
      runCountry(country, resolveLevers(country, null, ctx.p), ctx, ws);
      rec.take(ws);
      sums.add(AGGREGATE_IDS.indexOf(SUBREGION_AGGREGATE[country.subregion]), SCENARIO_RUN, rec);
      made.set(country.iso3, rec.series());
    }
    for (let a = 0; a < N_AGG; a++) made.set(AGGREGATE_IDS[a] as string, sums.series(a, SCENARIO_RUN));
    runs = made;
    baselineRuns.set(baseline, runs);
  }
  return runs;
}

function runInto(country: CountryInputs, scenario: ScenarioInputs, ctx: RunContext, ws: Workspace, depth: RunDepth): void {
  runCountry(country, resolveLevers(country, scenario, ctx.p), ctx, ws, depth);
}

/** Low and high runs built from each country's band plan: one pair of runs per group of outputs. Returns the cells whose band a pinned parameter reversed. */
function bandRuns(baseline: ModelBaseline, country: CountryInputs, scenario: ScenarioInputs, pinnedKey: string, central: ParamValues, low: RunRecord, high: RunRecord, scenarioRun: RunRecord, ws: Workspace): number[] {
  const plan = bandPlan(baseline).get(country.iso3);
  // Outputs no uncertain parameter moves keep the central value in both runs.
  low.values.set(scenarioRun.values);
  high.values.set(scenarioRun.values);
  low.num.set(scenarioRun.num);
  low.den.set(scenarioRun.den);
  high.num.set(scenarioRun.num);
  high.den.set(scenarioRun.den);
  for (const group of plan?.groups ?? []) {
    for (const [side, rec, other] of [['low', low, high], ['high', high, low]] as const) {
      const p = groupValues(group, side, central, baseline, scenario.parameters, pinnedKey);
      runInto(country, scenario, runContext(p, 'default', baseline.inflowKnots, central), ws, group.depth);
      rec.take(ws, group.outputs);
      other.take(ws, group.flipped);
    }
  }
  ratioFromRemittances(scenarioRun, low);
  ratioFromRemittances(scenarioRun, high);
  // Directions were found at the defaults in a few probe scenarios; a pinned value, or a lever combination no probe
  // covers, can reverse one (shared/model/band-order.ts): such a cell becomes the envelope and is reported. With
  // nothing pinned none is expected (a property test over random scenarios checks it).
  return orderBands(scenarioRun.values, low.values, high.values);
}

/**
 * Remittances as % of GDP carry the remittance uncertainty only: the side's remittances over the central GDP. Taking
 * the high-remittance run with the low-GDP run (their parameters move independently) made Nicaragua's ratio 69% of
 * GDP by 2035. In history years the factor is 1, so the published ratio stays.
 */
function ratioFromRemittances(central: RunRecord, side: RunRecord): void {
  for (let i = 0; i < N_YEARS; i++) {
    const c = central.values[REMITTANCES * N_YEARS + i] ?? NaN;
    const s = side.values[REMITTANCES * N_YEARS + i] ?? NaN;
    const f = c > 0 && s === s ? s / c : 1;
    side.values[PCT * N_YEARS + i] = (central.values[PCT * N_YEARS + i] ?? NaN) * f;
    side.num[i] = (central.num[i] ?? NaN) * f;
    side.den[i] = central.den[i] ?? NaN;
  }
}

/**
 * Working memory reused from one projection to the next (a projection is synchronous, so one set suffices): a slider
 * drag projects many times a second, and fresh arrays each time cost as much in garbage collection as the runs.
 */
interface Scratch {
  ws: Workspace;
  additive: readonly boolean[];
  sums: AggregateSums;
  scenarioRec: RunRecord;
  lowRec: RunRecord;
  highRec: RunRecord;
}
let scratchMemory: Scratch | null = null;
function scratch(): Scratch {
  if (!scratchMemory) {
    const additive = OUTPUT_IDS.map((id) => outputDefs().find((d) => d.id === id)?.additive ?? true);
    scratchMemory = { ws: new Workspace(), additive, sums: new AggregateSums(additive), scenarioRec: new RunRecord(), lowRec: new RunRecord(), highRec: new RunRecord() };
  }
  return scratchMemory;
}

/** The scenario, low and high runs of every country and aggregate, by region id. */
type ScenarioRuns = Map<RegionId, Pick<RegionRuns, 'scenario' | 'low' | 'high'>>;
/** Per country, the cells where a pinned parameter reversed the band (band-order.ts), by output. */
type BandsReversed = Record<string, Partial<Record<OutputId, number[]>>>;

/**
 * The scenario run and its low and high runs for every country (reusing a country's runs from `memos` where its
 * levers and pinned parameters did not change) and every aggregate.
 */
function scenarioRuns(baseline: ModelBaseline, scenario: ScenarioInputs, memos: Map<string, CountryMemo>): { regions: ScenarioRuns; bandsReversed: BandsReversed } {
  const pinned = scenario.parameters;
  const overrides = baseline.parameterOverrides;
  const { ws, sums, scenarioRec, lowRec, highRec } = scratch();
  const pinnedKey = JSON.stringify(Object.entries(pinned).sort(([a], [b]) => (a < b ? -1 : 1)));
  const central = runContext(parameterValues('default', pinned, overrides), 'default', baseline.inflowKnots);
  const envelope = baseline.bands === 'envelope';
  const lowCtx = envelope ? runContext(parameterValues('low', pinned, overrides), 'low', baseline.inflowKnots) : null;
  const highCtx = envelope ? runContext(parameterValues('high', pinned, overrides), 'high', baseline.inflowKnots) : null;
  sums.reset();
  const regions: ScenarioRuns = new Map();
  const bandsReversed: BandsReversed = {};
  for (const country of baseline.countries) {
    const sub = AGGREGATE_IDS.indexOf(SUBREGION_AGGREGATE[country.subregion]);
    // A country whose levers and pinned parameters did not change since the last projection keeps its runs (a slider
    // for one country, or one module, reruns only what it moves).
    const key = `${leverKey(resolveLevers(country, scenario, central.p))}|${pinnedKey}`;
    let memo = memos.get(country.iso3);
    if (!memo || memo.key !== key) {
      runInto(country, scenario, central, ws, 'all');
      scenarioRec.take(ws);
      let reversed: number[] = [];
      if (lowCtx && highCtx) {
        runInto(country, scenario, lowCtx, ws, 'all');
        lowRec.take(ws);
        runInto(country, scenario, highCtx, ws, 'all');
        highRec.take(ws);
      } else reversed = bandRuns(baseline, country, scenario, pinnedKey, central.p, lowRec, highRec, scenarioRec, ws);
      memo = {
        key,
        records: [scenarioRec.copy(), lowRec.copy(), highRec.copy()],
        scenario: scenarioRec.series(),
        low: lowRec.series(),
        high: highRec.series(),
        reversed: cellsByOutput(reversed, OUTPUT_IDS, YEARS),
      };
      memos.set(country.iso3, memo);
    }
    sums.add(sub, SCENARIO_RUN, memo.records[0]);
    sums.add(sub, LOW_RUN, memo.records[1]);
    sums.add(sub, HIGH_RUN, memo.records[2]);
    regions.set(country.iso3, { scenario: memo.scenario, low: memo.low, high: memo.high });
    if (Object.keys(memo.reversed).length) bandsReversed[country.iso3] = memo.reversed;
  }
  for (let a = 0; a < N_AGG; a++) {
    regions.set(AGGREGATE_IDS[a] as string, { scenario: sums.series(a, SCENARIO_RUN), low: sums.series(a, LOW_RUN), high: sums.series(a, HIGH_RUN) });
  }
  for (const runs of regions.values()) {
    // The cost of sending money has no uncertain parameter; its aggregate weights would differ between runs.
    runs.low.remittanceCostPct = runs.scenario.remittanceCostPct;
    runs.high.remittanceCostPct = runs.scenario.remittanceCostPct;
    if (envelope) envelopeBands(runs);
  }
  return { regions, bandsReversed };
}

const NO_CHANGE: ScenarioInputs = { levers: {}, countries: {}, parameters: {} };

/**
 * The baseline's own low and high runs (every lever at its baseline value, nothing pinned), made by the same code as
 * a scenario's, so with no lever moved a scenario's low and high runs equal them to the last digit. They depend on the
 * baseline only: computed once per baseline and kept.
 */
const baselineBands = new WeakMap<ModelBaseline, ScenarioRuns>();
function baselineBandRuns(baseline: ModelBaseline): ScenarioRuns {
  let runs = baselineBands.get(baseline);
  if (!runs) {
    runs = scenarioRuns(baseline, NO_CHANGE, new Map()).regions;
    baselineBands.set(baseline, runs);
  }
  return runs;
}

export function project(baseline: ModelBaseline, scenario: ScenarioInputs): Projection {
  assertValidBaseline(baseline);
  assertValidScenario(scenario, baseline);
  const { ws, additive } = scratch();
  const baselineSeries = baselineRun(baseline, ws, additive);
  const bands = baselineBandRuns(baseline);
  let memos = countryMemos.get(baseline);
  if (!memos) countryMemos.set(baseline, (memos = new Map()));
  const { regions: runs, bandsReversed } = scenarioRuns(baseline, scenario, memos);
  const regions: Record<string, RegionRuns> = {};
  for (const [id, r] of runs) {
    const b = bands.get(id);
    regions[id] = { baseline: baselineSeries.get(id) as OutputSeries, scenario: r.scenario, low: r.low, high: r.high, baselineLow: b?.low as OutputSeries, baselineHigh: b?.high as OutputSeries };
  }
  return { years: YEARS, regions, bandsReversed };
}

/** The earlier model's band: the envelope of the low, high and central runs (the paper-anchored run only). */
function envelopeBands(runs: Pick<RegionRuns, 'scenario' | 'low' | 'high'>): void {
  for (const id of OUTPUT_IDS) {
    const s = runs.scenario[id];
    const lo = runs.low[id];
    const hi = runs.high[id];
    for (let i = 0; i < N_YEARS; i++) {
      const a = lo[i] ?? null;
      const b = hi[i] ?? null;
      const c = s[i] ?? null;
      if (a === null || b === null) continue;
      lo[i] = Math.min(a, b, c ?? a);
      hi[i] = Math.max(a, b, c ?? b);
    }
  }
}
