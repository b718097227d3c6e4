// The same invariants on the bundled 35-economy baseline built by shared/data.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { project } from '../../../shared/model';
import {
  checkAggregates,
  checkMonotoneLevers,
  checkNoNaNAndNonNegative,
  checkRegularPlusIrregularIsStock,
  checkStatusQuoEqualsBaseline,
} from './properties';

describe('engine invariants (bundled baseline)', () => {
  const baseline = modelBaseline();
  it('covers every country plus LAC, CAR, CAM and SAM', () => {
    const p = project(baseline, { levers: {}, countries: {}, parameters: {} });
    expect(Object.keys(p.regions).sort()).toEqual([...baseline.countries.map((c) => c.iso3), 'LAC', 'CAR', 'CAM', 'SAM'].sort());
  });
  it('a status-quo scenario equals the baseline run exactly', () => checkStatusQuoEqualsBaseline(baseline));
  it('no NaN and no negative stocks', () => checkNoNaNAndNonNegative(baseline, 30));
  it('regular + irregular equals the migrant stock', () => checkRegularPlusIrregularIsStock(baseline, 30));
  it('monotone levers', () => checkMonotoneLevers(baseline, 20));
  it('aggregates', () => checkAggregates(baseline, { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.3 }, countries: {}, parameters: {} }));
  it('calibration check: LAC remittances 2018 ≈ 1.7% of GDP as in the paper (WDI later vintage)', () => {
    const p = project(baseline, { levers: {}, countries: {}, parameters: {} });
    const pct = p.regions.LAC?.baseline.remittancesPctGdp[0] ?? NaN;
    expect(pct).toBeGreaterThan(1.5);
    expect(pct).toBeLessThan(1.9);
  });
});
