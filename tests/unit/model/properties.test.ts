// Engine invariants on the small fixture (fast), over many random scenarios.
import { describe, it } from 'vitest';
import { FIXTURE } from './fixture';
import {
  checkAggregates,
  checkFeeSavingsConvention,
  checkMonotoneLevers,
  checkNoNaNAndNonNegative,
  checkRegularPlusIrregularIsStock,
  checkStatusQuoEqualsBaseline,
} from './properties';

describe('engine invariants (fixture)', () => {
  it('a status-quo scenario equals the baseline run exactly', () => checkStatusQuoEqualsBaseline(FIXTURE));
  it('no NaN and no negative stocks, flows or costs, in any run', () => checkNoNaNAndNonNegative(FIXTURE, 150));
  it('regular + irregular equals the migrant stock whatever the levers', () => checkRegularPlusIrregularIsStock(FIXTURE, 150));
  it('higher regularisation never lowers regular migrants; lower cost never lowers remittances or savings', () =>
    checkMonotoneLevers(FIXTURE, 100));
  it('fee savings = price cut × baseline flow', () => checkFeeSavingsConvention(FIXTURE, 100));
  it('aggregates are sums of countries (additive) or recomputed ratios', () =>
    checkAggregates(FIXTURE, { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.4, absorptionCapacity: 'high' }, countries: { COL: { inflowPath: 'high' } }, parameters: {} }));
});
