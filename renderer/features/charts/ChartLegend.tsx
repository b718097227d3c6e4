// One HTML legend for the chart grid (cheaper than four Recharts legends, and readable on a projector).
import { t } from '../../i18n/t';
import type { ChartMode } from './ScenarioChart';

export function ChartLegend({ mode }: { mode: ChartMode }) {
  return (
    <ul className="legend" aria-label={t('charts.legend')}>
      {mode === 'levels' ? (
        <>
          <li><span className="legend__swatch legend__swatch--observed" />{t('charts.observed')}</li>
          <li><span className="legend__swatch legend__swatch--scenario" />{t('charts.scenario')}</li>
          <li><span className="legend__swatch legend__swatch--baseline" />{t('charts.baseline')}</li>
          <li><span className="legend__swatch legend__swatch--band" />{t('charts.band')}</li>
          <li><span className="legend__swatch legend__swatch--paper" />{t('charts.paper')}</li>
        </>
      ) : (
        <>
          <li><span className="legend__swatch legend__swatch--scenario" />{t('charts.differenceSeries')}</li>
          <li><span className="legend__swatch legend__swatch--baseline" />{t('charts.baselineZero')}</li>
          <li><span className="legend__swatch legend__swatch--band" />{t('charts.band')}</li>
        </>
      )}
    </ul>
  );
}
