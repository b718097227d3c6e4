// SVG path data for a chart's series, from its rows and two scales: used by the on-screen layer (SeriesLayer) and
// by exported images (export/chart-image.ts), so an image draws exactly what the screen draws.
import type { ChartRow } from './chart-rows';

export type Point = [number, number];
export type Scale = (value: number) => number | undefined;

/** Runs of consecutive points with values: a null year breaks the line, as Recharts does without connectNulls. */
export function runs<R extends { year: number }>(rows: readonly R[], x: Scale, y: Scale, pick: (r: R) => number | null): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  for (const row of rows) {
    const value = pick(row);
    const px = x(row.year);
    const py = value === null ? undefined : y(value);
    if (px === undefined || py === undefined) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([px, py]);
  }
  if (current.length) out.push(current);
  return out;
}

export const linePath = (points: readonly Point[]): string => points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join('');

/** The closed outline of a band: along its highs, then back along its lows. */
export function bandPath(rows: readonly ChartRow[], x: Scale, y: Scale, pick: (r: ChartRow) => [number, number] | null): string {
  const lows = runs(rows, x, y, (r) => pick(r)?.[0] ?? null);
  const highs = runs(rows, x, y, (r) => pick(r)?.[1] ?? null);
  return lows
    .map((low, i) => {
      const high = highs[i] ?? [];
      return `${linePath(high)}${[...low].reverse().map(([px, py]) => `L${px.toFixed(1)},${py.toFixed(1)}`).join('')}Z`;
    })
    .join('');
}

/** A paper figure's marker: a diamond of radius r around (cx, cy). */
export const diamondPath = (cx: number, cy: number, r = 6): string => `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;

/** The y scale the charts use: a linear map of the axis domain (no padding) onto the plot's height. */
export const linearY = (domain: readonly [number, number], top: number, height: number): Scale => {
  const [d0, d1] = domain;
  return (value) => top + height * (1 - (value - d0) / (d1 - d0 || 1));
};
