// The effect of a scenario — scenario − baseline — and its band, computed within each parameter set
// (docs/methodology.md, "The band of an effect"): low − baseline low and high − baseline high, then the lowest and
// highest of those and the central effect. Shifting the level band by the baseline instead would give an effect
// the whole level uncertainty: wide ± bands with no lever moved, and real effects lost in them. With no lever moved
// every run equals its baseline counterpart, so the effect and its band are exactly zero.
import type { OutputId, RegionRuns, Series } from './types';

/** An effect and the lowest and highest it is across the parameter sets (low ≤ value ≤ high). */
export interface Effect {
  value: number;
  low: number;
  high: number;
}

/** The effect in one year (index into the projection's years); null where the scenario or baseline has no value. */
export function effectAt(runs: RegionRuns, output: OutputId, i: number): Effect | null {
  const s = runs.scenario[output][i] ?? null;
  const b = runs.baseline[output][i] ?? null;
  if (s === null || b === null) return null;
  const value = s - b;
  let low = value;
  let high = value;
  const dl = within(runs.low[output][i], runs.baselineLow[output][i]);
  const dh = within(runs.high[output][i], runs.baselineHigh[output][i]);
  if (dl !== null) {
    low = Math.min(low, dl);
    high = Math.max(high, dl);
  }
  if (dh !== null) {
    low = Math.min(low, dh);
    high = Math.max(high, dh);
  }
  return { value, low, high };
}

/** One run's effect within its own parameter set; null where either side has no value. */
function within(run: number | null | undefined, base: number | null | undefined): number | null {
  return run === null || run === undefined || base === null || base === undefined ? null : run - base;
}

/** The effect and its band for every year, aligned with the projection's years (null where there is no effect). */
export function effectSeries(runs: RegionRuns, output: OutputId): { value: Series; low: Series; high: Series } {
  const n = runs.scenario[output].length;
  const value: Series = new Array<number | null>(n);
  const low: Series = new Array<number | null>(n);
  const high: Series = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const e = effectAt(runs, output, i);
    value[i] = e?.value ?? null;
    low[i] = e?.low ?? null;
    high[i] = e?.high ?? null;
  }
  return { value, low, high };
}

/**
 * The effect summed over years `from`..`to` (indices, inclusive), each parameter set summed on its own before the
 * band is taken; null where no year has a value. Years where a run has no value are left out of that run's sum.
 */
export function cumulativeEffect(runs: RegionRuns, output: OutputId, from: number, to: number): Effect | null {
  let value = 0;
  let lowSum = 0;
  let highSum = 0;
  let any = false;
  let lowAll = true;
  let highAll = true;
  for (let i = from; i <= to; i++) {
    const s = runs.scenario[output][i] ?? null;
    const b = runs.baseline[output][i] ?? null;
    if (s === null || b === null) continue;
    any = true;
    value += s - b;
    const dl = within(runs.low[output][i], runs.baselineLow[output][i]);
    const dh = within(runs.high[output][i], runs.baselineHigh[output][i]);
    if (dl === null) lowAll = false;
    else lowSum += dl;
    if (dh === null) highAll = false;
    else highSum += dh;
  }
  if (!any) return null;
  // A set with a missing year would sum fewer years than the central effect; it is left out of the band.
  const ends = [value, ...(lowAll ? [lowSum] : []), ...(highAll ? [highSum] : [])];
  return { value, low: Math.min(...ends), high: Math.max(...ends) };
}
