// Rows for one output chart: observed history up to the last observed year, then scenario, baseline and the
// low–high fan, plus the paper's points. Pure and memoised by the caller, so Recharts gets a new array only when the
// projection or place changes.
import { effectAt } from '../../../shared/model/effects';
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import type { ObservedLine } from '../../compute/engine-types';

export interface ChartRow {
  year: number;
  /** Observed value (up to the last observed year); null elsewhere. */
  observed: number | null;
  /** Scenario and baseline: from the last observed year on where the output is observed, every year otherwise. */
  scenario: number | null;
  baseline: number | null;
  /** Lowest and highest of the low, high and central scenario runs; null where low or high is missing. */
  band: [number, number] | null;
  /** Scenario − baseline, every year. */
  diff: number | null;
  /** Band of the difference, computed within each parameter set (shared/model/effects.ts); null without a difference. */
  diffBand: [number, number] | null;
}

export function chartRows(
  projection: Projection,
  region: RegionId,
  output: OutputId,
  observed: ObservedLine,
): ChartRow[] | null {
  const runs = projection.regions[region];
  if (!runs) return null;
  const scenario = runs.scenario[output];
  const baseline = runs.baseline[output];
  const low = runs.low[output];
  const high = runs.high[output];
  const history = new Map(observed.points.map((p) => [p.year, p.value]));
  // The projection is drawn from the last observed point, so it continues the observed line without a gap.
  const from = observed.lastObserved ?? -Infinity;
  return projection.years.map((year, i) => {
    const projected = year >= from;
    const s = scenario[i] ?? null;
    const b = baseline[i] ?? null;
    const lo = low[i] ?? null;
    const hi = high[i] ?? null;
    // The shaded range spans the low, high and central runs (they are ordered by construction; the paper-anchored
    // run's envelope too), so the scenario line is always inside it.
    const band: [number, number] | null = projected && lo !== null && hi !== null ? [Math.min(lo, hi, s ?? lo), Math.max(lo, hi, s ?? hi)] : null;
    const effect = effectAt(runs, output, i);
    return {
      year,
      observed: history.get(year) ?? null,
      scenario: projected ? s : null,
      baseline: projected ? b : null,
      band,
      diff: effect?.value ?? null,
      diffBand: effect ? [effect.low, effect.high] : null,
    };
  });
}

/** True when two row sets draw the same chart, so the previous array can be kept and the chart not re-rendered. */
export function sameRows(a: readonly ChartRow[] | null, b: readonly ChartRow[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i];
    return (
      other !== undefined &&
      row.year === other.year &&
      row.scenario === other.scenario &&
      row.baseline === other.baseline &&
      row.observed === other.observed &&
      row.diff === other.diff &&
      row.band?.[0] === other.band?.[0] &&
      row.band?.[1] === other.band?.[1] &&
      row.diffBand?.[0] === other.diffBand?.[0] &&
      row.diffBand?.[1] === other.diffBand?.[1]
    );
  });
}
