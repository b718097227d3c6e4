// What the comparison draws: for one output and place, the baseline's rows (with the observed history) and each
// scenario's rows — level, difference from the baseline and low–high band, exactly as the scenario screen builds them
// (chartRows) — and each scenario's key figures. Pure: tested under node.
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import type { ObservedLine } from '../../compute/engine-types';
import { chartRows, type ChartRow } from '../charts/chart-rows';
import { keyFigures, type KeyFigure } from '../cards/key-figures';

export type CompareRow = { year: number; baseline: number | null } & Record<`s${number}`, number | null>;

/** Rows for the slides: `baseline` from the baseline projection, `s0`, `s1`… from each scenario's projection. */
export function compareRows(baseline: Projection, scenarios: readonly Projection[], region: RegionId, output: OutputId): CompareRow[] | null {
  const base = baseline.regions[region];
  if (!base) return null;
  return baseline.years.map((year, i) => {
    const row: CompareRow = { year, baseline: base.baseline[output][i] ?? null };
    scenarios.forEach((p, k) => {
      row[`s${k}`] = p.regions[region]?.scenario[output][i] ?? null;
    });
    return row;
  });
}

export interface CompareLines {
  /** The baseline's rows: the observed history and the baseline from the last observed year on. */
  baseline: readonly ChartRow[];
  /** Per scenario, in order: its level, its difference from the baseline and their low–high bands. */
  scenarios: readonly (readonly ChartRow[])[];
}

/**
 * One scenario's rows, bands included. The one place Compare takes its bands from: today the scenario screen's rule
 * (chartRows: the envelope of the low, central and high runs; in difference mode that envelope less the baseline).
 * When the scenario screen's difference band becomes the effect within each parameter set (scenario low − baseline
 * low, scenario high − baseline high), swap it here; the baseline's projection, with its own low and high runs, is
 * what `compareLines` holds.
 */
export function scenarioRows(scenario: Projection, region: RegionId, output: OutputId, observed: ObservedLine): ChartRow[] | null {
  return chartRows(scenario, region, output, observed);
}

/** Everything the comparison chart draws for one output and place; null where the place has no projection. */
export function compareLines(baseline: Projection, scenarios: readonly Projection[], region: RegionId, output: OutputId, observed: ObservedLine): CompareLines | null {
  const base = chartRows(baseline, region, output, observed);
  if (!base) return null;
  const rows = scenarios.map((p) => scenarioRows(p, region, output, observed));
  return rows.every((r): r is ChartRow[] => r !== null) ? { baseline: base, scenarios: rows } : null;
}

/** Key figures per scenario, in order (the same numbers as the scenario screen's cards). */
export function compareFigures(scenarios: readonly Projection[], region: RegionId): KeyFigure[][] {
  return scenarios.map((p) => keyFigures(p, region));
}
