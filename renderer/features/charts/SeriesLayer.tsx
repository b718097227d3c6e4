// Everything drawn inside one chart's plot area, as plain SVG with the chart's x scale: the observed history (solid
// dark line with dots) up to the "last observed" marker, then the scenario, the baseline and the low–high fan, the
// paper's points (◆) and the SDG year. Recharts keeps the axes; on a lever change only this layer re-renders.
import { memo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { ChartMarker } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import type { ChartRow } from './chart-rows';
import { BASELINE_DASH, COLORS, SDG_YEAR } from './chart-style';
import { drawsBand } from './legend-items';
import { bandPath, diamondPath, linearY, linePath, runs, type Point, type Scale } from './series-paths';
import { useLocale } from '../../i18n/use-locale';

interface SeriesLayerProps {
  rows: readonly ChartRow[];
  mode: 'levels' | 'difference';
  /** The y axis domain the chart was given; mapped here so the layer draws in the same render as its data. */
  yDomain: readonly [number, number];
  paperPoints: readonly ChartMarker[];
  /** Year of the last observed value (null: the place has no observed history for this output). */
  lastObserved: number | null;
  /** Label the year lines above the plot (slides leave them out: too small to read from the back of a room). */
  yearLabels?: boolean;
}

function Diamond({ cx, cy }: { cx: number; cy: number }) {
  return <path className="series-paper" d={diamondPath(cx, cy)} fill={COLORS.paper} stroke="#ffffff" strokeWidth={1} />;
}

/**
 * Width of a 12 px label, estimated on the wide side (DejaVu Sans, Debian's default, averages about 7.2 px a
 * character for these labels); used to keep labels inside the plot and apart.
 */
const labelWidth = (text: string): number => text.length * 7.6;

interface Label {
  px: number;
  text: string;
}

/**
 * Where the two year labels go above the plot: each beside its line, on the side where it fits inside the plot; a
 * label that would run into the other moves down one row.
 */
export function placeLabels(left: number, right: number, last: Label | null, sdg: Label | null): { last?: { x: number; anchor: 'start' | 'end'; row: 0 | 1 }; sdg?: { x: number; anchor: 'start' | 'end'; row: 0 | 1 } } {
  const place = (l: Label, prefer: 'left' | 'right') => {
    const w = labelWidth(l.text);
    const fitsLeft = l.px - 4 - w >= left;
    const fitsRight = l.px + 4 + w <= right;
    if (!fitsLeft && !fitsRight) {
      // Room on neither side (a narrow chart): centred on its line, kept inside the plot.
      const from = Math.max(left, Math.min(l.px - w / 2, right - w));
      return { x: from, anchor: 'start' as const, from, to: from + w };
    }
    const side = prefer === 'left' ? (fitsLeft ? 'left' : 'right') : fitsRight ? 'right' : 'left';
    return side === 'left' ? { x: l.px - 4, anchor: 'end' as const, from: l.px - 4 - w, to: l.px - 4 } : { x: l.px + 4, anchor: 'start' as const, from: l.px + 4, to: l.px + 4 + w };
  };
  const a = last ? place(last, 'left') : null;
  const b = sdg ? place(sdg, 'right') : null;
  const overlap = a && b && a.from < b.to + 6 && b.from < a.to + 6;
  return {
    ...(a ? { last: { x: a.x, anchor: a.anchor, row: 0 as const } } : {}),
    ...(b ? { sdg: { x: b.x, anchor: b.anchor, row: overlap ? (1 as const) : (0 as const) } } : {}),
  };
}

/** A vertical year marker with its label above the plot (row 0) or just inside it (row 1). */
function YearMarker({ px, top, bottom, label, place, color, dash, testId }: { px: number; top: number; bottom: number; label: string | null; place: { x: number; anchor: 'start' | 'end'; row: 0 | 1 }; color: string; dash: string; testId: string }) {
  return (
    <g data-testid={testId}>
      <line x1={px} x2={px} y1={top} y2={bottom} stroke={color} strokeWidth={1} strokeDasharray={dash} />
      {label !== null && (
        <text x={place.x} y={place.row === 0 ? top - 6 : top + 12} textAnchor={place.anchor} fontSize={13} fill={color}>
          {label}
        </text>
      )}
    </g>
  );
}

export const SeriesLayer = memo(function SeriesLayer({ rows, mode, yDomain, paperPoints, lastObserved, yearLabels = true }: SeriesLayerProps) {
  useLocale();
  const x = useXAxisScale() as Scale | undefined;
  const plot = usePlotArea();
  if (!x || !plot) return null;
  // The same linear map as the YAxis (explicit domain, no padding). Reading the y scale from Recharts' store
  // instead would draw each change twice: first the new numbers on the old scale, then again.
  const y = linearY(yDomain, plot.y, plot.height);
  const levels = mode === 'levels';
  // A range of no width is not drawn (nor listed in the legend): a difference where nothing changed is a line at 0.
  const band = drawsBand(rows, mode) ? bandPath(rows, x, y, (r) => (levels ? r.band : r.diffBand)) : null;
  const main = runs(rows, x, y, (r) => (levels ? r.scenario : r.diff));
  const baseline = levels ? runs(rows, x, y, (r) => r.baseline) : [];
  const observed = levels ? runs(rows, x, y, (r) => r.observed) : [];
  const dots = levels ? rows.flatMap((r) => (r.observed === null ? [] : [[x(r.year), y(r.observed)] as const])) : [];
  const point = (m: ChartMarker): Point | null => {
    const px = x(m.year);
    const py = y(m.value);
    return px === undefined || py === undefined ? null : [px, py];
  };
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const sdgX = x(SDG_YEAR);
  const lastX = lastObserved === null ? undefined : x(lastObserved);
  const sdgText = t('charts.sdgYear', { year: SDG_YEAR });
  const lastText = lastObserved === null ? '' : t('charts.lastObserved', { year: lastObserved });
  const labels = placeLabels(plot.x, plot.x + plot.width, lastX === undefined ? null : { px: lastX, text: lastText }, sdgX === undefined ? null : { px: sdgX, text: sdgText });
  return (
    <g className="series-layer">
      {sdgX !== undefined && labels.sdg && <YearMarker px={sdgX} top={top} bottom={bottom} label={yearLabels ? sdgText : null} place={labels.sdg} color={COLORS.sdg} dash="2 3" testId="marker-sdg" />}
      {lastX !== undefined && labels.last && <YearMarker px={lastX} top={top} bottom={bottom} label={yearLabels ? lastText : null} place={labels.last} color={COLORS.marker} dash="4 3" testId="marker-last-observed" />}
      {band && <path className="series-band" d={band} fill={COLORS.band} fillOpacity={0.14} stroke="none" />}
      {baseline.map((points, i) => (
        <path key={`b${i}`} className="series-baseline" d={linePath(points)} fill="none" stroke={COLORS.baseline} strokeWidth={2} strokeDasharray={BASELINE_DASH} />
      ))}
      {main.map((points, i) => (
        <path key={`s${i}`} className="series-scenario" d={linePath(points)} fill="none" stroke={COLORS.scenario} strokeWidth={2.5} />
      ))}
      {observed.map((points, i) => (
        <path key={`o${i}`} className="series-observed" d={linePath(points)} fill="none" stroke={COLORS.observed} strokeWidth={2.5} />
      ))}
      {dots.map(([px, py], i) => px !== undefined && py !== undefined && <circle key={`d${i}`} className="series-observed-dot" cx={px} cy={py} r={3.5} fill={COLORS.observed} />)}
      {levels &&
        paperPoints.map((m) => {
          const p = point(m);
          return p && <Diamond key={`p${m.year}`} cx={p[0]} cy={p[1]} />;
        })}
    </g>
  );
});
