// Each module's equations against hand calculations on the fixture (no observed record, so every series grows at
// its long-run rate), with default parameters written out here so a changed default shows up.
import { describe, expect, it } from 'vitest';
import { project } from '../../../shared/model';
import { FIXTURE, HTI, MEX, VEN } from './fixture';
import { at, STATUS_QUO } from './helpers';

const close = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-6);
};

// Defaults (data/model/parameters.json).
const gR = 0.04; // long-run remittance growth
const gY = 0.04; // long-run GDP growth
const x = 0.015; // exit rate
const sIrr = 0.5; // irregular share of arrivals
const g19 = 0.508; // growth of Venezuelan stocks during 2019
// Colombia in the fixture: 1,630,903 Venezuelans (flat: no record to grow from) and 150,000 other immigrants.
const V = 1_630_903;
const O = 150_000;
const scale = (year: number): number => (334_198_218_098 * (1 + gY) ** (year - 2018)) / 49_907_985 / 6731;
const RF = (year: number): number => 6_675_000_000 * (1 + gR) ** (year - 2018);

/** Status stocks of Colombia, year by year, with no lever: exits leave pro rata, churn arrivals replace them. */
function statusQuoStocks(until: number): { iV: number; gV: number; iO: number; gO: number } {
  let iV = 0.574 * V;
  let iO = 0.1 * O;
  for (let year = 2020; year <= until; year++) {
    // V and O are flat, so arrivals = exits = x × stock; irregular stocks keep (1 − x) and gain s_irr of arrivals.
    iV = iV * (1 - x) + sIrr * x * V;
    iO = iO * (1 - x) + 0.1 * x * O; // other immigrants arrive irregular in their stock's share s⁰_O
  }
  return { iV, gV: V - iV, iO, gO: O - iO };
}

describe('Module A: remittance costs', () => {
  const capped = project(FIXTURE, { levers: { remittanceCostTargetPct: 3 }, countries: {}, parameters: {} });
  const col = capped.regions.COL?.scenario;

  it('A1: with no record, flows grow at the long-run rate g_R from the 2018 figure', () => {
    close(at(capped.regions.COL?.baseline.remittancesUsd, 2018), 6_675_000_000);
    close(at(capped.regions.COL?.baseline.remittancesUsd, 2025), RF(2025));
  });

  it('A3–A4: the cap ramps from the policy start year (2025: 1/6 of the way to 2030) and flows rise by exp(β·cut)', () => {
    // s_2025 = (2025 − 2025 + 1)/(2030 − 2025 + 1) = 1/6; cut = (5.4 − 3)/6 = 0.4 pp
    close(at(col?.remittanceCostPct, 2025), 5.4 - 0.4);
    close(at(col?.remittancesUsd, 2025), RF(2025) * Math.exp(0.015 * 0.4));
    close(at(col?.remittancesUsd, 2024), RF(2024)); // before the policy start year: no change
  });

  it('A6: fee savings are the price cut times the baseline flow (static convention)', () => {
    close(at(col?.feeSavingsUsd, 2025), 0.004 * RF(2025));
    close(at(col?.feeSavingsUsd, 2030), 0.024 * RF(2030)); // full 2.4 pp cut in 2030
  });

  it('the cap never raises a cost: Mexico at 5.2% is untouched by a 6% cap', () => {
    const loose = project(FIXTURE, { levers: { remittanceCostTargetPct: 6 }, countries: {}, parameters: {} });
    expect(loose.regions.MEX?.scenario.remittanceCostPct).toEqual(loose.regions.MEX?.baseline.remittanceCostPct);
    expect(loose.regions.MEX?.scenario.feeSavingsUsd.every((v) => v === 0)).toBe(true);
    expect(MEX.remittanceCostPct).toBe(5.2);
  });

  it('A10: remittances/GDP uses GDP grown at g_Y', () => {
    close(at(col?.remittancesPctGdp, 2030), ((RF(2030) * Math.exp(0.015 * 2.4)) / (334_198_218_098 * (1 + gY) ** 12)) * 100);
  });

  it('a target year before the policy start year applies the cap from the start', () => {
    const early = project(FIXTURE, { levers: { remittanceCostTargetPct: 3, remittanceCostTargetYear: 2022 }, countries: {}, parameters: {} });
    close(at(early.regions.COL?.scenario.feeSavingsUsd, 2025), 0.024 * RF(2025));
    close(at(early.regions.COL?.scenario.feeSavingsUsd, 2024), 0);
  });

  it('countries without remittance data or GDP get null, not zero', () => {
    expect(capped.regions.VEN?.scenario.remittancesUsd.every((v) => v === null)).toBe(true);
    expect(capped.regions.VEN?.scenario.remittancesPctGdp.every((v) => v === null)).toBe(true);
    expect(capped.regions.VEN?.scenario.feeSavingsUsd.every((v) => v === null)).toBe(true);
    expect(VEN.remittances2018Usd).toBeNull();
  });
});

describe('Migrant stock and arrivals', () => {
  const run = project(FIXTURE, STATUS_QUO).regions.COL?.baseline;

  it('the stock is Venezuelans plus other immigrants; none before 2019', () => {
    expect(run?.immigrants[0]).toBeNull();
    close(at(run?.immigrants, 2025), V + O);
    close(at(run?.venezuelans, 2025), V);
  });

  it('arrivals are counted from 2019, from the end-2018 stock at the 2019 growth of Colombia’s count; 2018 newcomers are still supported', () => {
    // Newcomers supported in 2019 = this year's arrivals of the response (Venezuelans plus irregular other arrivals)
    // + those of 2018 still supported (1 − 1/τ_h of the 2018 Venezuelan arrivals, at the same 2019 growth).
    const v18 = V / (1 + g19);
    const arrivalsV2019 = V - v18 + Math.min(x * v18, V);
    const arrivalsO2019 = x * O; // others are flat: churn only
    const arrivalsV2018 = v18 - v18 / (1 + g19);
    const newcomers = arrivalsV2019 + 0.1 * arrivalsO2019 + arrivalsV2018 * (1 - 1 / 2.5);
    const { iV, iO } = statusQuoStocks(2019);
    const regularClients = V - iV; // no time-limited permits yet
    const irregularClients = iV + iO;
    const running = scale(2019) * (0.78 * 0.2 * (regularClients + irregularClients) * 915 + 0.78 * regularClients * 244);
    close(at(run?.publicCostUsd, 2019), running + scale(2019) * 900 * newcomers);
  });
});

describe('Module B: regularisation (simple mode)', () => {
  const run = project(FIXTURE, { levers: { regularisationRatePerYear: 0.5 }, countries: {}, parameters: {} });
  const col = run.regions.COL?.scenario;
  const before = statusQuoStocks(2024);
  const K = 0.3 * (V + O); // status-quo processing capacity: 30% of the 2019 stock
  // 2025, the policy start year: exits leave pro rata, then permits, then arrivals.
  const iV = before.iV * (1 - x);
  const iO = before.iO * (1 - x);
  const P = Math.min(0.5 * (iV + iO), K);
  const I2025 = iV + iO - P + sIrr * x * V + 0.1 * x * O;

  it('stocks start in 2019 from the observed irregular share; 2018 has no stock', () => {
    expect(col?.migrantsIrregular[0]).toBeNull();
    close(at(col?.migrantsIrregular, 2019), 0.574 * V + 0.1 * O);
  });

  it('the lever acts from the policy start year: P = min(π·(I′ + L), K), and the stocks follow B5', () => {
    close(at(col?.permitsIssued, 2024), 0);
    close(at(col?.migrantsIrregular, 2024), before.iV + before.iO);
    close(at(col?.permitsIssued, 2025), P);
    close(at(col?.newlyRegularised, 2025), P);
    close(at(col?.migrantsIrregular, 2025), I2025);
    close(at(col?.migrantsRegular, 2025), V + O - I2025);
    close(at(col?.permitsCumulative, 2025), P);
  });

  it('processing capacity caps permits', () => {
    const capped = project(FIXTURE, { levers: { regularisationRatePerYear: 0.5, processingCapacityShare: 0.1 }, countries: {}, parameters: {} });
    close(at(capped.regions.COL?.scenario.permitsIssued, 2025), 0.1 * (V + O));
  });

  it('a later policy start year leaves the years before it as the baseline', () => {
    const later = project(FIXTURE, { levers: { regularisationRatePerYear: 0.5, policyStartYear: 2028 }, countries: {}, parameters: {} });
    expect(later.regions.COL?.scenario.migrantsRegular.slice(0, 10)).toEqual(later.regions.COL?.baseline.migrantsRegular.slice(0, 10));
    expect(at(later.regions.COL?.scenario.permitsIssued, 2028)).toBeGreaterThan(0);
  });

  it('B9–B10: taxes are r_0 per migrant of the response plus r_F per formal job they hold; permits cost k_t·k_admin − fee', () => {
    // Migrants of the response: Venezuelans, plus other immigrants who are irregular or hold a time-limited permit.
    const pO = (P * iO) / (iV + iO);
    const pV = P - pO;
    const iOAfter = iO - pO + 0.1 * x * O;
    const clients = V + iOAfter + pO;
    // Regular migrants of the response hold formal jobs at the regular formal share FG (B7, read from the output).
    const regularClients = V - (iV - pV + sIrr * x * V) + pO;
    const formalShare = at(col?.formalJobsMigrants, 2025) / (0.73 * 0.9 * at(col?.migrantsRegular, 2025));
    close(at(col?.taxRevenueUsd, 2025), scale(2025) * (131 * clients + 532 * 0.73 * 0.9 * regularClients * formalShare));
    // No one is regularised by the lever in the baseline; each person regularised in 2025 adds r_F × FG0 of a formal job.
    const dTax = at(col?.taxRevenueUsd, 2025) - at(run.regions.COL?.baseline.taxRevenueUsd, 2025);
    expect(dTax).toBeGreaterThan(0);
    const dNet = at(col?.netFiscalUsd, 2025) - at(run.regions.COL?.baseline.netFiscalUsd, 2025);
    const dCost = at(col?.publicCostUsd, 2025) - at(run.regions.COL?.baseline.publicCostUsd, 2025);
    close(dNet, dTax - dCost - 50 * scale(2025) * P);
  });

  it('regularising people makes them eligible for health coverage, which costs, under the default absorption', () => {
    const dCost = at(col?.publicCostUsd, 2025) - at(run.regions.COL?.baseline.publicCostUsd, 2025);
    // Each newly regular migrant of the response gains health coverage at 78% access (schools were already open).
    const pO = (P * iO) / (iV + iO);
    const newlyEligibleClients = P - pO + pO; // Venezuelans and other immigrants with a time-limited permit
    close(dCost, scale(2025) * 0.78 * newlyEligibleClients * 244);
    expect(dCost).toBeGreaterThan(0);
  });
});

describe('Module C: absorption', () => {
  const run = project(FIXTURE, STATUS_QUO);
  const col = run.regions.COL?.baseline;

  it('C1–C4: unmet demand = demand − the share of eligible demand the services reach (78%, medium)', () => {
    const { iV, iO } = statusQuoStocks(2019);
    const regular = V - iV;
    const clients = V + iO;
    const eligibleEdu = 0.2 * clients; // irregular children may use schools
    const eligibleHealth = regular; // irregular migrants: emergency care only
    close(at(col?.unmetServiceDemand, 2019), 0.2 * clients + clients - 0.78 * eligibleEdu - 0.78 * eligibleHealth);
  });

  it('C3: investment buys places only while eligible demand is unmet, up to its ceiling, split by each sector’s gap', () => {
    const small = project(FIXTURE, { levers: { absorptionInvestmentPctGdp: 0.01 }, countries: {}, parameters: {} });
    const gdp2025 = 334_198_218_098 * (1 + gY) ** 7;
    const { iV, iO } = statusQuoStocks(2025);
    const regular = V - iV;
    const gapEdu = 0.22 * 0.2 * (V + iO);
    const gapHealth = 0.22 * regular;
    const need = gapEdu * 915 * scale(2025) + gapHealth * 244 * scale(2025);
    const investment = Math.min(0.0001 * gdp2025, need);
    const dPublic = at(small.regions.COL?.scenario.publicCostUsd, 2025) - at(col?.publicCostUsd, 2025);
    // Public cost rises by the investment plus the running cost of the places it opened.
    close(dPublic, investment + investment / 1); // k_cap = 1: a place costs one year of running cost
    expect(investment).toBeLessThan(need); // the ceiling binds here …
    // … and here the cost of the gap does: 1% of GDP buys every place lacking, and no more.
    const ample = project(FIXTURE, { levers: { absorptionInvestmentPctGdp: 1 }, countries: {}, parameters: {} });
    expect(need).toBeLessThan(0.01 * gdp2025);
    close(at(ample.regions.COL?.scenario.publicCostUsd, 2025) - at(col?.publicCostUsd, 2025), need + need / 1);
    const fullAccess = project(FIXTURE, { levers: { absorptionCapacity: 'high', absorptionInvestmentPctGdp: 1 }, countries: {}, parameters: {} });
    expect(fullAccess.regions.COL?.scenario.publicCostUsd).toEqual(project(FIXTURE, { levers: { absorptionCapacity: 'high' }, countries: {}, parameters: {} }).regions.COL?.scenario.publicCostUsd);
  });

  it('C7–C8: GDP contribution = y·(φ_inf·informal + φ_form·formal jobs)·(1 − d), over all migrants', () => {
    const { iV, iO } = statusQuoStocks(2019);
    const y = (334_198_218_098 * (1 + gY)) / (49_907_985 * 0.45);
    const employed = 0.73 * 0.9 * (V + O);
    const formal = 0.73 * 0.9 * (V + O - iV - iO) * 0.3;
    close(at(col?.gdpContributionUsd, 2019), y * (0.7 * (employed - formal) + 0.95 * formal) * 0.9);
  });

  it('fiscal and GDP outputs are null without GDP (Venezuela); service demand is not', () => {
    expect(run.regions.VEN?.baseline.taxRevenueUsd.every((v) => v === null)).toBe(true);
    expect(run.regions.VEN?.baseline.gdpContributionUsd.every((v) => v === null)).toBe(true);
    expect(at(run.regions.VEN?.baseline.unmetServiceDemand, 2025)).toBeGreaterThan(0);
  });

  it('a country hosting no Venezuelans keeps its stock flat on every path', () => {
    const high = project(FIXTURE, { levers: { inflowPath: 'high' }, countries: {}, parameters: {} });
    close(at(high.regions.HTI?.scenario.immigrants, 2030), HTI.otherImmigrants2019);
  });
});
