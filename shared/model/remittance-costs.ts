// Module A: remittance costs (model-evidence §3.4, equations A1–A6 and A10), anchored at the last observed year.
import { extendFading, type PreparedCountry } from './growth';
import type { ResolvedLevers } from './levers';
import type { RunContext } from './run-context';
import type { CountryInputs } from './types';
import type { Workspace } from './workspace';
import { FIRST_YEAR as FIRST_YEAR_, N_YEARS as N_YEARS_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const FIRST_YEAR = FIRST_YEAR_;
const N_YEARS = N_YEARS_;

/** s_t: share of the way from the current price to the cap, linear from the policy start year t₀ (1/(T*−t₀+1)) to T* (1). */
export function rampShare(year: number, policyStartYear: number, targetYear: number): number {
  if (year < policyStartYear) return 0;
  if (targetYear < policyStartYear) return 1;
  const s = (year - policyStartYear + 1) / (targetYear - policyStartYear + 1);
  return s >= 1 ? 1 : s;
}

/**
 * Fills the price paths, formal/informal flows, switching, new money, fee savings and remittances/GDP.
 *   A1  RFb_t: the record through its last observed year L, then RFb_t = RFb_{t−1}·(1 + g_t), fading from the
 *       country's recent growth to g_R, times exp(z·σ·√(t − L)) (the growth surprise; z = 0 centrally)
 *   A3  c^b_t: the cost record, then its last value;  c_t = c^b_t − s_t·max(0, c^b_t − c*)   (a cap: never raises)
 *   A4  RF_t = RFb_t·exp((β/100)·(c^b_t − c_t))
 *   A6  SAV_t = (c^b_t − c_t)/100 · RFb_t
 *   A10 ρ_t = WDI's ratio in observed years, else RF_t / GDP_t · 100
 * Countries without recorded remittances get NaN flows (null outputs); the price path is still set.
 */
export function remittanceCosts(country: CountryInputs, prep: PreparedCountry, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  const growth = country.growth.remittances;
  extendFading(prep.remittances, growth.recent, p.remittanceGrowthRate, p.momentumPersistence, ws.formalBaseline);
  const last = prep.remittances.last;
  const surprise = p.remittanceGrowthSurprise * growth.volatility;
  const cost = prep.cost;
  const firstCost = cost.values[cost.observed.indexOf(1)] ?? cost.values[0] ?? NaN;
  const lastCost = cost.values[cost.last] ?? NaN;
  for (let i = 0; i < N_YEARS; i++) {
    // The cost record (gaps interpolated), its first value before it starts, its last value after it ends.
    const recorded = cost.values[i] ?? NaN;
    const cBase = recorded === recorded ? recorded : i < cost.last ? firstCost : lastCost;
    const cut = Math.max(0, cBase - lev.costCapPct) * rampShare(FIRST_YEAR + i, lev.policyStartYear, lev.costTargetYear);
    ws.priceBase[i] = cBase;
    ws.price[i] = cBase - cut;
    let rfb = ws.formalBaseline[i] ?? NaN;
    if (rfb !== rfb) {
      ws.formal[i] = ws.informal[i] = ws.switched[i] = ws.newMoney[i] = ws.feeSavings[i] = ws.remittancesPctGdp[i] = NaN;
      continue;
    }
    if (surprise !== 0 && i > last) {
      rfb *= Math.exp(surprise * Math.sqrt(i - last));
      ws.formalBaseline[i] = rfb;
    }
    const rib = p.informalRatio * rfb; // A2
    // A4: exp(0) is exactly 1, so an unchanged price reproduces the baseline flow bit for bit.
    const rf = cut > 0 ? rfb * Math.exp((p.costSemiElasticity / 100) * cut) : rfb;
    const induced = rf - rfb; // A5 ΔRF_t
    const sw = Math.min(p.switchingShare * induced, rib); // switching cannot exceed informal flows
    ws.formal[i] = rf;
    ws.switched[i] = sw;
    ws.newMoney[i] = induced - sw;
    ws.informal[i] = rib - sw;
    ws.feeSavings[i] = (cut / 100) * rfb; // A6: static convention, baseline volume
    const observedRatio = prep.pctObserved[i] ?? NaN;
    ws.remittancesPctGdp[i] = observedRatio === observedRatio ? observedRatio : (rf / (ws.gdp[i] ?? NaN)) * 100; // A10
  }
}
