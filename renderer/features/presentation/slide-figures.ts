// The numbers a slide states: the 2030 key figure of a chart (scenario, baseline, change, low–high range), and the
// years the x axis labels. Pure: tested under node.
import type { ChartRow } from '../charts/chart-rows';
import { TARGET_YEAR } from '../cards/key-figures';

export interface ChartFigure {
  year: number;
  scenario: number | null;
  baseline: number | null;
  /** Scenario − baseline, as on the key-figure cards. */
  change: number | null;
  /** The low–high range (with the scenario inside it), as shaded on the chart. */
  range: [number, number] | null;
}

/** A chart's figures in `year` (the cards' 2030, whatever the projection's horizon); null where the year is not drawn. */
export function figureAt(rows: readonly ChartRow[] | null, year: number = TARGET_YEAR): ChartFigure | null {
  const row = rows?.find((r) => r.year === year);
  if (!row) return null;
  const change = row.scenario !== null && row.baseline !== null ? row.scenario - row.baseline : null;
  return { year, scenario: row.scenario, baseline: row.baseline, change, range: row.band };
}

/** Year ticks for a slide: every 1, 2, 5 or 10 years, at most seven labels, on round years. */
export function yearTicks(years: readonly number[]): number[] {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const step = [1, 2, 5, 10].find((s) => (last - first) / s <= 6) ?? 10;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}
