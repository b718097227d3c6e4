// What the comparison view draws: one row per year with the baseline and each scenario's value for one output and
// place, and each scenario's key figures (2030 and 2019–2030 against the baseline). Pure: tested under node.
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import { keyFigures, type KeyFigure } from '../cards/key-figures';

export type CompareRow = { year: number; baseline: number | null } & Record<`s${number}`, number | null>;

/** Rows for the chart: `baseline` from the baseline projection, `s0`, `s1`… from each scenario's projection. */
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

/** Key figures per scenario, in order (the same numbers as the scenario screen's cards). */
export function compareFigures(scenarios: readonly Projection[], region: RegionId): KeyFigure[][] {
  return scenarios.map((p) => keyFigures(p, region));
}
