// One output chart over the model's years: observed history to the last observed year, then scenario against
// baseline with the low–high fan, the paper's points, unit and source line. Memoised, never animated; the legend is
// HTML so Recharts does not measure it on every change.
// Recharts draws the axes over a fixed set of years; the series are one SVG layer (SeriesLayer) using the axis
// scales, so a lever change re-renders that layer and not a Recharts item per line, area and point.
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { OutputDef } from '../../../shared/model/types';
import type { ChartMarker } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { formatAxis } from '../../i18n/format';
import type { ChartRow } from './chart-rows';
import { makeTick, YearTick } from './AxisTick';
import { BASELINE_DASH, CHART_MARGIN, CHART_SIZE, COLORS, YEAR_DOMAIN, YEAR_ROWS, YEAR_TICKS, Y_AXIS_WIDTH } from './chart-style';
import { SeriesLayer } from './SeriesLayer';
import { ChartReadout, ChartTable, TableToggle } from './ChartAccess';
import { ChartMenu } from './export/ChartMenu';
import { extent, FLAT_ZERO, steadyTicks, type Ticks } from './nice-ticks';
import { latestFigure, sourceLine, unitLabel, type ChartMode } from './chart-text';
import { useLocale } from '../../i18n/use-locale';

export type { ChartMode } from './chart-text';

interface ScenarioChartProps {
  def: OutputDef;
  rows: readonly ChartRow[] | null;
  /** The paper's figures drawn as ◆. */
  markers: readonly ChartMarker[];
  mode: ChartMode;
  /** Year of the last observed value, where the projection starts (null: no observed history here). */
  lastObserved: number | null;
  /** Why this place has no observed history for the output (shown under the chart); null otherwise. */
  note: string | null;
  /** Fixed pixel size of the plot (reports print at a known size); otherwise the chart fills its box. */
  size?: { width: number; height: number };
  /** A legend drawn under the title (reports: each chart carries its own). */
  legend?: ReactNode;
}

export const ScenarioChart = memo(function ScenarioChart({ def, rows, markers, mode, lastObserved, note, size, legend }: ScenarioChartProps) {
  // The axis formatter is memoised: it must be rebuilt when the language or the region format changes.
  const locale = useLocale();
  const previousAxis = useRef<{ mode: ChartMode; ticks: Ticks } | null>(null);
  const yAxis = useMemo(() => {
    const values: (number | null)[] = [];
    for (const r of rows ?? []) {
      if (mode === 'levels') values.push(r.scenario, r.baseline, r.observed, r.band?.[0] ?? null, r.band?.[1] ?? null);
      else values.push(r.diff, r.diffBand?.[0] ?? null, r.diffBand?.[1] ?? null);
    }
    if (mode === 'levels') for (const m of markers) values.push(m.value);
    const [lo, hi] = extent(values, true);
    return steadyTicks(previousAxis.current?.mode === mode ? previousAxis.current.ticks : null, lo, hi, 6);
  }, [rows, markers, mode]);
  useEffect(() => {
    previousAxis.current = { mode, ticks: yAxis };
  }, [mode, yAxis]);
  const ValueTick = useMemo(() => makeTick((v: number) => formatAxis(v, def.unit, { signed: mode === 'difference', locale: locale.formatLocale, language: locale.language }), 'end'), [def.unit, mode, locale]);
  const headline = latestFigure(rows, def, mode);
  const source = useMemo(() => sourceLine(def, markers), [def, markers]);
  const [table, setTable] = useState(false);
  // Printed reports have a fixed size and no keyboard: only the screen's charts read out and offer their table.
  const interactive = size === undefined && rows !== null;
  const plot = rows && (
    <ComposedChart data={YEAR_ROWS} margin={CHART_MARGIN} accessibilityLayer={false} {...(size ? { width: size.width, height: size.height } : { responsive: true, style: CHART_SIZE })}>
      <XAxis dataKey="year" type="number" domain={YEAR_DOMAIN} ticks={YEAR_TICKS} tick={YearTick} interval={0} allowDataOverflow />
      <YAxis width={Y_AXIS_WIDTH} tick={ValueTick} domain={yAxis.domain} ticks={yAxis.ticks} interval={0} allowDataOverflow />
      {mode === 'levels' ? (
        yAxis.domain[0] < 0 && <ReferenceLine y={0} stroke={COLORS.zero} />
      ) : (
        <ReferenceLine y={0} stroke={COLORS.baseline} strokeDasharray={BASELINE_DASH} />
      )}
      <SeriesLayer rows={rows} mode={mode} yDomain={yAxis.domain} paperPoints={markers} lastObserved={lastObserved} />
    </ComposedChart>
  );
  return (
    <figure className="chart" data-testid={`chart-${def.id}`} aria-label={def.label}>
      <figcaption className="chart__head">
        <span className="chart__title">{def.label}</span>
        {def.assumptionDriven && (
          <span className="badge" tabIndex={0} title={t('charts.assumptionHint')}>
            {t('charts.assumptionBadge')}
            <span className="visually-hidden">: {t('charts.assumptionHint')}</span>
          </span>
        )}
        <span className="chart__unit">{t('charts.unit', { unit: unitLabel(def, mode) })}</span>
        {headline && (
          <span className="chart__latest" data-testid={`chart-${def.id}-latest`}>
            {headline}
          </span>
        )}
        {interactive && <TableToggle def={def} shown={table} onToggle={() => setTable((v) => !v)} />}
        <ChartMenu output={def.id} label={def.label} />
      </figcaption>
      {legend}
      <div className="chart__plot" style={size ? { height: size.height, flex: 'none' } : undefined}>
        {rows ? (
          interactive ? <ChartReadout def={def} rows={rows} mode={mode} lastObserved={lastObserved}>{plot}</ChartReadout> : plot
        ) : (
          <p className="chart__empty">{t('charts.noData')}</p>
        )}
        {mode === 'difference' && yAxis === FLAT_ZERO && rows?.some((r) => r.diff !== null) && (
          <p className="chart__flat" data-testid={`chart-${def.id}-flat`}>
            {t('charts.noChange')}
          </p>
        )}
      </div>
      {note && (
        <p className="chart__note" data-testid={`chart-${def.id}-note`}>
          {note}
        </p>
      )}
      {table && rows && <ChartTable def={def} rows={rows} mode={mode} />}
      <p className="chart__source">{source}</p>
    </figure>
  );
});
