// One output for one place: the observed history, then the baseline (grey, dashed, drawn on top) and each compared
// scenario in its own colour with its low–high band, on shared axes — in levels, or as the difference from the
// baseline, as on the scenario screen. Used by the Compare view (fills its box) and the comparison report (fixed
// size, for print). Recharts draws the axes; the series are one SVG layer (CompareSeriesLayer).
import { memo, useMemo } from 'react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import type { OutputDef, Projection, RegionId } from '../../../shared/model/types';
import type { ObservedLine } from '../../compute/engine-types';
import { formatAxis } from '../../i18n/format';
import { t } from '../../i18n/t';
import { makeTick, YearTick } from '../charts/AxisTick';
import { CHART_MARGIN, CHART_SIZE, YEAR_DOMAIN, YEAR_ROWS, YEAR_TICKS, Y_AXIS_WIDTH } from '../charts/chart-style';
import { unitLabel, type ChartMode } from '../charts/chart-text';
import { extent, niceTicks } from '../charts/nice-ticks';
import { compareLines, type CompareLines } from './compare-data';
import { ScenarioSwatch } from './ScenarioMarker';
import { CompareSeriesLayer } from './CompareSeriesLayer';
import { BASELINE_COLOUR } from './scenario-colours';
import { useLocale } from '../../i18n/use-locale';

export interface ComparedLine {
  key: string;
  name: string;
  colour: string;
}

interface CompareChartProps {
  def: OutputDef;
  placeName: string;
  region: RegionId;
  baseline: Projection;
  projections: readonly Projection[];
  /** The output's observed history at the place (drawn in levels). */
  observed: ObservedLine;
  lines: readonly ComparedLine[];
  mode?: ChartMode;
  /** Draw each scenario's low–high band. */
  bands?: boolean;
  /** Fixed pixel size (print); otherwise the chart fills its box. */
  size?: { width: number; height: number };
}

/** Every value the chart draws, for its y axis. */
function drawnValues(lines: CompareLines, mode: ChartMode, bands: boolean): (number | null)[] {
  const values: (number | null)[] = [];
  if (mode === 'levels') for (const r of lines.baseline) values.push(r.baseline, r.observed);
  for (const rows of lines.scenarios) {
    for (const r of rows) {
      const band = mode === 'levels' ? r.band : r.diffBand;
      values.push(mode === 'levels' ? r.scenario : r.diff);
      if (bands) values.push(band?.[0] ?? null, band?.[1] ?? null);
    }
  }
  return values;
}

export const CompareChart = memo(function CompareChart({ def, placeName, region, baseline, projections, observed, lines, mode = 'levels', bands = true, size }: CompareChartProps) {
  const locale = useLocale();
  const data = useMemo(() => compareLines(baseline, projections, region, def.id, observed), [baseline, projections, region, def.id, observed]);
  const yAxis = useMemo(() => {
    // Levels are not anchored at zero: scenarios often differ by a few per cent of the level, which a zero-based
    // axis hides. Differences are: the zero line is the baseline.
    const [lo, hi] = extent(data ? drawnValues(data, mode, bands) : [], mode === 'difference');
    return niceTicks(lo, hi, 6);
  }, [data, mode, bands]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, def.unit, { signed: mode === 'difference', locale: locale.formatLocale, language: locale.language }), 'end'), [def.unit, mode, locale]);
  const colours = useMemo(() => lines.map((l) => l.colour), [lines]);
  const chartSize = size ? { width: size.width, height: size.height } : { responsive: true, style: CHART_SIZE };
  const levels = mode === 'levels';
  return (
    <figure className="chart compare__chart" data-testid="compare-chart" data-mode={mode} aria-label={t('compare.chartLabel', { output: def.label, place: placeName })}>
      <figcaption className="chart__head">
        <span className="chart__title">{t('compare.chartTitle', { output: def.label, place: placeName })}</span>
        <span className="chart__unit">{t('charts.unit', { unit: unitLabel(def, mode) })}</span>
      </figcaption>
      <ul className="legend compare__legend" aria-label={t('charts.legend')} data-testid="compare-legend">
        {levels && observed.points.length > 0 && (
          <li><span className="legend__swatch legend__swatch--observed" />{t('charts.observed')}</li>
        )}
        <li><span className="legend__line legend__line--dashed" style={{ borderColor: BASELINE_COLOUR }} />{levels ? t('charts.baseline') : t('charts.baselineZero')}</li>
        {lines.map((s) => (
          <li key={s.key}><ScenarioSwatch colour={s.colour} />{levels ? s.name : t('compare.differenceOf', { name: s.name })}</li>
        ))}
        {bands && <li><span className="legend__swatch legend__swatch--band" />{t('compare.bands')}</li>}
      </ul>
      <div className="chart__plot compare__plot" style={size ? { height: size.height, flex: 'none' } : undefined}>
        {data ? (
          <ComposedChart data={YEAR_ROWS} margin={CHART_MARGIN} {...chartSize}>
            <XAxis dataKey="year" type="number" domain={YEAR_DOMAIN} ticks={YEAR_TICKS} tick={YearTick} interval={0} allowDataOverflow />
            <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
            <CompareSeriesLayer lines={data} colours={colours} mode={mode} bands={bands} yDomain={yAxis.domain} />
          </ComposedChart>
        ) : (
          <p className="chart__empty">{t('charts.noData')}</p>
        )}
      </div>
      <p className="chart__source">{t('charts.source', { source: def.source })}</p>
    </figure>
  );
});
