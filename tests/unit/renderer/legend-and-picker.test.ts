// The chart legend lists only what the charts draw; the chart picker keeps between one and four charts.
import { describe, expect, it } from 'vitest';
import type { ChartMarker } from '../../../renderer/compute/engine-types';
import { MAX_CHARTS, toggleChart } from '../../../renderer/features/charts/ChartPicker';
import type { ChartRow } from '../../../renderer/features/charts/chart-rows';
import { legendItems } from '../../../renderer/features/charts/legend-items';

const row = (year: number, r: Partial<ChartRow> = {}): ChartRow => ({ year, observed: null, scenario: 10, baseline: 10, band: [8, 12], diff: 0, diffBand: [0, 0], ...r });
const paper: ChartMarker = { year: 2018, value: 9, kind: 'paper', source: 'paper' };

describe('legend items', () => {
  it('lists the observed line and the paper figure only where a chart draws them', () => {
    const modelOnly = { rows: [row(2019), row(2020)], markers: [] };
    expect(legendItems([modelOnly], 'levels')).toEqual(['scenario', 'baseline', 'band']);
    const withHistory = { rows: [row(2018, { observed: 9, scenario: null, baseline: null, band: null }), row(2019)], markers: [paper] };
    expect(legendItems([modelOnly, withHistory], 'levels')).toEqual(['observed', 'scenario', 'baseline', 'band', 'paper']);
  });

  it('leaves out a paper figure outside the years drawn, and everything levels-only in difference mode', () => {
    const rows = [row(2019, { observed: 9 }), row(2020)];
    expect(legendItems([{ rows, markers: [paper] }], 'levels')).toEqual(['observed', 'scenario', 'baseline', 'band']);
    expect(legendItems([{ rows, markers: [{ ...paper, year: 2019 }] }], 'difference')).not.toContain('paper');
    expect(legendItems([{ rows, markers: [] }], 'difference')).not.toContain('observed');
  });

  it('has no range in difference mode while nothing changed (the band has no width), and one once something did', () => {
    const unchanged = { rows: [row(2025), row(2030)], markers: [] };
    expect(legendItems([unchanged], 'difference')).toEqual(['scenario', 'baseline']);
    const changed = { rows: [row(2025), row(2030, { diff: 3, diffBand: [1, 4] })], markers: [] };
    expect(legendItems([unchanged, changed], 'difference')).toEqual(['scenario', 'baseline', 'band']);
  });

  it('lists nothing for a chart without data', () => {
    expect(legendItems([{ rows: null, markers: [paper] }], 'levels')).toEqual([]);
  });
});

describe('chart picker choice', () => {
  it('appends a ticked chart and removes an unticked one', () => {
    expect(toggleChart(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleChart(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('keeps at least one chart and at most four', () => {
    expect(toggleChart(['a'], 'a')).toEqual(['a']);
    expect(MAX_CHARTS).toBe(4);
    expect(toggleChart(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });
});
