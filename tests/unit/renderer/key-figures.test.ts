import { describe, expect, it } from 'vitest';
import { OUTPUT_IDS, RUN_IDS, YEARS, type OutputSeries, type Projection, type RegionRuns } from '../../../shared/model/types';
import { keyFigures } from '../../../renderer/features/cards/key-figures';
import { chartRows } from '../../../renderer/features/charts/chart-rows';

// A hand-made projection: baseline 100 a year, scenario 100 + (year − 2018), so differences are easy to check by hand.
function series(f: (year: number) => number | null): (number | null)[] {
  return YEARS.map(f);
}
function runs(scenarioExtra: (year: number) => number): RegionRuns {
  const make = (extra: (year: number) => number): OutputSeries =>
    Object.fromEntries(OUTPUT_IDS.map((id) => [id, series((y) => (id === 'migrantsRegular' && y === 2018 ? null : 100 + extra(y)))])) as OutputSeries;
  const extra: Record<(typeof RUN_IDS)[number], (year: number) => number> = {
    baseline: () => 0,
    scenario: scenarioExtra,
    low: () => -5,
    high: () => 50,
    baselineLow: () => -6,
    baselineHigh: () => 47,
  };
  return Object.fromEntries(RUN_IDS.map((run) => [run, make(extra[run])])) as RegionRuns;
}
const projection: Projection = { years: YEARS, regions: { COL: runs((y) => y - 2018) } };

describe('key figures against the baseline', () => {
  const figures = keyFigures(projection, 'COL');

  it('gives the change in the SDG year (2030) and at the horizon (2035) as scenario minus baseline', () => {
    expect(figures.find((f) => f.output === 'remittancesUsd')?.change2030).toBe(12);
    expect(figures.find((f) => f.output === 'remittancesUsd')?.changeHorizon).toBe(17);
  });

  it('sums flows over 2019–2035 and leaves 2018 out', () => {
    // 1 + 2 + … + 17 = 153
    expect(figures.find((f) => f.output === 'feeSavingsUsd')?.cumulative).toBe(153);
  });

  it('counts migrants regularised as the extra permits issued', () => {
    expect(figures.find((f) => f.output === 'migrantsRegular')?.cumulative).toBe(153);
  });

  it('has no numbers for a place the projection does not cover', () => {
    expect(keyFigures(projection, 'XXX').every((f) => f.change2030 === null && f.cumulative === null)).toBe(true);
  });
});

describe('chart rows', () => {
  it('orders the low–high band and skips years without a value', () => {
    const rows = chartRows(projection, 'COL', 'migrantsRegular', { points: [], lastObserved: null });
    expect(rows?.[0]?.scenario).toBeNull();
    expect(rows?.[0]?.band).toBeNull();
    expect(rows?.[1]).toMatchObject({ year: 2019, scenario: 101, baseline: 100, diff: 1, band: [95, 150], diffBand: [1, 3], observed: null });
  });

  it('draws the observed record up to the last observed year and the projection (with its band) from there', () => {
    const rows = chartRows(projection, 'COL', 'remittancesUsd', { points: [{ year: 2023, value: 90 }, { year: 2024, value: 95 }], lastObserved: 2024 });
    const y = (year: number) => rows?.find((r) => r.year === year);
    expect(y(2023)).toMatchObject({ observed: 90, scenario: null, baseline: null, band: null });
    expect(y(2024)).toMatchObject({ observed: 95, scenario: 106, baseline: 100 });
    expect(y(2025)).toMatchObject({ observed: null, scenario: 107, band: [95, 150] });
  });
});
