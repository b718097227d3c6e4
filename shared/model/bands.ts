// Honest bands (docs/methodology.md, "Low and high runs"): for each country and output, the low run sets every
// uncertain parameter to the end of its range that lowers that output, and the high run to the end that raises it,
// so low ≤ central ≤ high in every cell. The direction of each parameter's effect is found once per baseline by
// running the model at each end of its range in a few probe scenarios (PROBES); a parameter whose direction differs
// between them is held at its central value for that output.
// Outputs whose directions agree share a pair of runs.
import { z } from 'zod';
import bandPlanFile from '../../data/model/band-plan.json';
import { parameterDef, parameterDefs } from './catalogue';
import { OUTPUT_DEPTH as OUTPUT_DEPTH_, OUTPUT_SERIES as OUTPUT_SERIES_, runCountry, type RunDepth } from './country-run';
import { resolveLevers } from './levers';
import type { ParameterId, ParamValues } from './parameter-ids';
import { parameterRange, parameterValues, withParameter } from './parameters';
import { runContext } from './run-context';
import type { CountryInputs, ModelBaseline, OutputId, ScenarioInputs } from './types';
import { OUTPUT_IDS as OUTPUT_IDS_ } from './types';
import { Workspace } from './workspace';
import { FIRST_PROJECTION_YEAR, N_YEARS as N_YEARS_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;
const OUTPUT_IDS = OUTPUT_IDS_;
const OUTPUT_SERIES = OUTPUT_SERIES_;
const OUTPUT_DEPTH = OUTPUT_DEPTH_;

/** +1: raising the parameter never lowers the output; −1: never raises it; 0: no effect, or no fixed direction. */
export type Direction = -1 | 0 | 1;

export interface BandGroup {
  outputs: readonly OutputId[];
  /**
   * Outputs whose every direction is the opposite of the group's: the group's low run is their high run and the
   * other way round (public cost and the net fiscal balance share one pair of runs).
   */
  flipped: readonly OutputId[];
  depth: RunDepth;
  /** Direction of each uncertain parameter for these outputs (parameters left out are held at their central value). */
  directions: ReadonlyMap<ParameterId, Direction>;
}

export interface CountryBandPlan {
  groups: readonly BandGroup[];
  /** Parameters whose effect on an output changes direction (across years or between the probe scenarios). */
  mixed: Readonly<Partial<Record<OutputId, readonly ParameterId[]>>>;
}

/** The scenario with every lever moved, so parameters that act only through a lever show their direction. */
const PROBE: ScenarioInputs = {
  levers: {
    remittanceCostTargetPct: 2,
    remittanceCostTargetYear: FIRST_PROJECTION_YEAR + 3,
    regularisationRatePerYear: 0.4,
    processingCapacityShare: 0.3,
    absorptionCapacity: 'low',
    absorptionInvestmentPctGdp: 0.2,
  },
  countries: {},
  parameters: {},
};
const DEPTH_ORDER: readonly RunDepth[] = ['A', 'stock', 'B', 'C', 'all'];

/** The run a group needs: Module A stands apart from the migration chain, so a group with both runs everything. */
function combinedDepth(a: RunDepth, b: RunDepth): RunDepth {
  if (a === b) return a;
  if (a === 'all' || b === 'all' || a === 'A' || b === 'A') return 'all';
  return DEPTH_ORDER.indexOf(a) > DEPTH_ORDER.indexOf(b) ? a : b;
}

/** The counterfactual: no programme since 2019 (fewer people regular than the status quo). */
const PROBE_NO_PROGRAMMES: ScenarioInputs = { levers: { regularisationProgrammes: 'none-since-2019' }, countries: {}, parameters: {} };

/**
 * Each other absorption setting on its own: a setting acts from the policy start year only, so a parameter can raise
 * an output before it and lower it after (a low setting makes an irregular migrant a net payer once the policy
 * starts), and such a parameter must be held.
 */
const PROBE_ABSORPTION: readonly ScenarioInputs[] = (['low', 'high'] as const).map((absorptionCapacity) => ({ levers: { absorptionCapacity }, countries: {}, parameters: {} }));

/** The scenarios each parameter's direction is found in; a direction that differs between them is held. */
const PROBES: readonly (ScenarioInputs | null)[] = [null, PROBE, PROBE_NO_PROGRAMMES, ...PROBE_ABSORPTION];

type Snapshot = Record<OutputId, Float64Array>;

function snapshot(ws: Workspace): Snapshot {
  const out = {} as Snapshot;
  for (const id of OUTPUT_IDS) out[id] = Float64Array.from(OUTPUT_SERIES[id](ws));
  return out;
}

/** Direction of one output's change from `central` to `up` (the high end) and `down` (the low end). */
function direction(central: Float64Array, down: Float64Array, up: Float64Array): Direction | 'mixed' {
  let rises = false;
  let falls = false;
  for (let i = 0; i < N_YEARS; i++) {
    const c = central[i] ?? NaN;
    if (c !== c) continue;
    const tol = 1e-9 * (Math.abs(c) + 1);
    const du = (up[i] ?? NaN) - c;
    const dd = (down[i] ?? NaN) - c;
    if (du > tol || dd < -tol) rises = true;
    if (du < -tol || dd > tol) falls = true;
  }
  return rises && falls ? 'mixed' : rises ? 1 : falls ? -1 : 0;
}

function countryPlan(country: CountryInputs, baseline: ModelBaseline, uncertain: readonly ParameterId[], ws: Workspace): CountryBandPlan {
  const central = parameterValues('default', {}, baseline.parameterOverrides);
  const ranges = new Map(parameterDefs().map((d) => [d.id as ParameterId, parameterRange(d, baseline.parameterOverrides)]));
  const found = new Map<OutputId, Map<ParameterId, Direction | 'mixed'>>(OUTPUT_IDS.map((o) => [o, new Map()]));
  const run = (p: ParamValues, scenario: ScenarioInputs | null): Snapshot => {
    runCountry(country, resolveLevers(country, scenario, p), runContext(p, 'default', baseline.inflowKnots, central), ws);
    return snapshot(ws);
  };
  for (const scenario of PROBES) {
    const c = run(central, scenario);
    for (const id of uncertain) {
      const range = ranges.get(id);
      if (!range) continue;
      const down = run(withParameter(central, id, range.low), scenario);
      const up = run(withParameter(central, id, range.high), scenario);
      for (const o of OUTPUT_IDS) {
        const d = direction(c[o], down[o], up[o]);
        const known = found.get(o)?.get(id);
        // Directions from the probes must agree (or one of them show none).
        const merged = known === undefined || known === 0 ? d : d === 0 || d === known ? known : 'mixed';
        found.get(o)?.set(id, merged);
      }
    }
  }
  const groups: { outputs: OutputId[]; flipped: OutputId[]; depth: RunDepth; directions: Map<ParameterId, Direction>; held: Set<ParameterId> }[] = [];
  const mixed: Partial<Record<OutputId, ParameterId[]>> = {};
  // Deepest outputs first, so shallower ones can share their runs.
  const order = [...OUTPUT_IDS].sort((a, b) => DEPTH_ORDER.indexOf(OUTPUT_DEPTH[b]) - DEPTH_ORDER.indexOf(OUTPUT_DEPTH[a]));
  for (const o of order) {
    const directions = new Map<ParameterId, Direction>();
    const held = new Set<ParameterId>();
    for (const [id, d] of found.get(o) ?? []) {
      if (d === 'mixed') {
        (mixed[o] ??= []).push(id);
        held.add(id);
      } else if (d !== 0) directions.set(id, d);
    }
    if (directions.size === 0) continue; // no uncertain parameter moves it: low = high = central
    // Share runs between outputs whose directions agree (or are all opposite: the runs swap sides), and where no
    // parameter one of them must hold at its central value is moved for another (a remittance output never waits
    // for a run of the fiscal module if it can help it).
    const depth = OUTPUT_DEPTH[o];
    const fits = (g: (typeof groups)[number], sign: 1 | -1) =>
      [...directions].every(([id, d]) => (g.directions.get(id) ?? sign * d) === sign * d && !g.held.has(id)) && [...held].every((id) => !g.directions.has(id));
    const candidates = [...groups.filter((g) => g.depth === depth), ...groups.filter((g) => g.depth !== depth)];
    let joined = false;
    for (const g of candidates) {
      const sign = fits(g, 1) ? 1 : fits(g, -1) ? -1 : 0;
      if (sign === 0) continue;
      (sign === 1 ? g.outputs : g.flipped).push(o);
      g.depth = combinedDepth(g.depth, depth);
      for (const [id, d] of directions) g.directions.set(id, (sign * d) as Direction);
      for (const id of held) g.held.add(id);
      joined = true;
      break;
    }
    if (!joined) groups.push({ outputs: [o], flipped: [], depth, directions, held });
  }
  return { groups, mixed };
}

const plans = new WeakMap<ModelBaseline, ReadonlyMap<string, CountryBandPlan>>();

/** The parameters with a band (low ≠ high), and a fingerprint of their ranges: a stored plan is only valid for these. */
function uncertainParameters(baseline: ModelBaseline): { ids: ParameterId[]; fingerprint: string } {
  const defs = parameterDefs().filter((d) => {
    const r = parameterRange(d, baseline.parameterOverrides);
    return r.low !== r.high;
  });
  const fingerprint = defs.map((d) => {
    const r = parameterRange(d, baseline.parameterOverrides);
    return `${d.id}:${r.low}:${r.high}:${d.default}`;
  });
  return { ids: defs.map((d) => d.id as ParameterId), fingerprint: fingerprint.join('|') };
}

/** Finds the band plan of every country by running the model (about a second for the bundled baseline). */
export function computeBandPlan(baseline: ModelBaseline): ReadonlyMap<string, CountryBandPlan> {
  const { ids } = uncertainParameters(baseline);
  const ws = new Workspace();
  return new Map(baseline.countries.map((c) => [c.iso3, countryPlan(c, baseline, ids, ws)]));
}

// ---------- the stored plan (data/model/band-plan.json) ----------

const DirectionSchema = z.union([z.literal(-1), z.literal(1)]);
const OutputIdSchema = z.enum(OUTPUT_IDS as unknown as [OutputId, ...OutputId[]]);
const StoredPlanSchema = z.strictObject({
  about: z.string(),
  datasetId: z.string(),
  checksum: z.string(),
  parameters: z.string(),
  countries: z.record(
    z.string(),
    z.strictObject({
      groups: z.array(
        z.strictObject({
          outputs: z.array(OutputIdSchema),
          flipped: z.array(OutputIdSchema),
          depth: z.enum(['A', 'stock', 'B', 'C', 'all']),
          directions: z.record(z.string(), DirectionSchema),
        }),
      ),
      mixed: z.record(z.string(), z.array(z.string())),
    }),
  ),
});
type StoredPlan = z.infer<typeof StoredPlanSchema>;

const STORED_ABOUT =
  'Generated by npm run data:build (scripts/build-band-plan.ts): for each country, the groups of outputs that share a pair of low and high runs, and the direction of each uncertain parameter for them (+1: its high end raises the outputs; -1: lowers them). mixed: parameters held at their central value for an output because their effect changes direction. Valid for the dataset checksum and parameter ranges below; a test fails when it is stale.';

/** The plan as stored in data/model/band-plan.json (countries in baseline order, parameters in catalogue order). */
export function bandPlanJson(baseline: ModelBaseline, plan = computeBandPlan(baseline)): StoredPlan {
  const order = parameterDefs().map((d) => d.id as ParameterId);
  const countries: StoredPlan['countries'] = {};
  for (const c of baseline.countries) {
    const p = plan.get(c.iso3);
    if (!p) continue;
    countries[c.iso3] = {
      groups: p.groups.map((g) => ({
        outputs: [...g.outputs],
        flipped: [...g.flipped],
        depth: g.depth,
        directions: Object.fromEntries(order.flatMap((id) => (g.directions.has(id) ? [[id, g.directions.get(id) as 1 | -1]] : []))),
      })),
      mixed: Object.fromEntries(OUTPUT_IDS.flatMap((o) => (p.mixed[o]?.length ? [[o, order.filter((id) => p.mixed[o]?.includes(id))]] : []))),
    };
  }
  return { about: STORED_ABOUT, datasetId: baseline.datasetId, checksum: baseline.checksum, parameters: uncertainParameters(baseline).fingerprint, countries };
}

let stored: StoredPlan | null | undefined;
function storedPlan(): StoredPlan | null {
  if (stored === undefined) {
    const parsed = StoredPlanSchema.safeParse(bandPlanFile as unknown);
    stored = parsed.success ? parsed.data : null;
  }
  return stored;
}

function fromStored(s: StoredPlan): ReadonlyMap<string, CountryBandPlan> {
  return new Map(
    Object.entries(s.countries).map(([iso3, c]) => [
      iso3,
      {
        groups: c.groups.map((g) => ({ outputs: g.outputs, flipped: g.flipped, depth: g.depth, directions: new Map(Object.entries(g.directions) as [ParameterId, Direction][]) })),
        mixed: c.mixed as CountryBandPlan['mixed'],
      },
    ]),
  );
}

/**
 * The band plan of every country of a baseline: the stored one where it was built for this baseline and these
 * parameter ranges (the bundled baseline: nothing to run at start-up), otherwise computed on first use. Kept.
 */
export function bandPlan(baseline: ModelBaseline): ReadonlyMap<string, CountryBandPlan> {
  let plan = plans.get(baseline);
  if (!plan) {
    const s = storedPlan();
    const valid = s !== null && s.datasetId === baseline.datasetId && s.checksum === baseline.checksum && s.parameters === uncertainParameters(baseline).fingerprint;
    plan = valid && s ? fromStored(s) : computeBandPlan(baseline);
    plans.set(baseline, plan);
  }
  return plan;
}

const groupCache = new WeakMap<BandGroup, { key: string; low: ParamValues; high: ParamValues }>();

/**
 * Parameter values of a group's low or high run: each uncertain parameter at the end that moves the outputs that way.
 * Kept per group for the last set of pinned parameters (`pinnedKey`), as a slider drag reuses them run after run.
 */
export function groupValues(group: BandGroup, side: 'low' | 'high', central: ParamValues, baseline: ModelBaseline, pinned: Readonly<Record<string, number>>, pinnedKey: string): ParamValues {
  const cached = groupCache.get(group);
  if (cached && cached.key === pinnedKey) return cached[side];
  const made = { key: pinnedKey, low: sideValues(group, 'low', central, baseline, pinned), high: sideValues(group, 'high', central, baseline, pinned) };
  groupCache.set(group, made);
  return made[side];
}

function sideValues(group: BandGroup, side: 'low' | 'high', central: ParamValues, baseline: ModelBaseline, pinned: Readonly<Record<string, number>>): ParamValues {
  const values: Record<string, number> = { ...central };
  for (const [id, d] of group.directions) {
    if (pinned[id] !== undefined) continue; // a parameter the user set is known: it keeps the user's value
    const range = parameterRange(parameterDef(id), baseline.parameterOverrides);
    values[id] = (d > 0) === (side === 'high') ? range.high : range.low;
  }
  return values as ParamValues;
}
