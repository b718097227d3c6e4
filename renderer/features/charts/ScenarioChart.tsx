// One output chart: scenario against baseline over 2018–2030, low–high band, paper and observed points, unit and
// source line. Memoised, never animated; the legend is HTML so Recharts does not measure it on every change.
// Lines are drawn as unfilled Areas: Recharts' Line measures its path (getTotalLength) on every render, which
// forces a layout per line per lever change, even with animation off.
import { memo, useMemo } from 'react';
import { Area, ComposedChart, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import type { OutputDef } from '../../../shared/model/types';
import type { ChartMarker } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { formatAxis, formatCompact } from '../../i18n/format';
import type { ChartRow } from './chart-rows';
import { makeTick, YearTick } from './AxisTick';
import { BASELINE_DASH, CHART_MARGIN, CHART_SIZE, COLORS, YEAR_TICKS, Y_AXIS_WIDTH } from './chart-style';
import { extent, niceTicks } from './nice-ticks';

export type ChartMode = 'levels' | 'difference';

interface ScenarioChartProps {
  def: OutputDef;
  rows: readonly ChartRow[] | null;
  markers: readonly ChartMarker[];
  mode: ChartMode;
}

function unitLabel(def: OutputDef, mode: ChartMode): string {
  const unit = t(`unit.${def.unit}`);
  return mode === 'difference' && def.unit === '% of GDP' ? t('unit.ppOfGdp') : unit;
}

export const ScenarioChart = memo(function ScenarioChart({ def, rows, markers, mode }: ScenarioChartProps) {
  const yAxis = useMemo(() => {
    const values: (number | null)[] = [];
    for (const r of rows ?? []) {
      if (mode === 'levels') values.push(r.scenario, r.baseline, r.band?.[0] ?? null, r.band?.[1] ?? null);
      else values.push(r.diff, r.diffBand?.[0] ?? null, r.diffBand?.[1] ?? null);
    }
    if (mode === 'levels') for (const m of markers) values.push(m.value);
    const [lo, hi] = extent(values, true);
    return niceTicks(lo, hi, 6);
  }, [rows, markers, mode]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, def.unit, { signed: mode === 'difference' }), 'end'), [def.unit, mode]);
  const latest = rows?.at(-1);
  const headline =
    latest && (mode === 'levels' ? latest.scenario : latest.diff) !== null
      ? formatCompact((mode === 'levels' ? latest.scenario : latest.diff) ?? 0, def.unit, { signed: mode === 'difference', difference: mode === 'difference' })
      : null;
  const markerSources = useMemo(() => [...new Set(markers.map((m) => m.source))], [markers]);
  // Points get their own small data arrays: a Scatter over the chart rows would draw a symbol for every year.
  const paperPoints = useMemo(() => markers.filter((m) => m.kind === 'paper'), [markers]);
  const observedPoints = useMemo(() => markers.filter((m) => m.kind === 'observed'), [markers]);
  return (
    <figure className="chart" data-testid={`chart-${def.id}`} aria-label={def.label}>
      <figcaption className="chart__head">
        <span className="chart__title">{def.label}</span>
        {def.assumptionDriven && (
          <span className="badge" tabIndex={0} title={t('charts.assumptionHint')} aria-label={`${t('charts.assumptionBadge')}: ${t('charts.assumptionHint')}`}>
            {t('charts.assumptionBadge')}
          </span>
        )}
        <span className="chart__unit">{t('charts.unit', { unit: unitLabel(def, mode) })}</span>
        {headline && (
          <span className="chart__latest" data-testid={`chart-${def.id}-latest`}>
            {t('charts.latest', { year: 2030, value: headline })}
          </span>
        )}
      </figcaption>
      <div className="chart__plot">
        {rows ? (
          <ComposedChart data={rows as ChartRow[]} margin={CHART_MARGIN} responsive style={CHART_SIZE}>

              <XAxis dataKey="year" type="category" ticks={YEAR_TICKS} tick={YearTick} interval={0} allowDuplicatedCategory={false} />
              <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
              {mode === 'levels' ? (
                <>
                  {yAxis.domain[0] < 0 && <ReferenceLine y={0} stroke={COLORS.zero} />}
                  <Area dataKey="band" stroke="none" fill={COLORS.band} fillOpacity={0.14} isAnimationActive={false} connectNulls={false} />
                  <Area dataKey="baseline" className="series-baseline" stroke={COLORS.baseline} strokeWidth={2} fill="none" dot={false} activeDot={false} isAnimationActive={false} />
                  <Area dataKey="scenario" stroke={COLORS.scenario} strokeWidth={2.5} fill="none" dot={false} activeDot={false} isAnimationActive={false} />
                  {observedPoints.length > 0 && <Scatter data={observedPoints} dataKey="value" fill={COLORS.observed} shape="circle" isAnimationActive={false} />}
                  {paperPoints.length > 0 && <Scatter data={paperPoints} dataKey="value" fill={COLORS.paper} shape="diamond" isAnimationActive={false} />}
                </>
              ) : (
                <>
                  <ReferenceLine y={0} stroke={COLORS.baseline} strokeDasharray={BASELINE_DASH} />
                  <Area dataKey="diffBand" stroke="none" fill={COLORS.band} fillOpacity={0.14} isAnimationActive={false} />
                  <Area dataKey="diff" stroke={COLORS.scenario} strokeWidth={2.5} fill="none" dot={false} activeDot={false} isAnimationActive={false} />
                </>
              )}
          </ComposedChart>
        ) : (
          <p className="chart__empty">{t('charts.noData')}</p>
        )}
      </div>
      <p className="chart__source">
        {t('charts.source', { source: [def.source, ...markerSources].join(' · ') })}
      </p>
    </figure>
  );
});
