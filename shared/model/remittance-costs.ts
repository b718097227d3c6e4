// Module A: remittance costs (model-evidence §3.4, equations A1–A6 and A10).
import type { ResolvedLevers } from './levers';
import type { RunContext } from './run-context';
import type { CountryInputs } from './types';
import { YEARS as YEARS_ } from './types';
import { N_YEARS as N_YEARS_, type Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;
const YEARS = YEARS_;


/** s_t: share of the way from today's price to the target, linear from t₀ (0) to T* (1). */
export function rampShare(year: number, startYear: number, targetYear: number): number {
  if (targetYear <= startYear) return year >= targetYear ? 1 : 0;
  const s = (year - startYear) / (targetYear - startYear);
  return s <= 0 ? 0 : s >= 1 ? 1 : s;
}

/**
 * Fills price, formal/informal flows, switching, new money, fee savings and remittances/GDP.
 * Countries without recorded remittances get NaN flows (null outputs); the price path is still set.
 */
export function remittanceCosts(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  const cBase = country.remittanceCostPct;
  const cTarget = lev.costTargetPct;
  const rf2018 = country.remittances2018Usd;
  for (let i = 0; i < N_YEARS; i++) {
    const year = YEARS[i] ?? 0;
    // A3: c_t = c_base − s_t·(c_base − c*)
    const price = cBase - rampShare(year, p.costRampStartYear, lev.costTargetYear) * (cBase - cTarget);
    ws.price[i] = price;
    if (rf2018 === null) {
      ws.formalBaseline[i] = ws.formal[i] = ws.informal[i] = NaN;
      ws.switched[i] = ws.newMoney[i] = ws.feeSavings[i] = ws.remittancesPctGdp[i] = NaN;
      continue;
    }
    const cut = cBase - price; // pp
    const rfb = rf2018 * (ctx.remittanceGrowth[i] ?? 1); // A1
    const rib = p.informalRatio * rfb; // A2
    // A4: exp(0) is exactly 1, so an unchanged price reproduces the baseline flow bit for bit.
    const rf = rfb * Math.exp((p.costSemiElasticity / 100) * cut);
    const induced = rf - rfb; // A5 ΔRF_t
    const sw = Math.min(p.switchingShare * induced, rib); // switching cannot exceed informal flows
    ws.formalBaseline[i] = rfb;
    ws.formal[i] = rf;
    ws.switched[i] = sw;
    ws.newMoney[i] = induced - sw;
    ws.informal[i] = rib - sw;
    ws.feeSavings[i] = (cut / 100) * rfb; // A6: static convention, baseline volume
    const gdp = ws.gdp[i] ?? NaN;
    ws.remittancesPctGdp[i] = (rf / gdp) * 100; // A10 (NaN where GDP is unknown)
  }
}
