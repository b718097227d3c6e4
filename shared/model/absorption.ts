// Module C (model-evidence §3.6, C1–C9): service demand and capacity for two sectors (schools and
// health coverage), unmet demand, public cost, net fiscal balance and the GDP contribution of migrants.
import type { ResolvedLevers } from './levers';
import type { ParamValues } from './parameter-ids';
import type { RunContext } from './run-context';
import type { AbsorptionCapacity, CountryInputs } from './types';
import { N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_, type Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;


/** Spare capacity κ (share of 2019 eligible demand) and yearly investment (% of GDP) of each preset. */
export function absorptionPreset(preset: AbsorptionCapacity, customInvestmentPctGdp: number, p: ParamValues): { slack: number; investmentPctGdp: number } {
  switch (preset) {
    case 'low':
      return { slack: p.slackLow, investmentPctGdp: 0 };
    case 'medium':
      return { slack: p.slackMedium, investmentPctGdp: 0 };
    case 'high':
      return { slack: p.slackHigh, investmentPctGdp: p.investmentHighPctGdp };
    case 'custom':
      return { slack: p.slackMedium, investmentPctGdp: customInvestmentPctGdp };
  }
}

export function absorption(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  const { slack, investmentPctGdp } = absorptionPreset(lev.absorptionCapacity, lev.absorptionInvestmentPctGdp, p);
  const needTotal = p.schoolNeedRate + p.healthNeedRate;
  // Investment is split between sectors in proportion to their need rates.
  const educationSplit = needTotal > 0 ? p.schoolNeedRate / needTotal : 0;
  const healthSplit = needTotal > 0 ? p.healthNeedRate / needTotal : 0;
  const workersPerNative = country.population2019 * p.nativeEmploymentToPopulation;

  for (let i = 0; i < STOCK_START_INDEX; i++) {
    ws.demandEducation[i] = ws.demandHealth[i] = ws.capacityEducation[i] = ws.capacityHealth[i] = NaN;
    ws.servedEducation[i] = ws.servedHealth[i] = ws.unmet[i] = ws.absorptionIndex[i] = ws.investment[i] = NaN;
    ws.publicCost[i] = ws.grants[i] = ws.netFiscal[i] = ws.valueAdded[i] = ws.gdpContribution[i] = NaN;
  }
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const m = ws.stock[i] ?? 0;
    const g = ws.regular[i] ?? 0;
    const irr = ws.irregular[i] ?? 0;
    const gdp = ws.gdp[i] ?? NaN;
    const scale = ws.scale[i] ?? NaN;
    // C1 demand and C2 eligible demand (irregular migrants: schools, not regular health coverage)
    const demandEdu = p.schoolNeedRate * m;
    const demandHealth = p.healthNeedRate * m;
    const eligibleEdu = p.schoolNeedRate * (g + p.irregularAccessEducation * irr);
    const eligibleHealth = p.healthNeedRate * (g + p.irregularAccessHealth * irr);
    // C3 capacity: spare places in 2019, then places bought by investment (none without GDP)
    let investment = 0;
    let capEdu: number;
    let capHealth: number;
    if (i === STOCK_START_INDEX) {
      capEdu = slack * eligibleEdu;
      capHealth = slack * eligibleHealth;
    } else {
      investment = Number.isFinite(gdp) ? (investmentPctGdp / 100) * gdp : 0;
      capEdu = ws.capacityEducation[i - 1] ?? 0;
      capHealth = ws.capacityHealth[i - 1] ?? 0;
      if (investment > 0) {
        capEdu += placesBought(educationSplit * investment, p.capitalCostMultiple * p.educationCostPerPupilUsd * scale);
        capHealth += placesBought(healthSplit * investment, p.capitalCostMultiple * p.healthCostPerEnrolleeUsd * scale);
      }
    }
    // C4 served and gap
    const servedEdu = Math.min(eligibleEdu, capEdu);
    const servedHealth = Math.min(eligibleHealth, capHealth);
    const demand = demandEdu + demandHealth;
    ws.demandEducation[i] = demandEdu;
    ws.demandHealth[i] = demandHealth;
    ws.capacityEducation[i] = capEdu;
    ws.capacityHealth[i] = capHealth;
    ws.servedEducation[i] = servedEdu;
    ws.servedHealth[i] = servedHealth;
    const unmet = demand - servedEdu - servedHealth;
    ws.unmet[i] = unmet > 0 ? unmet : 0; // served never exceeds demand; this only removes rounding below zero
    ws.absorptionIndex[i] = demand > 0 ? (servedEdu + servedHealth) / demand : 1; // C9
    ws.investment[i] = investment;
    // C5 public cost: running cost of places used + humanitarian cost of arrivals + investment
    const arrivals = ws.arrivals[i] ?? 0;
    const humanitarian = scale * p.humanitarianCostPerArrivalUsd * arrivals;
    const publicCost = scale * (servedEdu * p.educationCostPerPupilUsd + servedHealth * p.healthCostPerEnrolleeUsd) + humanitarian + investment;
    const grants = p.grantsCoverage * humanitarian;
    ws.publicCost[i] = publicCost;
    ws.grants[i] = grants;
    // C6 net fiscal balance
    ws.netFiscal[i] = (ws.revenue[i] ?? NaN) - publicCost - (ws.adminCost[i] ?? 0) + grants;
    // C7 value added: GDP per employed native × relative productivity, informal and formal jobs
    const outputPerWorker = workersPerNative > 0 ? gdp / workersPerNative : NaN;
    const employed = ws.employed[i] ?? 0;
    const formal = ws.formalJobs[i] ?? 0;
    const valueAdded = outputPerWorker * (p.productivityInformal * (employed - formal) + p.productivityFormal * formal);
    ws.valueAdded[i] = valueAdded;
    ws.gdpContribution[i] = valueAdded * (1 - p.displacementShare); // C8
  }
}

/** Places a sum buys; unlimited where a place costs nothing. */
function placesBought(amount: number, costPerPlace: number): number {
  return costPerPlace > 0 ? amount / costPerPlace : amount > 0 ? Infinity : 0;
}
