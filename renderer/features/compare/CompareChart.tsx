// One output for one place: the baseline (grey, dashed) and each compared scenario in its own colour, on shared axes.
// Used by the Compare view (fills its box) and the comparison report (fixed size, for print).
import { memo, useMemo } from 'react';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import type { OutputDef, Projection, RegionId } from '../../../shared/model/types';
import { formatAxis } from '../../i18n/format';
import { t } from '../../i18n/t';
import { makeTick, YearTick } from '../charts/AxisTick';
import { BASELINE_DASH, CHART_MARGIN, CHART_SIZE, YEAR_TICKS, Y_AXIS_WIDTH } from '../charts/chart-style';
import { extent, niceTicks } from '../charts/nice-ticks';
import { compareRows } from './compare-data';
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
  lines: readonly ComparedLine[];
  /** Fixed pixel size (print); otherwise the chart fills its box. */
  size?: { width: number; height: number };
}

export const CompareChart = memo(function CompareChart({ def, placeName, region, baseline, projections, lines, size }: CompareChartProps) {
  useLocale();
  const rows = useMemo(() => compareRows(baseline, projections, region, def.id), [baseline, projections, region, def.id]);
  const yAxis = useMemo(() => {
    const values = (rows ?? []).flatMap((r) => [r.baseline, ...lines.map((_, k) => r[`s${k}`])]);
    // Not anchored at zero: scenarios often differ by a few per cent of the level, which a zero-based axis hides.
    const [lo, hi] = extent(values, false);
    return niceTicks(lo, hi, 6);
  }, [rows, lines]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, def.unit), 'end'), [def.unit]);
  const chartSize = size ? { width: size.width, height: size.height } : { responsive: true, style: CHART_SIZE };
  return (
    <figure className="chart compare__chart" data-testid="compare-chart" aria-label={t('compare.chartLabel', { output: def.label, place: placeName })}>
      <figcaption className="chart__head">
        <span className="chart__title">{def.label}, {placeName}</span>
        <span className="chart__unit">{t('charts.unit', { unit: t(`unit.${def.unit}`) })}</span>
      </figcaption>
      <ul className="legend compare__legend" aria-label={t('charts.legend')}>
        <li><span className="legend__line legend__line--dashed" style={{ borderColor: BASELINE_COLOUR }} />{t('charts.baseline')}</li>
        {lines.map((s) => (
          <li key={s.key}><span className="legend__line" style={{ borderColor: s.colour }} />{s.name}</li>
        ))}
      </ul>
      <div className="chart__plot compare__plot" style={size ? { height: size.height, flex: 'none' } : undefined}>
        {rows ? (
          <LineChart data={rows} margin={CHART_MARGIN} {...chartSize}>
            <XAxis dataKey="year" type="category" ticks={YEAR_TICKS} tick={YearTick} interval={0} />
            <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
            <Line dataKey="baseline" className="compare-line compare-line--baseline" stroke={BASELINE_COLOUR} strokeDasharray={BASELINE_DASH} strokeWidth={2} dot={false} isAnimationActive={false} />
            {lines.map((s, k) => (
              <Line key={s.key} dataKey={`s${k}`} className="compare-line" name={s.name} stroke={s.colour} strokeWidth={2.5} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <p className="chart__empty">{t('charts.noData')}</p>
        )}
      </div>
      <p className="chart__source">{t('charts.source', { source: def.source })}</p>
    </figure>
  );
});
