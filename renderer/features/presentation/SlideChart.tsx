// The chart of a slide: Recharts axes with projector-sized ticks over the years of the projection (whatever its
// horizon), and the series drawn as one SVG layer, like the scenario screen's charts. One scenario uses the
// screen's own SeriesLayer (scenario, baseline, low–high band, paper and observed points); several scenarios use
// CompareLayer, which labels each line with its letter at the end, so no line is told apart by colour alone.
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ComposedChart, ReferenceLine, usePlotArea, useXAxisScale, XAxis, YAxis } from 'recharts';
import type { OutputUnit } from '../../../shared/model/types';
import { formatAxis } from '../../i18n/format';
import { makeTick } from '../charts/AxisTick';
import { BASELINE_DASH, CHART_SIZE, COLORS } from '../charts/chart-style';
import { linePath, runs, type Scale } from '../charts/series-paths';
import { extent, steadyTicks, type Ticks } from '../charts/nice-ticks';
import type { CompareRow } from '../compare/compare-data';
import { BASELINE_COLOUR, scenarioPattern } from '../compare/scenario-colours';
import { between } from './replay';
import { inkOn, spreadLabels } from './slide-layout';
import { yearTicks } from './slide-figures';
import { useLocale } from '../../i18n/use-locale';

/** Slide text is at least 28 px at 1280 × 720; the axes too. */
export const SLIDE_TICK = 28;
const MARGIN = { top: 16, right: 56, bottom: 8, left: 8 } as const;
/** The y axis's narrowest width; wider when its labels need it ("600 mil M" in Spanish). */
const Y_AXIS_WIDTH = 132;
/** Width of a tick label at SLIDE_TICK px (Puente Sans is ~0.56 em per glyph), with the tick's own gap. */
const tickLabelWidth = (label: string): number => Math.ceil([...label].length * SLIDE_TICK * 0.56) + 14;
const X_AXIS_HEIGHT = 52;
const YearTick = makeTick((year) => String(year), 'middle', SLIDE_TICK);

/**
 * A y axis that holds still while its values still fill at least half of it (steadyTicks), so a lever moved live
 * moves the line against fixed gridlines instead of rescaling the chart under the room's eyes.
 */
export function useSteadyAxis(values: readonly (number | null | undefined)[], includeZero: boolean): Ticks {
  const previous = useRef<Ticks | null>(null);
  const axis = useMemo(() => {
    const [lo, hi] = extent(values, includeZero);
    return steadyTicks(previous.current, lo, hi, 5);
  }, [values, includeZero]);
  useEffect(() => {
    previous.current = axis;
  }, [axis]);
  return axis;
}

interface SlideAxesProps {
  years: readonly number[];
  unit: OutputUnit;
  axis: Ticks;
  children: ReactNode;
}

export const SlideAxes = memo(function SlideAxes({ years, unit, axis, children }: SlideAxesProps) {
  const locale = useLocale();
  const data = useMemo(() => years.map((year) => ({ year })), [years]);
  const ticks = useMemo(() => yearTicks(years), [years]);
  const domain = useMemo<[number, number]>(() => [years[0] ?? 0, years.at(-1) ?? 1], [years]);
  const label = useMemo(() => (v: number) => formatAxis(v, unit, { locale: locale.formatLocale, language: locale.language }), [unit, locale]);
  const ValueTick = useMemo(() => makeTick(label, 'end', SLIDE_TICK), [label]);
  const yWidth = Math.max(Y_AXIS_WIDTH, ...axis.ticks.map((v) => tickLabelWidth(label(v))));
  return (
    <ComposedChart data={data} margin={MARGIN} responsive style={CHART_SIZE}>
      <XAxis dataKey="year" type="number" domain={domain} ticks={ticks} tick={YearTick} interval={0} height={X_AXIS_HEIGHT} allowDataOverflow />
      <YAxis width={yWidth} tick={ValueTick} domain={axis.domain} ticks={axis.ticks} interval={0} allowDataOverflow />
      {axis.domain[0] < 0 && <ReferenceLine y={0} stroke={COLORS.zero} strokeWidth={2} />}
      {children}
    </ComposedChart>
  );
});

export interface CompareSeries {
  colour: string;
  letter: string;
}

interface CompareLayerProps {
  rows: readonly CompareRow[];
  series: readonly CompareSeries[];
  yDomain: readonly [number, number];
  /** Scenario lines left out (predict, then reveal). */
  hidden: boolean;
  /** Replay progress: the scenario lines sit this far from the baseline (1: where they are). */
  progress: number;
}

const LABEL_RADIUS = 20;

/** Baseline and scenarios of a comparison as plain SVG over the chart's scales (as SeriesLayer does for one). */
export const CompareLayer = memo(function CompareLayer({ rows, series, yDomain, hidden, progress }: CompareLayerProps) {
  useLocale();
  const x = useXAxisScale() as Scale | undefined;
  const plot = usePlotArea();
  if (!x || !plot) return null;
  const [d0, d1] = yDomain;
  const y: Scale = (value) => plot.y + plot.height * (1 - (value - d0) / (d1 - d0 || 1));
  const baseline = runs(rows, x, y, (r) => r.baseline);
  const lines = hidden ? [] : series.map((_, k) => runs(rows, x, y, (r) => between(r.baseline, r[`s${k}`] ?? null, progress)));
  const ends = lines.map((line) => line.at(-1)?.at(-1) ?? null);
  const labelY = spreadLabels(ends.map((p) => p?.[1] ?? 0), LABEL_RADIUS * 2 + 2);
  return (
    <g className="compare-layer">
      {baseline.map((points, i) => (
        <path key={`b${i}`} className="compare-series compare-series--baseline" d={linePath(points)} fill="none" stroke={BASELINE_COLOUR} strokeWidth={4} strokeDasharray={BASELINE_DASH} />
      ))}
      {lines.map((line, k) =>
        line.map((points, i) => (
          <path key={`s${k}-${i}`} className="compare-series compare-series--scenario" d={linePath(points)} fill="none" stroke={series[k]?.colour} strokeWidth={5} strokeDasharray={scenarioPattern(series[k]?.colour ?? '').dash || undefined} />
        )),
      )}
      {ends.map((end, k) =>
        end === null ? null : (
          <g key={`l${k}`} className="compare-series__label">
            <circle cx={end[0] + LABEL_RADIUS + 6} cy={labelY[k]} r={LABEL_RADIUS} fill={series[k]?.colour} stroke="#ffffff" strokeWidth={2} />
            <text x={end[0] + LABEL_RADIUS + 6} y={labelY[k]} dy="0.35em" textAnchor="middle" fontSize={SLIDE_TICK} fontWeight={700} fill={inkOn(series[k]?.colour ?? '#000000')}>
              {series[k]?.letter}
            </text>
          </g>
        ),
      )}
    </g>
  );
});
