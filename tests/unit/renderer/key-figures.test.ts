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
  return Object.fromEntries(RUN_IDS.map((run) => [run, make(run === 'baseline' ? () => 0 : run === 'low' ? () => -5 : run === 'high' ? () => 50 : scenarioExtra)])) as RegionRuns;
}
const projection: Projection = { years: YEARS, regions: { COL: runs((y) => y - 2018) } };

describe('key figures against the baseline', () => {
  const figures = keyFigures(projection, 'COL');

  it('gives the 2030 change as scenario minus baseline', () => {
    expect(figures.find((f) => f.output === 'remittancesUsd')?.change2030).toBe(12);
  });

  it('sums flows over 2019–2030 and leaves 2018 out', () => {
    // 1 + 2 + … + 12 = 78
    expect(figures.find((f) => f.output === 'feeSavingsUsd')?.cumulative).toBe(78);
  });

  it('counts migrants regularised as the extra permits issued', () => {
    expect(figures.find((f) => f.output === 'migrantsRegular')?.cumulative).toBe(78);
  });

  it('has no numbers for a place the projection does not cover', () => {
    expect(keyFigures(projection, 'XXX').every((f) => f.change2030 === null && f.cumulative === null)).toBe(true);
  });
});

describe('chart rows', () => {
  it('orders the low–high band and skips years without a value', () => {
    const rows = chartRows(projection, 'COL', 'migrantsRegular');
    expect(rows?.[0]?.scenario).toBeNull();
    expect(rows?.[0]?.band).toBeNull();
    expect(rows?.[1]).toMatchObject({ year: 2019, scenario: 101, baseline: 100, diff: 1, band: [95, 150], diffBand: [-5, 50] });
  });
});
