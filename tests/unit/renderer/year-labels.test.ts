// The "last observed" and "SDG 2030" labels above a chart stay inside the plot and apart, however narrow the chart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../renderer/features/charts/SeriesLayer';

const WIDTH = 7.6; // the estimate placeLabels uses per character
const LAST = 'last observed 2024';
const SDG = 'SDG 2030';
const span = (p: { x: number; anchor: 'start' | 'end' }, text: string): [number, number] => (p.anchor === 'start' ? [p.x, p.x + text.length * WIDTH] : [p.x - text.length * WIDTH, p.x]);

describe('year labels', () => {
  it('stay inside the plot whenever it is wider than the label, and never overlap on one row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 150, max: 900 }), fc.double({ min: 0.3, max: 0.7, noNaN: true }), fc.double({ min: 0.05, max: 0.3, noNaN: true }), (width, lastAt, gap) => {
        const left = 50;
        const right = left + width;
        const lastPx = left + lastAt * width;
        const sdgPx = lastPx + gap * width;
        const placed = placeLabels(left, right, { px: lastPx, text: LAST }, { px: sdgPx, text: SDG });
        if (!placed.last || !placed.sdg) return expect.fail('a label is missing');
        const a = span(placed.last, LAST);
        const b = span(placed.sdg, SDG);
        for (const [from, to] of [a, b] as const) {
          expect(from).toBeGreaterThanOrEqual(left - 1e-9);
          if (to - from <= width) expect(to).toBeLessThanOrEqual(right + 1e-9);
        }
        if (placed.last.row === placed.sdg.row) expect(a[1] <= b[0] || b[1] <= a[0]).toBe(true);
      }),
    );
  });

  it('put the last-observed label left of its line where it fits (over the history)', () => {
    const placed = placeLabels(50, 850, { px: 500, text: LAST }, { px: 650, text: SDG });
    expect(placed.last).toMatchObject({ anchor: 'end', x: 496, row: 0 });
    expect(placed.sdg).toMatchObject({ anchor: 'start', x: 654, row: 0 });
  });
});
