// Everything drawn inside the comparison chart's plot, as plain SVG over the chart's scales (as SeriesLayer does for
// one scenario): each scenario's low–high band and line in its colour, the observed history, and the baseline last —
// grey and dashed, on top — so it stays visible where a scenario runs along it. In difference mode the baseline is
// the zero line, also on top.
import { memo } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { BASELINE_DASH, COLORS } from '../charts/chart-style';
import type { ChartMode } from '../charts/chart-text';
import { bandPath, linearY, linePath, runs, type Scale } from '../charts/series-paths';
import type { CompareLines } from './compare-data';
import { BASELINE_COLOUR, scenarioPattern } from './scenario-colours';
import { MarkerPath } from './ScenarioMarker';

interface CompareSeriesLayerProps {
  lines: CompareLines;
  colours: readonly string[];
  mode: ChartMode;
  bands: boolean;
  yDomain: readonly [number, number];
}

/** Band fill: light enough that two or three overlapping bands still let the lines read. */
const BAND_OPACITY = 0.12;

export const CompareSeriesLayer = memo(function CompareSeriesLayer({ lines, colours, mode, bands, yDomain }: CompareSeriesLayerProps) {
  const x = useXAxisScale() as Scale | undefined;
  const plot = usePlotArea();
  if (!x || !plot) return null;
  const y = linearY(yDomain, plot.y, plot.height);
  const levels = mode === 'levels';
  const observed = levels ? runs(lines.baseline, x, y, (r) => r.observed) : [];
  const dots = levels ? lines.baseline.flatMap((r) => (r.observed === null ? [] : [[x(r.year), y(r.observed)] as const])) : [];
  const baseline = levels ? runs(lines.baseline, x, y, (r) => r.baseline) : [];
  const zero = y(0);
  return (
    <g className="compare-layer">
      {bands &&
        lines.scenarios.map((rows, k) => {
          const d = bandPath(rows, x, y, (r) => (levels ? r.band : r.diffBand));
          return d ? <path key={`band${k}`} className="compare-band" d={d} fill={colours[k]} fillOpacity={BAND_OPACITY} stroke="none" /> : null;
        })}
      {observed.map((points, i) => (
        <path key={`o${i}`} className="compare-observed" d={linePath(points)} fill="none" stroke={COLORS.observed} strokeWidth={2.5} />
      ))}
      {dots.map(([px, py], i) => px !== undefined && py !== undefined && <circle key={`d${i}`} cx={px} cy={py} r={3} fill={COLORS.observed} />)}
      {lines.scenarios.map((rows, k) => {
        const colour = colours[k] ?? BASELINE_COLOUR;
        const { dash, marker } = scenarioPattern(colour);
        return runs(rows, x, y, (r) => (levels ? r.scenario : r.diff)).map((points, i) => {
          const end = points.at(-1);
          return (
            <g key={`s${k}-${i}`}>
              <path className="compare-line" data-scenario={k} d={linePath(points)} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={dash || undefined} />
              {/* A marker at the line's end tells the scenarios apart without colour. */}
              {end && <MarkerPath shape={marker} x={end[0]} y={end[1]} r={4.5} colour={colour} />}
            </g>
          );
        });
      })}
      {baseline.map((points, i) => (
        <path key={`b${i}`} className="compare-line compare-line--baseline" d={linePath(points)} fill="none" stroke={BASELINE_COLOUR} strokeWidth={2} strokeDasharray={BASELINE_DASH} />
      ))}
      {!levels && zero !== undefined && (
        <line className="compare-line compare-line--baseline" x1={plot.x} x2={plot.x + plot.width} y1={zero} y2={zero} stroke={BASELINE_COLOUR} strokeWidth={2} strokeDasharray={BASELINE_DASH} />
      )}
    </g>
  );
});
