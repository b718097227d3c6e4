// Chart constants kept at module level so Recharts sees the same references on every render (Recharts re-renders a chart whose props are new objects).
// Colours: Okabe–Ito (colour-blind safe); the baseline is always mid-grey dashed.
import { YEARS } from '../../../shared/model/types';

export const COLORS = {
  scenario: '#0072B2',
  band: '#0072B2',
  baseline: '#6b6b6b',
  paper: '#D55E00',
  observed: '#000000',
  zero: '#9a9a9a',
} as const;

/** The chart fills its plot box (absolutely positioned in CSS), sized by Recharts' own `responsive` observer. */
export const CHART_SIZE = { position: 'absolute', inset: 0, width: '100%', height: '100%' } as const;
export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 4 } as const;
export const YEAR_TICKS = [2018, 2020, 2022, 2024, 2026, 2028, 2030];
export const YEAR_DOMAIN: [number, number] = [2018, 2030];
/** The chart's own data: only the years, so Recharts' store never changes when the numbers do. */
export const YEAR_ROWS: { year: number }[] = YEARS.map((year) => ({ year }));
export const AXIS_TICK = { fontSize: 12, fill: '#333333' } as const;
export const BASELINE_DASH = '6 4';
export const Y_AXIS_WIDTH = 56;
