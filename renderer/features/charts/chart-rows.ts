// Rows for one output chart: scenario, baseline, low–high band and the difference per year. Paper and observed
// points are drawn from the markers themselves (SeriesLayer), not from these rows.
// Pure and memoised by the caller, so Recharts gets a new array only when the projection or place changes.
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';

export interface ChartRow {
  year: number;
  scenario: number | null;
  baseline: number | null;
  /** Lowest and highest of the low, high and central scenario runs; null where low or high is missing. */
  band: [number, number] | null;
  diff: number | null;
  /** Band of the difference: low − baseline to high − baseline. */
  diffBand: [number, number] | null;
}

export function chartRows(projection: Projection, region: RegionId, output: OutputId): ChartRow[] | null {
  const runs = projection.regions[region];
  if (!runs) return null;
  const scenario = runs.scenario[output];
  const baseline = runs.baseline[output];
  const low = runs.low[output];
  const high = runs.high[output];
  return projection.years.map((year, i) => {
    const s = scenario[i] ?? null;
    const b = baseline[i] ?? null;
    const lo = low[i] ?? null;
    const hi = high[i] ?? null;
    // The shaded range spans the low, high and central runs: with parameters moving in opposite directions
    // the central line can fall outside the low–high pair, and a band that excludes it would mislead.
    const band: [number, number] | null =
      lo !== null && hi !== null ? [Math.min(lo, hi, s ?? lo), Math.max(lo, hi, s ?? hi)] : null;
    return {
      year,
      scenario: s,
      baseline: b,
      band,
      diff: s !== null && b !== null ? s - b : null,
      diffBand: band && b !== null ? [band[0] - b, band[1] - b] : null,
    };
  });
}

/** True when a series has at least one value to draw. */
export function hasValues(rows: readonly ChartRow[] | null, key: 'scenario' | 'baseline'): boolean {
  return !!rows && rows.some((r) => r[key] !== null);
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
      row.diff === other.diff &&
      row.band?.[0] === other.band?.[0] &&
      row.band?.[1] === other.band?.[1]
    );
  });
}
