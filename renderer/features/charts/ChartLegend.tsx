// One HTML legend for the chart grid (cheaper than four Recharts legends, and readable on a projector). It lists the
// items given: what the charts draw (legend-items.ts), so nothing appears that no chart shows.
import { t } from '../../i18n/t';
import type { ChartMode } from './chart-text';
import type { LegendItem } from './legend-items';

export type { LegendItem } from './legend-items';

export function ChartLegend({ mode, items }: { mode: ChartMode; items: readonly LegendItem[] }) {
  const label = (item: LegendItem): string => {
    if (mode === 'difference' && item === 'scenario') return t('charts.differenceSeries');
    if (mode === 'difference' && item === 'baseline') return t('charts.baselineZero');
    if (mode === 'difference' && item === 'band') return t('charts.effectBand');
    return t(`charts.${item}`);
  };
  return (
    <ul className="legend" aria-label={t('charts.legend')} data-testid="chart-legend">
      {items.map((item) => (
        <li key={item} data-legend={item}>
          <span className={`legend__swatch legend__swatch--${item}`} />
          {label(item)}
        </li>
      ))}
    </ul>
  );
}
