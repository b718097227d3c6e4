// The same invariants on the bundled 35-economy baseline, anchored at its observed record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { OUTPUT_IDS, parameterDefs, project } from '../../../shared/model';
import type { OutputId, ScenarioInputs } from '../../../shared/model';
import { prepared } from '../../../shared/model/growth';
import { FIRST_PROJECTION_YEAR, FIRST_YEAR, YEARS } from '../../../shared/model/years';
import { scenarioArb } from './arbitraries';
import {
  bandFailures,
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
  // An absorption setting acts from the policy start year, so a parameter can move the net fiscal balance one way
  // before it and the other way after; the band plan holds such parameters (random scenarios rarely hit these).
  for (const absorptionCapacity of ['low', 'high'] as const) {
    for (const policyStartYear of [FIRST_PROJECTION_YEAR, 2030]) {
      it(`low ≤ central ≤ high with absorption ${absorptionCapacity} from ${policyStartYear}`, () => {
        const failures = bandFailures(project(baseline, { levers: { absorptionCapacity, policyStartYear }, countries: {}, parameters: {} }));
        expect(failures.slice(0, 3)).toEqual([]);
      });
    }
  }
  it('aggregates', () => checkAggregates(baseline, { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.3 }, countries: {}, parameters: {} }, 1e-3));
});

/**
 * The documented bound (docs/methodology.md, "Bands"): with no lever moved, no output changes by more than 20% from
 * one year to the next unless an observed value or a programme explains it. An output is checked from the first year
 * after the last observed year of the series it is computed from (so the step from the record into the projection is
 * checked too), and a year in which, or just after which, a programme issued permits is exempt for the status and
 * fiscal outputs. The net fiscal balance is measured against the gross flows behind it (taxes plus public cost), as a
 * balance near zero has no meaningful percentage change. Changes smaller than US$1 million or 1,000 people (permits,
 * jobs) are immaterial and not counted.
 */
export const YEARLY_CHANGE_BOUND = 0.2;
const FLOWS_TO_ZERO: readonly OutputId[] = ['permitsIssued', 'newlyRegularised', 'feeSavingsUsd'];
const immaterial = (output: OutputId, change: number): boolean =>
  output.endsWith('Usd') ? change < 1e6 : output === 'remittancesPctGdp' || output === 'remittanceCostPct' ? false : change < 1000;

type Series = 'remittances' | 'gdp' | 'cost' | 'venezuelans' | 'others';
const STOCKS: readonly Series[] = ['venezuelans', 'others'];
/** The observed series each output is computed from, and whether the regularisation programmes move it. */
const INPUTS: Readonly<Record<OutputId, { series: readonly Series[]; programmes: boolean }>> = {
  remittancesUsd: { series: ['remittances', 'cost'], programmes: false },
  feeSavingsUsd: { series: ['remittances', 'cost'], programmes: false },
  remittancesPctGdp: { series: ['remittances', 'cost', 'gdp'], programmes: false },
  remittanceCostPct: { series: ['cost'], programmes: false },
  venezuelans: { series: ['venezuelans'], programmes: false },
  immigrants: { series: STOCKS, programmes: false },
  migrantsRegular: { series: STOCKS, programmes: true },
  migrantsIrregular: { series: STOCKS, programmes: true },
  permitsIssued: { series: STOCKS, programmes: true },
  permitsCumulative: { series: STOCKS, programmes: true },
  newlyRegularised: { series: STOCKS, programmes: true },
  formalJobsMigrants: { series: STOCKS, programmes: true },
  taxRevenueUsd: { series: [...STOCKS, 'gdp'], programmes: true },
  publicCostUsd: { series: [...STOCKS, 'gdp'], programmes: true },
  netFiscalUsd: { series: [...STOCKS, 'gdp'], programmes: true },
  unmetServiceDemand: { series: STOCKS, programmes: true },
  gdpContributionUsd: { series: [...STOCKS, 'gdp'], programmes: true },
};

describe('year-to-year changes', () => {
  // Parameters drawn inside their low–high range (the values the bands use), nothing else moved. Not the remittance
  // growth surprise u: it is the fan itself (u·σ a year, σ the observed volatility), a quantile and not a path.
  const inRange = fc
    .subarray([...parameterDefs()].filter((d) => d.low !== d.high && d.id !== 'remittanceGrowthSurprise'), { minLength: 1, maxLength: 8 })
    .chain((defs) => fc.tuple(...defs.map((d) => fc.double({ min: d.low, max: d.high, noNaN: true }))).map((v) => Object.fromEntries(defs.map((d, i) => [d.id, v[i] ?? d.default]))));

  it(`stay within ${YEARLY_CHANGE_BOUND * 100}% a year unless a lever, a programme or an observed value explains them`, () => {
    fc.assert(
      fc.property(inRange, (parameters) => {
        const p = project(baseline, { levers: {}, countries: {}, parameters });
        for (const c of baseline.countries) {
          const prep = prepared(c);
          const permitYears = new Set<number>();
          (c.programmes?.permits ?? []).forEach((v, i) => {
            if (v) permitYears.add(i).add(i + 1);
          });
          const runs = p.regions[c.iso3];
          if (!runs) continue;
          for (const output of OUTPUT_IDS) {
            if (FLOWS_TO_ZERO.includes(output)) continue;
            // The first change no observed value explains: into the year after the output's latest observed input.
            const firstFree = Math.max(...INPUTS[output].series.map((k) => prep[k].last)) + 1;
            // The central run: the low and high runs add the band's own widening (a fan), which is uncertainty, not a path.
            {
              const s: readonly (number | null)[] = runs.scenario[output];
              const scale = Math.max(...s.map((v) => Math.abs(v ?? 0)));
              for (let i = Math.max(1, firstFree); i < YEARS.length; i++) {
                const a = s[i - 1];
                const b = s[i];
                if (a == null || b == null || scale === 0 || (INPUTS[output].programmes && permitYears.has(i))) continue;
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
