// Engine invariants on the small fixture (fast), over many random scenarios.
import { describe, it } from 'vitest';
import { scenarioArb } from './arbitraries';
import { FIXTURE } from './fixture';
import {
  checkAggregates,
  checkBandsOrdered,
  checkCostCap,
  checkFeeSavingsConvention,
  checkHistoryIndependent,
  checkInvestmentOnlyWhereUnmet,
  checkNoNaNAndNonNegative,
  checkRegularisationRaises,
  checkRegularisationRaisesStrictly,
  checkRegularPlusIrregularIsStock,
  checkStatusQuoEqualsBaseline,
} from './properties';

describe('engine invariants (fixture)', () => {
  it('a status-quo scenario equals the baseline run exactly', () => checkStatusQuoEqualsBaseline(FIXTURE));
  it('a projection does not depend on the projections before it (undo/redo show the same numbers)', () => checkHistoryIndependent(FIXTURE, 15), 20_000);
  it('no NaN and no negative stocks, flows or costs, in any run', () => checkNoNaNAndNonNegative(FIXTURE, 100));
  it('regular + irregular equals the migrant stock whatever the levers', () => checkRegularPlusIrregularIsStock(FIXTURE, 100));
  it('under every absorption setting, a higher regularisation rate raises regular migrants, permits, tax and public cost', () =>
    checkRegularisationRaises(FIXTURE, 60));
  it('with central parameters, a rate higher by a point strictly raises them wherever there are irregular migrants', () =>
    checkRegularisationRaisesStrictly(FIXTURE, 40));
  it('a cost cap never raises a cost; a lower cap never lowers remittances or fee savings', () => checkCostCap(FIXTURE, 60));
  it('fee savings = ramp × cut below the cap × baseline flow', () => checkFeeSavingsConvention(FIXTURE, 60));
  it('investment, under every absorption setting, only buys the places eligible migrants lack, up to its ceiling', () => checkInvestmentOnlyWhereUnmet(FIXTURE, 40));
  it('low ≤ central ≤ high in every cell, by the direction of each parameter (nothing pinned)', () =>
    checkBandsOrdered(FIXTURE, 60, scenarioArb(FIXTURE.countries.map((c) => c.iso3)).map((s) => ({ ...s, parameters: {} }))));
  it('aggregates are sums of countries (additive) or recomputed ratios', () =>
    checkAggregates(FIXTURE, { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.4, absorptionCapacity: 'high' }, countries: { COL: { inflowPath: 'high' } }, parameters: {} }));
});
