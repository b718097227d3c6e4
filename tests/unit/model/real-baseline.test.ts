// The same invariants on the bundled 35-economy baseline, anchored at its observed record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { OUTPUT_IDS, parameterDefs, project } from '../../../shared/model';
import type { OutputId, ScenarioInputs } from '../../../shared/model';
import { prepared } from '../../../shared/model/growth';
import { FIRST_YEAR, YEARS } from '../../../shared/model/years';
import { scenarioArb } from './arbitraries';
import {
  checkAggregates,
  checkBandsOrdered,
  checkCostCap,
  checkInvestmentOnlyWhereUnmet,
  checkNoNaNAndNonNegative,
  checkRegularisationRaises,
  checkRegularisationRaisesStrictly,
  checkRegularPlusIrregularIsStock,
  checkStatusQuoEqualsBaseline,
} from './properties';

const baseline = modelBaseline();
const STATUS_QUO: ScenarioInputs = { levers: {}, countries: {}, parameters: {} };

describe('engine invariants (bundled baseline)', () => {
  it('covers every country plus LAC, CAR, CAM and SAM', () => {
    const p = project(baseline, STATUS_QUO);
    expect(Object.keys(p.regions).sort()).toEqual([...baseline.countries.map((c) => c.iso3), 'LAC', 'CAR', 'CAM', 'SAM'].sort());
  });
  it('an empty scenario equals the baseline run exactly', () => checkStatusQuoEqualsBaseline(baseline));
  it('no NaN and no negative stocks', () => checkNoNaNAndNonNegative(baseline, 15));
  it('regular + irregular equals the migrant stock', () => checkRegularPlusIrregularIsStock(baseline, 15));
  it('a higher regularisation rate raises regular migrants, permits, tax and public cost under every absorption setting', () =>
    checkRegularisationRaises(baseline, 12));
  it('with central parameters, a rate higher by a point strictly raises them wherever there are irregular migrants', () =>
    checkRegularisationRaisesStrictly(baseline, 6));
  it('a cost cap never raises any country’s cost', () => checkCostCap(baseline, 12));
  it('investment, under every absorption setting, only buys the places eligible migrants lack, up to its ceiling', () => checkInvestmentOnlyWhereUnmet(baseline, 8));
  it('low ≤ central ≤ high in every cell (nothing pinned)', () =>
    checkBandsOrdered(baseline, 12, scenarioArb(baseline.countries.map((c) => c.iso3)).map((s) => ({ ...s, parameters: {} }))));
  it('aggregates', () => checkAggregates(baseline, { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.3 }, countries: {}, parameters: {} }, 1e-3));
});

/**
 * The documented bound (docs/methodology.md, "Year-to-year changes"): with no lever moved, no output changes by more
 * than 20% from one year to the next once every series of the country has passed its last observed year — a bigger
 * change must come from a lever, a programme or an observed value. The net fiscal balance is measured against the
 * gross flows behind it (taxes plus public cost), as a balance near zero has no meaningful percentage change. Changes
 * smaller than US$1 million or 1,000 people (permits, jobs) are immaterial and not counted.
 */
export const YEARLY_CHANGE_BOUND = 0.2;
const FLOWS_TO_ZERO: readonly OutputId[] = ['permitsIssued', 'newlyRegularised', 'feeSavingsUsd'];
const immaterial = (output: OutputId, change: number): boolean =>
  output.endsWith('Usd') ? change < 1e6 : output === 'remittancesPctGdp' || output === 'remittanceCostPct' ? false : change < 1000;

describe('year-to-year changes', () => {
  // Parameters drawn inside their low–high range (the values the bands use), nothing else moved.
  const inRange = fc
    .subarray([...parameterDefs()].filter((d) => d.low !== d.high), { minLength: 1, maxLength: 8 })
    .chain((defs) => fc.tuple(...defs.map((d) => fc.double({ min: d.low, max: d.high, noNaN: true }))).map((v) => Object.fromEntries(defs.map((d, i) => [d.id, v[i] ?? d.default]))));

  it(`stay within ${YEARLY_CHANGE_BOUND * 100}% a year unless a lever, a programme or an observed value explains them`, () => {
    fc.assert(
      fc.property(inRange, (parameters) => {
        const p = project(baseline, { levers: {}, countries: {}, parameters });
        for (const c of baseline.countries) {
          const prep = prepared(c);
          // The first year after the country's latest observation is the first year nothing observed explains.
          const firstFree = Math.max(prep.remittances.last, prep.gdp.last, prep.venezuelans.last, prep.others.last, prep.cost.last) + 2;
          const runs = p.regions[c.iso3];
          if (!runs) continue;
          for (const output of OUTPUT_IDS) {
            if (FLOWS_TO_ZERO.includes(output)) continue;
            // The central run: the low and high runs add the band's own widening (a fan), which is uncertainty, not a path.
            {
              const s: readonly (number | null)[] = runs.scenario[output];
              const scale = Math.max(...s.map((v) => Math.abs(v ?? 0)));
              for (let i = Math.max(1, firstFree); i < YEARS.length; i++) {
                const a = s[i - 1];
                const b = s[i];
                if (a == null || b == null || scale === 0) continue;
                const base = output === 'netFiscalUsd' ? Math.abs(runs.scenario.taxRevenueUsd[i - 1] ?? 0) + Math.abs(runs.scenario.publicCostUsd[i - 1] ?? 0) : Math.max(Math.abs(a), 0.1 * scale);
                if (Math.abs(b - a) > YEARLY_CHANGE_BOUND * base && !immaterial(output, Math.abs(b - a))) expect.fail(`${c.iso3} ${output} ${FIRST_YEAR + i - 1}→${FIRST_YEAR + i}: ${a} → ${b}`);
              }
            }
          }
        }
      }),
      { numRuns: 10 },
    );
  });
});
