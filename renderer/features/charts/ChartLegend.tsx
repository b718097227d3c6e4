// One HTML legend for the chart grid (cheaper than four Recharts legends, and readable on a projector). Given the
// items a chart draws, it lists only those (reports: one legend per chart).
import { t } from '../../i18n/t';
import type { ChartMode } from './ScenarioChart';

export type LegendItem = 'scenario' | 'baseline' | 'band' | 'paper' | 'observed';
const LEVELS: readonly LegendItem[] = ['observed', 'scenario', 'baseline', 'band', 'paper'];
const DIFFERENCE: readonly LegendItem[] = ['scenario', 'baseline', 'band'];

export function ChartLegend({ mode, items }: { mode: ChartMode; items?: readonly LegendItem[] }) {
  const shown = (mode === 'levels' ? LEVELS : DIFFERENCE).filter((item) => !items || items.includes(item));
  const label = (item: LegendItem): string => {
    if (mode === 'difference' && item === 'scenario') return t('charts.differenceSeries');
    if (mode === 'difference' && item === 'baseline') return t('charts.baselineZero');
    return t(`charts.${item}`);
  };
  return (
    <ul className="legend" aria-label={t('charts.legend')}>
      {shown.map((item) => (
        <li key={item}>
          <span className={`legend__swatch legend__swatch--${item}`} />
          {label(item)}
        </li>
      ))}
    </ul>
  );
}
