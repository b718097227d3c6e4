import { describe, expect, it } from 'vitest';
import { extent, niceTicks, steadyTicks } from '../../../renderer/features/charts/nice-ticks';

describe('y-axis ticks', () => {
  it('covers the data with round steps', () => {
    const { domain, ticks } = niceTicks(0, 283e9);
    expect(ticks[0]).toBe(0);
    expect(domain[1]).toBeGreaterThanOrEqual(283e9);
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect([50e9, 100e9]).toContain(step);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(7);
  });

  it('spans negative and positive values with zero as a tick', () => {
    const { ticks } = niceTicks(-5.4e9, 5.6e9);
    expect(ticks).toContain(0);
    expect(ticks[0]).toBeLessThanOrEqual(-5.4e9);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(5.6e9);
  });

  it('gives a visible range for a flat series', () => {
    const { domain } = niceTicks(0, 0);
    expect(domain[1]).toBeGreaterThan(domain[0]);
    expect(niceTicks(5, 5).ticks.length).toBeGreaterThan(1);
  });

  it('labels a series that is zero everywhere with 0 alone, in the middle: no scale of fractions', () => {
    const { domain, ticks } = niceTicks(0, 0);
    expect(ticks).toEqual([0]);
    expect(domain[0]).toBe(-domain[1]);
  });

  it('takes the extent over values, skipping gaps, optionally from zero', () => {
    expect(extent([null, 3, 7, undefined], true)).toEqual([0, 7]);
    expect(extent([null, -2, 7], false)).toEqual([-2, 7]);
    expect(extent([null], false)).toEqual([0, 1]);
  });
});

describe('steady axis while dragging', () => {
  it('keeps the same axis object while new values fit it and fill at least half of it', () => {
    const first = steadyTicks(null, 0, 14_000_000, 6);
    expect(steadyTicks(first, 0, 12_500_000, 6)).toBe(first);
  });

  it('grows the axis when a value no longer fits', () => {
    const first = steadyTicks(null, 0, 14_000_000, 6);
    const next = steadyTicks(first, 0, 23_000_000, 6);
    expect(next).not.toBe(first);
    expect(next.domain[1]).toBeGreaterThanOrEqual(23_000_000);
  });

  it('leaves the flat axis of a zero series as soon as a value is off zero', () => {
    const flat = steadyTicks(null, 0, 0, 6);
    const next = steadyTicks(flat, 0, 0.6, 6);
    expect(next.ticks.length).toBeGreaterThan(1);
    expect(next.domain[1]).toBeGreaterThanOrEqual(0.6);
  });

  it('shrinks the axis when the values would use less than half of it', () => {
    const first = steadyTicks(null, 0, 14_000_000, 6);
    const next = steadyTicks(first, 0, 3_000_000, 6);
    expect(next.domain[1]).toBeLessThan(7_000_000);
  });
});
