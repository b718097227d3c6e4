// The model's track record: the paper-anchored run (the baseline as Puente 0.1 projected it from the paper's
// 2018/2019 values) set against what was observed in 2019-2025, country by country, with the error and whether the
// observed value fell inside the run's band. Used by the "Paper vs. what happened" view and `npm run backcast`.
import type { CountryObserved, ObservedOutput } from './data/anchoring';
import { OBSERVED_OUTPUTS } from './data/anchoring';
import { median } from './median';
import { project } from './model/project';
import type { ModelBaseline, Projection } from './model/types';
import { STOCK_BASE_YEAR } from './model/years';

export interface TrackCell {
  iso3: string;
  year: number;
  observed: number;
  /** The paper-anchored baseline's value, and its band. */
  paper: number;
  low: number;
  high: number;
  /** (paper − observed) / observed. */
  error: number;
  inBand: boolean;
  /** The observed record (observed:<id>). */
  record: string;
}

export interface TrackIndicator {
  output: ObservedOutput;
  cells: readonly TrackCell[];
  /** Share of cells whose observed value lies inside the paper-anchored band. */
  shareInBand: number;
  /** Median of |error| over the cells: every country counts the same, Antigua as much as Mexico. */
  medianAbsError: number;
  /**
   * Additive indicators: Σ|paper − observed| / Σ observed over the cells, so each country weighs by its size (a host
   * the paper gave no Venezuelans is a 100% error in the median, and a few thousand people here); null for ratios.
   */
  weightedAbsError: number | null;
  /** Median of |paper − observed| in the indicator's own unit (US$, people, percentage points). */
  medianAbsGap: number;
  /**
   * Additive indicators: the region's total in the last year with observations, over the countries observed that year
   * (the paper-anchored run summed over the same countries); null for ratios.
   */
  total: { year: number; observed: number; paper: number; error: number } | null;
}

export interface TrackRecord {
  /** The paper-anchored projection with no lever moved (the old baseline). */
  paper: Projection;
  indicators: readonly TrackIndicator[];
}

/**
 * Every observed value since the paper (from 2019, the first year the paper did not see) against the paper-anchored
 * run. Observed values of 0 have no relative error and are left out.
 */
export function trackRecord(paperBaseline: ModelBaseline, observed: ReadonlyMap<string, CountryObserved>): TrackRecord {
  const paper = project(paperBaseline, { levers: {}, countries: {}, parameters: {} });
  const indicators = OBSERVED_OUTPUTS.map((output): TrackIndicator => {
    const cells: TrackCell[] = [];
    for (const country of paperBaseline.countries) {
      const runs = paper.regions[country.iso3];
      if (!runs) continue;
      for (const point of observed.get(country.iso3)?.[output] ?? []) {
        const i = paper.years.indexOf(point.year);
        const value = runs.baseline[output][i] ?? null;
        const low = runs.low[output][i] ?? null;
        const high = runs.high[output][i] ?? null;
        if (point.year < STOCK_BASE_YEAR || i < 0 || value === null || low === null || high === null || point.value === 0) continue;
        cells.push({
          iso3: country.iso3,
          year: point.year,
          observed: point.value,
          paper: value,
          low,
          high,
          error: (value - point.value) / point.value,
          inBand: point.value >= low && point.value <= high,
          record: point.record,
        });
      }
    }
    const lastYear = Math.max(...cells.map((c) => c.year));
    const inLast = cells.filter((c) => c.year === lastYear);
    const additive = output !== 'remittancesPctGdp' && output !== 'remittanceCostPct';
    const observedTotal = inLast.reduce((s, c) => s + c.observed, 0);
    const paperTotal = inLast.reduce((s, c) => s + c.paper, 0);
    return {
      output,
      cells,
      shareInBand: cells.length ? cells.filter((c) => c.inBand).length / cells.length : NaN,
      medianAbsError: median(cells.map((c) => Math.abs(c.error))),
      weightedAbsError: additive && cells.length ? cells.reduce((s, c) => s + Math.abs(c.paper - c.observed), 0) / cells.reduce((s, c) => s + c.observed, 0) : null,
      medianAbsGap: median(cells.map((c) => Math.abs(c.paper - c.observed))),
      total: additive && inLast.length ? { year: lastYear, observed: observedTotal, paper: paperTotal, error: (paperTotal - observedTotal) / observedTotal } : null,
    };
  });
  return { paper, indicators };
}
