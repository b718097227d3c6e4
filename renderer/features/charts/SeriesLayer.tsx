// The scenario, baseline, low–high band and paper/observed points of one chart, drawn as plain SVG with the
// chart's x scale and plot area. Recharts keeps the axes; on a lever change only this layer re-renders, instead
// of a Recharts store update for every line, area and scatter (the main cost of a lever change before).
import { memo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { ChartMarker } from '../../compute/engine-types';
import type { ChartRow } from './chart-rows';
import { BASELINE_DASH, COLORS } from './chart-style';
import { bandPath, diamondPath, linearY, linePath, runs, type Point, type Scale } from './series-paths';

interface SeriesLayerProps {
  rows: readonly ChartRow[];
  mode: 'levels' | 'difference';
  /** The y axis domain the chart was given; mapped here so the layer draws in the same render as its data. */
  yDomain: readonly [number, number];
  paperPoints: readonly ChartMarker[];
  observedPoints: readonly ChartMarker[];
}

function Diamond({ cx, cy }: { cx: number; cy: number }) {
  return <path className="series-paper" d={diamondPath(cx, cy)} fill={COLORS.paper} stroke="#ffffff" strokeWidth={1} />;
}

export const SeriesLayer = memo(function SeriesLayer({ rows, mode, yDomain, paperPoints, observedPoints }: SeriesLayerProps) {
  const x = useXAxisScale() as Scale | undefined;
  const plot = usePlotArea();
  if (!x || !plot) return null;
  // The same linear map as the YAxis (explicit domain, no padding). Reading the y scale from Recharts' store
  // instead would draw each change twice: first the new numbers on the old scale, then again.
  const y = linearY(yDomain, plot.y, plot.height);
  const levels = mode === 'levels';
  const band = bandPath(rows, x, y, (r) => (levels ? r.band : r.diffBand));
  const main = runs(rows, x, y, (r) => (levels ? r.scenario : r.diff));
  const baseline = levels ? runs(rows, x, y, (r) => r.baseline) : [];
  const point = (m: ChartMarker): Point | null => {
    const px = x(m.year);
    const py = y(m.value);
    return px === undefined || py === undefined ? null : [px, py];
  };
  return (
    <g className="series-layer">
      {band && <path className="series-band" d={band} fill={COLORS.band} fillOpacity={0.14} stroke="none" />}
      {baseline.map((points, i) => (
        <path key={`b${i}`} className="series-baseline" d={linePath(points)} fill="none" stroke={COLORS.baseline} strokeWidth={2} strokeDasharray={BASELINE_DASH} />
      ))}
      {main.map((points, i) => (
        <path key={`s${i}`} className="series-scenario" d={linePath(points)} fill="none" stroke={COLORS.scenario} strokeWidth={2.5} />
      ))}
      {levels &&
        observedPoints.map((m) => {
          const p = point(m);
          return p && <circle key={`o${m.year}`} className="series-observed" cx={p[0]} cy={p[1]} r={4.5} fill={COLORS.observed} />;
        })}
      {levels &&
        paperPoints.map((m) => {
          const p = point(m);
          return p && <Diamond key={`p${m.year}`} cx={p[0]} cy={p[1]} />;
        })}
    </g>
  );
});
