// Each module's equations against hand calculations on the fixture, with default parameters
// (values from data/model/parameters.json, written out here so a changed default shows up).
import { describe, expect, it } from 'vitest';
import { project } from '../../../shared/model';
import { FIXTURE, HTI, VEN } from './fixture';
import { at, STATUS_QUO } from './helpers';

const close = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9 + 1e-6);
};

// Shared hand-calculated quantities for Colombia (default parameters).
const W0 = 4_769_498;
const M2019 = 150_000 + 1_630_903; // other immigrants + Venezuelans
const M2020 = 150_000 + 1_630_903 * (5_400_000 / W0); // central path: 5.4m abroad by 2020
const A2020 = M2020 - M2019; // arrivals; exit rate 0
const I2019 = 0.574 * 1_630_903 + 0.1 * 150_000; // observed Venezuelan share; 10% of others
const G2019 = M2019 - I2019;
const scale = (year: number): number => (334_198_218_098 * 1.03 ** (year - 2018)) / 49_907_985 / 6731;

describe('Module A: remittance costs', () => {
  const target = project(FIXTURE, { levers: { remittanceCostTargetPct: 3 }, countries: {}, parameters: {} });
  const col = target.regions.COL?.scenario;

  it('A1: baseline flows grow at g_R = 5% from the 2018 figure', () => {
    close(at(target.regions.COL?.baseline.remittancesUsd, 2018), 6_675_000_000);
    close(at(target.regions.COL?.baseline.remittancesUsd, 2025), 6_675_000_000 * 1.05 ** 7);
  });

  it('A3–A4: halfway through the 2020→2030 ramp the price is 4.2% and flows rise by exp(0.015 × 1.2)', () => {
    // s_2025 = (2025 − 2020)/(2030 − 2020) = 0.5; c_2025 = 5.4 − 0.5 × (5.4 − 3) = 4.2; cut = 1.2 pp
    close(at(col?.remittancesUsd, 2025), 6_675_000_000 * 1.05 ** 7 * Math.exp(0.015 * 1.2));
    close(at(col?.remittancesUsd, 2020), 6_675_000_000 * 1.05 ** 2); // ramp starts in 2020: no change yet
  });

  it('A6: fee savings are the price cut times the baseline flow (static convention)', () => {
    close(at(col?.feeSavingsUsd, 2025), 0.012 * 6_675_000_000 * 1.05 ** 7);
    close(at(col?.feeSavingsUsd, 2030), 0.024 * 6_675_000_000 * 1.05 ** 12); // full 2.4 pp cut in 2030
  });

  it('A10: remittances/GDP uses GDP grown at g_Y = 3%', () => {
    close(at(col?.remittancesPctGdp, 2030), ((6_675_000_000 * 1.05 ** 12 * Math.exp(0.015 * 2.4)) / (334_198_218_098 * 1.03 ** 12)) * 100);
  });

  it('an earlier target year reaches the target price sooner', () => {
    const early = project(FIXTURE, { levers: { remittanceCostTargetPct: 3, remittanceCostTargetYear: 2022 }, countries: {}, parameters: {} });
    // s_2022 = 1: full 2.4 pp cut already in 2022
    close(at(early.regions.COL?.scenario.feeSavingsUsd, 2022), 0.024 * 6_675_000_000 * 1.05 ** 4);
  });

  it('countries without remittance data or GDP get null, not zero', () => {
    expect(target.regions.VEN?.scenario.remittancesUsd.every((v) => v === null)).toBe(true);
    expect(target.regions.VEN?.scenario.remittancesPctGdp.every((v) => v === null)).toBe(true);
    expect(target.regions.VEN?.scenario.feeSavingsUsd.every((v) => v === null)).toBe(true);
    expect(VEN.remittances2018Usd).toBeNull();
  });
});

describe('Module B: regularisation (simple mode)', () => {
  const run = project(FIXTURE, { levers: { regularisationRatePerYear: 0.5 }, countries: {}, parameters: {} });
  const col = run.regions.COL?.scenario;
  const K = 0.3 * M2019; // status-quo processing capacity: 30% of the 2019 stock
  const P2020 = Math.min(0.5 * I2019, K); // = 0.5 × I2019 (capacity not binding)
  const I2020 = I2019 - P2020 + 0.5 * A2020; // half of arrivals irregular
  const G2020 = M2020 - I2020;

  it('stocks start in 2019 from the observed irregular share; 2018 has no stock', () => {
    expect(col?.migrantsIrregular[0]).toBeNull();
    close(at(col?.migrantsIrregular, 2019), I2019);
    close(at(col?.migrantsRegular, 2019), G2019);
  });

  it('P_t = min(π·I_{t−1}, K) and the stocks follow B5', () => {
    expect(col?.permitsIssued[1]).toBeNull(); // no permits before 2020
    close(at(col?.permitsIssued, 2020), P2020);
    close(at(col?.migrantsIrregular, 2020), I2020);
    close(at(col?.migrantsRegular, 2020), G2020);
  });

  it('processing capacity caps permits', () => {
    const capped = project(FIXTURE, { levers: { regularisationRatePerYear: 0.5, processingCapacityShare: 0.1 }, countries: {}, parameters: {} });
    close(at(capped.regions.COL?.scenario.permitsIssued, 2020), 0.1 * M2019);
  });

  it('B7: stayers converge towards FGmax at λ, newcomers enter at FG0', () => {
    const converged = 0.3 + 0.2 * (0.52 - 0.3); // FG_2019 + λ(FGmax − FG_2019) = 0.344
    const newcomers = P2020 + 0.5 * A2020;
    const fg = (G2019 * converged + newcomers * 0.15) / (G2019 + newcomers);
    close(at(col?.formalJobsMigrants, 2020), 0.73 * 0.9 * G2020 * fg);
  });

  it('B9–B10: revenue counts r_inc only for migrants regular because of the programme; admin cost per permit', () => {
    const G2020statusQuo = M2020 - (I2019 + 0.5 * A2020);
    close(at(col?.taxRevenueUsd, 2020), scale(2020) * (182 * M2020 + 550 * (G2020 - G2020statusQuo)));
    close(at(run.regions.COL?.baseline.taxRevenueUsd, 2020), scale(2020) * 182 * M2020);
    // net fiscal difference between scenario and baseline = extra revenue − 50 US$ × permits (no fee)
    const dNet = at(col?.netFiscalUsd, 2020) - at(run.regions.COL?.baseline.netFiscalUsd, 2020);
    close(dNet, scale(2020) * 550 * (G2020 - G2020statusQuo) - 50 * P2020);
  });
});

describe('Module C: absorption', () => {
  const run = project(FIXTURE, STATUS_QUO);
  const col = run.regions.COL?.baseline;

  it('C1–C4: 2019 unmet demand with medium spare capacity (78% of eligible demand)', () => {
    const eligibleEdu = 0.2 * M2019; // irregular children may use schools
    const eligibleHealth = 1 * G2019; // irregular migrants: emergency care only
    const demand = 0.2 * M2019 + 1 * M2019;
    close(at(col?.unmetServiceDemand, 2019), demand - 0.78 * eligibleEdu - 0.78 * eligibleHealth);
  });

  it('C5–C6: 2019 public cost = places used × running cost (no arrivals measured yet); net fiscal = revenue − cost', () => {
    const cost = scale(2019) * (0.78 * 0.2 * M2019 * 915 + 0.78 * G2019 * 244);
    close(at(col?.publicCostUsd, 2019), cost);
    close(at(col?.netFiscalUsd, 2019), scale(2019) * 182 * M2019 - cost);
  });

  it('C5: 2020 adds the humanitarian cost of arrivals, less grants covering 48.4% of it', () => {
    const humanitarian = scale(2020) * 1300 * A2020;
    const base = project(FIXTURE, STATUS_QUO).regions.COL?.baseline;
    // capacity binds (it stays at its 2019 level while demand grows), so served places are the 2019 capacity
    const running = scale(2020) * (0.78 * 0.2 * M2019 * 915 + 0.78 * G2019 * 244);
    close(at(base?.publicCostUsd, 2020), running + humanitarian);
    close(at(base?.netFiscalUsd, 2020), scale(2020) * 182 * M2020 - running - humanitarian + 0.484 * humanitarian);
  });

  // 0.01% of GDP keeps both sectors short of places, so every new place is used.
  it('C3: custom investment buys places at k_cap × running cost, split by need rates', () => {
    const custom = project(FIXTURE, { levers: { absorptionCapacity: 'custom', absorptionInvestmentPctGdp: 0.01 }, countries: {}, parameters: {} });
    const investment = 0.0001 * 334_198_218_098 * 1.03 ** 2;
    const newEdu = ((0.2 / 1.2) * investment) / (915 * scale(2020));
    const newHealth = ((1 / 1.2) * investment) / (244 * scale(2020));
    const before = at(run.regions.COL?.baseline.unmetServiceDemand, 2020);
    close(before - at(custom.regions.COL?.scenario.unmetServiceDemand, 2020), newEdu + newHealth);
  });

  it('C7–C8: GDP contribution = y·(φ_inf·informal + φ_form·formal jobs)·(1 − d)', () => {
    const y = (334_198_218_098 * 1.03) / (49_907_985 * 0.45);
    const employed = 0.73 * 0.9 * M2019;
    const formal = 0.73 * 0.9 * G2019 * 0.3;
    close(at(col?.gdpContributionUsd, 2019), y * (0.7 * (employed - formal) + 0.95 * formal) * 0.9);
  });

  it('fiscal and GDP outputs are null without GDP (Venezuela); service demand is not', () => {
    expect(run.regions.VEN?.baseline.taxRevenueUsd.every((v) => v === null)).toBe(true);
    expect(run.regions.VEN?.baseline.gdpContributionUsd.every((v) => v === null)).toBe(true);
    expect(at(run.regions.VEN?.baseline.unmetServiceDemand, 2025)).toBeGreaterThan(0);
  });

  it('a country hosting no Venezuelans keeps its stock flat on every path', () => {
    const high = project(FIXTURE, { levers: { inflowPath: 'high' }, countries: {}, parameters: {} });
    const stock = (y: number): number => at(high.regions.HTI?.scenario.migrantsRegular, y) + at(high.regions.HTI?.scenario.migrantsIrregular, y);
    close(stock(2030), HTI.otherImmigrants2019);
  });
});
