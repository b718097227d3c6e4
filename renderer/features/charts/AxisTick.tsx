// Axis ticks drawn as plain SVG text. Recharts' default tick measures every label through the DOM (a forced
// layout per label per render); ours are short numbers whose room is fixed by the axis width.
import type { SVGProps } from 'react';
import { AXIS_TICK } from './chart-style';

interface TickProps extends Omit<SVGProps<SVGTextElement>, 'ref'> {
  payload?: { value: number };
}

/** A tick renderer; `fontSize` for larger charts (presentation slides), with offsets that grow with it. */
export function makeTick(format: (value: number) => string, anchor: 'end' | 'middle', fontSize: number = AXIS_TICK.fontSize) {
  const em = fontSize / AXIS_TICK.fontSize;
  return function Tick({ x, y, payload }: TickProps) {
    if (payload === undefined) return null;
    return (
      <text x={x} y={y} dy={anchor === 'middle' ? 14 * em : 4 * em} dx={anchor === 'end' ? -4 * em : 0} textAnchor={anchor} fontSize={fontSize} fill={AXIS_TICK.fill}>
        {format(payload.value)}
      </text>
    );
  };
}

export const YearTick = makeTick((year) => String(year), 'middle');
