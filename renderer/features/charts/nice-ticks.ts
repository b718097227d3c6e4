// Y-axis ticks computed here rather than by Recharts: its "nice ticks" run through decimal.js on every render,
// the largest single cost of a chart update while dragging. Same idea: 1, 2, 2.5 or 5 × a power of ten.

export interface Ticks {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = STEPS.find((s) => s * power >= raw - 1e-12) ?? 10;
  return step * power;
}

/** The axis of a series that is zero everywhere (a difference where nothing changed): the line in the middle and
 * one tick, 0 — a scale of +0.2, +0.4 … would suggest a change of a fraction of a dollar or a person. */
export const FLAT_ZERO: Ticks = { domain: [-1, 1], ticks: [0] };

/** About `count` evenly spaced round ticks covering [min, max]; zero is always included when the range spans it. */
export function niceTicks(min: number, max: number, count = 5): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  if (min === 0 && max === 0) return FLAT_ZERO;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
    if (min < 0 && max - pad >= 0) min = 0;
  }
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step + 1e-9) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return { domain: [ticks[0] ?? lo, ticks.at(-1) ?? hi], ticks };
}

/** The extent of the values a chart draws, optionally anchored at zero (levels of stocks and flows). */
export function extent(values: Iterable<number | null | undefined>, includeZero: boolean): [number, number] {
  let lo = includeZero ? 0 : Number.POSITIVE_INFINITY;
  let hi = includeZero ? 0 : Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/**
 * The axis to draw next: the previous one (same object) while the new values still fit it and fill at least
 * half of it, so the scale holds still while a lever is dragged — the line moves against fixed gridlines, and
 * Recharts has no axis to recompute. Otherwise a fresh nice axis.
 */
export function steadyTicks(previous: Ticks | null, min: number, max: number, count = 5): Ticks {
  const fresh = niceTicks(min, max, count);
  // The flat axis has no scale to hold still: any value off zero gets a fresh one.
  if (!previous || previous === FLAT_ZERO) return fresh;
  const [p0, p1] = previous.domain;
  const same = fresh.ticks.length === previous.ticks.length && fresh.ticks.every((t, i) => t === previous.ticks[i]);
  const fits = min >= p0 && max <= p1 && max - min >= 0.5 * (p1 - p0);
  return same || fits ? previous : fresh;
}
