// What a chart draws, for its legend: a legend lists only that (no "Paper figure" where no chart has one, no range
// where the range has no width — a difference with nothing changed has none). Shared by the screen's grid (the
// union over its charts), the report's charts and the exported image.
import type { ChartMarker } from '../../compute/engine-types';
import type { ChartRow } from './chart-rows';
import type { ChartMode } from './chart-text';

export type LegendItem = 'scenario' | 'baseline' | 'band' | 'paper' | 'observed';
export const LEGEND_ORDER: readonly LegendItem[] = ['observed', 'scenario', 'baseline', 'band', 'paper'];

/** True where the shaded range is drawn with some width in this mode. */
export function drawsBand(rows: readonly ChartRow[] | null, mode: ChartMode): boolean {
  return (rows ?? []).some((r) => {
    const band = mode === 'levels' ? r.band : r.diffBand;
    return band !== null && band[1] > band[0];
  });
}

/** The paper's points inside the years drawn (they are drawn in levels only). */
export function drawsPaper(rows: readonly ChartRow[] | null, markers: readonly ChartMarker[], mode: ChartMode): boolean {
  const first = rows?.[0]?.year;
  const last = rows?.at(-1)?.year;
  if (mode !== 'levels' || first === undefined || last === undefined) return false;
  return markers.some((m) => m.kind === 'paper' && m.year >= first && m.year <= last);
}

/** The legend items of what one or several charts draw, in legend order. */
export function legendItems(charts: readonly { rows: readonly ChartRow[] | null; markers: readonly ChartMarker[] }[], mode: ChartMode): LegendItem[] {
  const drawn = new Set<LegendItem>();
  for (const { rows, markers } of charts) {
    if (!rows) continue;
    const levels = mode === 'levels';
    if (levels && rows.some((r) => r.observed !== null)) drawn.add('observed');
    if (rows.some((r) => (levels ? r.scenario : r.diff) !== null)) drawn.add('scenario');
    // In difference mode the baseline is the zero line, drawn on every chart with data.
    if (!levels || rows.some((r) => r.baseline !== null)) drawn.add('baseline');
    if (drawsBand(rows, mode)) drawn.add('band');
    if (drawsPaper(rows, markers, mode)) drawn.add('paper');
  }
  return LEGEND_ORDER.filter((item) => drawn.has(item));
}
