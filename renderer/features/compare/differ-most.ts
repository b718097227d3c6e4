// Where Compare opens: the place and output where the chosen scenarios differ most. Pure: tested under node.
//
// The rule (docs/scenario-library.md, "Compare"):
// - candidates are the places the scenarios are about — the whole region, each scenario's own place, every country
//   a scenario gives levers of its own — and the outputs the scenarios chart (every output if none says);
// - at each candidate, the spread is the largest minus the smallest 2030 value among the baseline and the scenarios
//   (the baseline counts: scenarios that all move away from it differ from what would happen anyway);
// - the spread is measured against the size of the baseline there, its largest absolute value over the years, so a
//   million people in Mexico and a thousand in Belize compare fairly, and an output whose baseline crosses zero near
//   2030 does not look infinitely changed. A balance (the net fiscal balance: taxes less costs) is measured against
//   the flows it balances, as it can sit near zero while they are large. Candidates without a baseline size (zero
//   throughout) are left out;
// - the largest relative spread wins; on a tie, the earlier place, then the earlier output, in the order above;
// - nowhere different (the scenarios all equal the baseline): no answer, and Compare stays where it is.
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import { OUTPUT_IDS, SDG_YEAR } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario/document';

export interface Spot {
  region: RegionId;
  output: OutputId;
}

export interface RankedSpot extends Spot {
  /** Spread of the 2030 values over the baseline's size (0.25: a quarter of the baseline). */
  score: number;
}

/** Spreads smaller than this share of the baseline are rounding, not a difference. */
const NOTHING = 1e-9;
const WHOLE_REGION: RegionId = 'LAC';

const isOutput = (id: string): id is OutputId => (OUTPUT_IDS as readonly string[]).includes(id);

/** The places the scenarios are about: the whole region, each one's own place, each country with levers of its own. */
export function candidatePlaces(docs: readonly Pick<ScenarioDocument, 'view' | 'countries'>[]): RegionId[] {
  const places = [WHOLE_REGION, ...docs.map((d) => d.view.region), ...docs.flatMap((d) => Object.keys(d.countries).sort())];
  return [...new Set(places)];
}

/** The outputs the scenarios chart, in the order they chart them; every output when none names one. */
export function candidateOutputs(docs: readonly Pick<ScenarioDocument, 'view'>[]): OutputId[] {
  const charted = [...new Set(docs.flatMap((d) => d.view.charts))].filter(isOutput);
  return charted.length > 0 ? charted : [...OUTPUT_IDS];
}

/** Balances, and the gross flows that give them their size. */
const BALANCED_FLOWS: Partial<Record<OutputId, readonly OutputId[]>> = { netFiscalUsd: ['taxRevenueUsd', 'publicCostUsd'] };

/** The baseline's size at a place: its largest absolute value over the years (0 where it has none). */
function baselineSize(runs: Readonly<Record<OutputId, readonly (number | null)[]>>, output: OutputId): number {
  const parts = BALANCED_FLOWS[output] ?? [output];
  let size = 0;
  runs[output].forEach((_, i) => {
    let total = 0;
    for (const part of parts) {
      const v = runs[part][i];
      if (v !== null && v !== undefined && Number.isFinite(v)) total += Math.abs(v);
    }
    size = Math.max(size, total);
  });
  return size;
}

/** How far apart the baseline and the scenarios are at one place and output in `year`, relative to the baseline's size. */
export function relativeSpread(baseline: Projection, scenarios: readonly Projection[], spot: Spot, year = SDG_YEAR): number | null {
  const i = baseline.years.indexOf(year);
  const runs = baseline.regions[spot.region]?.baseline;
  const base = runs?.[spot.output];
  if (i < 0 || !runs || !base) return null;
  const size = baselineSize(runs, spot.output);
  const values = [base[i], ...scenarios.map((p) => p.regions[spot.region]?.scenario[spot.output][i])].filter(
    (v): v is number => v !== null && v !== undefined && Number.isFinite(v),
  );
  if (!(size > 0) || values.length < 2) return null;
  return (Math.max(...values) - Math.min(...values)) / size;
}

/** The candidate where the scenarios differ most (see the rule above), or null where they do not differ. */
export function whereTheyDifferMost(
  baseline: Projection,
  scenarios: readonly Projection[],
  places: readonly RegionId[],
  outputs: readonly OutputId[],
  year = SDG_YEAR,
): RankedSpot | null {
  let best: RankedSpot | null = null;
  for (const region of places) {
    for (const output of outputs) {
      const score = relativeSpread(baseline, scenarios, { region, output }, year);
      if (score !== null && score > NOTHING && (best === null || score > best.score * (1 + NOTHING))) best = { region, output, score };
    }
  }
  return best;
}

/** Where Compare opens for these scenarios (their documents and projections, in the same order). */
export function openingSpot(docs: readonly ScenarioDocument[], baseline: Projection, scenarios: readonly Projection[]): RankedSpot | null {
  return whereTheyDifferMost(baseline, scenarios, candidatePlaces(docs), candidateOutputs(docs));
}
