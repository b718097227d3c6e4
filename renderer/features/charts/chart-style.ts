// Chart constants kept at module level so Recharts sees the same references on every render (Recharts re-renders a chart whose props are new objects).
// Colours: Okabe–Ito (colour-blind safe); the baseline is always mid-grey dashed.
import { FIRST_YEAR, LAST_YEAR, SDG_YEAR, YEARS } from '../../../shared/model/years';

export const COLORS = {
  scenario: '#0072B2',
  band: '#0072B2',
  baseline: '#6b6b6b',
  paper: '#D55E00',
  observed: '#1a1a1a',
  zero: '#9a9a9a',
  marker: '#444444',
  sdg: '#8a8a8a',
} as const;

/** The chart fills its plot box (absolutely positioned in CSS), sized by Recharts' own `responsive` observer. */
export const CHART_SIZE = { position: 'absolute', inset: 0, width: '100%', height: '100%' } as const;
/** Room at the top for the year markers' labels (last observed, SDG). */
export const CHART_MARGIN = { top: 20, right: 16, bottom: 4, left: 4 } as const;
/** Every fifth year to the horizon (2020, 2025, 2030, 2035): labels two years apart would collide on a small chart. */
export const YEAR_TICKS: readonly number[] = YEARS.filter((y) => y % 5 === 0);
export const YEAR_DOMAIN: [number, number] = [FIRST_YEAR, LAST_YEAR];
export { SDG_YEAR };
/** The chart's own data: only the years, so Recharts' store never changes when the numbers do. */
export const YEAR_ROWS: { year: number }[] = YEARS.map((year) => ({ year }));
export const AXIS_TICK = { fontSize: 13, fill: '#333333' } as const;
export const BASELINE_DASH = '6 4';
// Wide enough for the longest tick in any language ("+1.5 mil M", "-10 mil M", "800 Md", "-10 bn").
export const Y_AXIS_WIDTH = 78;
