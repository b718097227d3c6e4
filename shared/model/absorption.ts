// Module C (model-evidence §3.6, C1–C9): services for the migrants of the response (Venezuelans and other migrants
// who are irregular or hold a time-limited permit; long-settled immigrants use and pay for services like natives),
// unmet demand, humanitarian support, public cost, the net fiscal balance and the GDP contribution of all migrants.
import { leverDef } from './catalogue';
import type { ResolvedLevers } from './levers';
import type { ParamValues } from './parameter-ids';
import type { RunContext } from './run-context';
import type { AbsorptionCapacity, CountryInputs } from './types';
import type { Workspace } from './workspace';
import { FIRST_PROJECTION_INDEX as FIRST_PROJECTION_INDEX_, FIRST_YEAR as FIRST_YEAR_, N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const FIRST_PROJECTION_INDEX = FIRST_PROJECTION_INDEX_;
const FIRST_YEAR = FIRST_YEAR_;
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;

/** The absorption setting of the baseline (data/model/levers.json), which holds before a policy starts. */
const BASELINE_ABSORPTION = leverDef('absorptionCapacity').baseline as AbsorptionCapacity;

/** Share of eligible demand the services reach under each absorption setting (custom keeps medium's). */
export function accessShare(preset: AbsorptionCapacity, p: ParamValues): number {
  switch (preset) {
    case 'low':
      return p.slackLow;
    case 'medium':
    case 'custom':
      return p.slackMedium;
    case 'high':
      return p.slackHigh;
  }
}

export function absorption(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  // A policy starts in its start year: before it, services reach what the baseline's setting reaches (C4), so the
  // scenario's past is the baseline's past.
  const startIndex = lev.policyStartYear - FIRST_YEAR;
  const accessFrom = Math.min(1, accessShare(lev.absorptionCapacity, p));
  const accessBefore = Math.min(1, accessShare(BASELINE_ABSORPTION, p));
  const ceiling = lev.absorptionInvestmentPctGdp / 100;
  const leave = 1 / p.newcomerSupportYears;
  const workersPerNative = country.population2019 * p.nativeEmploymentToPopulation;
  const g19 = p.venezuelanStockGrowth2019;
  const arrivals2018 = ((ws.venezuelans[STOCK_START_INDEX] ?? 0) / (1 + g19)) * (g19 / (1 + g19));

  for (let i = 0; i < STOCK_START_INDEX; i++) {
    ws.clients[i] = ws.servedEducation[i] = ws.servedHealth[i] = ws.placesEducation[i] = ws.placesHealth[i] = ws.unmet[i] = NaN;
    ws.investment[i] = ws.newcomers[i] = ws.publicCost[i] = ws.grants[i] = ws.netFiscal[i] = ws.gdpContribution[i] = NaN;
  }
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const access = i < startIndex ? accessBefore : accessFrom;
    const gdp = ws.gdp[i] ?? NaN;
    const scale = ws.scale[i] ?? NaN;
    const irregularClients = (ws.v.irregular[i] ?? 0) + (ws.o.irregular[i] ?? 0);
    const regularClients = (ws.v.settled[i] ?? 0) + (ws.v.temporary[i] ?? 0) + (ws.o.temporary[i] ?? 0);
    const clients = irregularClients + regularClients;
    // C1 demand and C2 eligible demand (irregular migrants: schools, not regular health coverage)
    const demandEdu = p.schoolNeedRate * clients;
    const demandHealth = p.healthNeedRate * clients;
    const eligibleEdu = p.schoolNeedRate * (regularClients + p.irregularAccessEducation * irregularClients);
    const eligibleHealth = p.healthNeedRate * (regularClients + p.irregularAccessHealth * irregularClients);
    // C3 capacity: services reach a share `access` of eligible demand; investment buys places for the rest, only
    // while eligible migrants are left without one, and never more than the ceiling.
    let placesEdu = i > STOCK_START_INDEX ? (ws.placesEducation[i - 1] ?? 0) : 0;
    let placesHealth = i > STOCK_START_INDEX ? (ws.placesHealth[i - 1] ?? 0) : 0;
    let investment = 0;
    if (i >= startIndex && ceiling > 0 && gdp === gdp) {
      const unitEdu = p.capitalCostMultiple * p.educationCostPerPupilUsd * scale;
      const unitHealth = p.capitalCostMultiple * p.healthCostPerEnrolleeUsd * scale;
      const gapEdu = Math.max(0, (1 - access) * eligibleEdu - placesEdu);
      const gapHealth = Math.max(0, (1 - access) * eligibleHealth - placesHealth);
      const need = gapEdu * unitEdu + gapHealth * unitHealth;
      if (need > 0) {
        investment = Math.min(ceiling * gdp, need);
        const spent = investment / need; // the same share of each sector's gap is closed
        placesEdu += gapEdu * spent;
        placesHealth += gapHealth * spent;
      }
    }
    // C4 served and gap
    const servedEdu = Math.min(eligibleEdu, access * eligibleEdu + placesEdu);
    const servedHealth = Math.min(eligibleHealth, access * eligibleHealth + placesHealth);
    const unmet = demandEdu + demandHealth - servedEdu - servedHealth;
    ws.clients[i] = clients;
    ws.placesEducation[i] = placesEdu;
    ws.placesHealth[i] = placesHealth;
    ws.servedEducation[i] = servedEdu;
    ws.servedHealth[i] = servedHealth;
    ws.unmet[i] = unmet > 0 ? unmet : 0; // served never exceeds demand; this only removes rounding below zero
    ws.investment[i] = investment;
    // Newcomers receiving humanitarian support: this year's arrivals of the response plus those still supported.
    // In 2019, those still supported are the Venezuelans who arrived in 2018, at the growth of 2019 (g_V19).
    const arrivals = (ws.arrivalsV[i] ?? 0) - (ws.surfacedV[i] ?? 0) + p.irregularShareOtherImmigrants2019 * (ws.arrivalsO[i] ?? 0);
    const before = i > STOCK_START_INDEX ? (ws.newcomers[i - 1] ?? 0) : arrivals2018;
    const newcomers = before * (1 - leave) + arrivals;
    ws.newcomers[i] = newcomers;
    // C5 public cost: running cost of places used + humanitarian support + investment
    const humanitarian = scale * p.humanitarianCostPerArrivalUsd * newcomers;
    const publicCost = scale * (servedEdu * p.educationCostPerPupilUsd + servedHealth * p.healthCostPerEnrolleeUsd) + humanitarian + investment;
    // Past external financing is known (RMRP funding): the band of γ_g opens from the first projection year.
    const grants = (i < FIRST_PROJECTION_INDEX ? ctx.history.grantsCoverage : p.grantsCoverage) * humanitarian;
    ws.publicCost[i] = publicCost;
    ws.grants[i] = grants;
    // C6 net fiscal balance
    ws.netFiscal[i] = (ws.revenue[i] ?? NaN) - publicCost - (ws.adminCost[i] ?? 0) + grants;
    // C7 value added of all employed migrants: GDP per employed native × relative productivity; C8 net of displacement
    const outputPerWorker = workersPerNative > 0 ? gdp / workersPerNative : NaN;
    const employed = ws.employed[i] ?? 0;
    const formal = ws.formalJobs[i] ?? 0;
    const valueAdded = outputPerWorker * (p.productivityInformal * (employed - formal) + p.productivityFormal * formal);
    ws.gdpContribution[i] = valueAdded * (1 - p.displacementShare);
  }
}
