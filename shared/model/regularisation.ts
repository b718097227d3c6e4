// Module B, simple mode (model-evidence §3.5 and §3.8): regular and irregular stocks, permits,
// formal jobs, revenue from migrants and the administrative cost of permits.
import type { ResolvedLevers } from './levers';
import type { ParamValues } from './parameter-ids';
import type { RunContext } from './run-context';
import type { CountryInputs } from './types';
import { FLOW_START_INDEX as FLOW_START_INDEX_, N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_, type Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;
const FLOW_START_INDEX = FLOW_START_INDEX_;


/**
 * Stocks for one regularisation programme (π, K). Timing within a year: exits leave pro rata,
 * lapsed permits return to the irregular stock, then permits are granted, then arrivals come in:
 *   I'_t = I_{t−1}·(1 − X_t/M_{t−1});  G'_t likewise
 *   L_t  = δ·G'_t                                     (B4)
 *   P_t  = min(π·(I'_t + L_t), K)                     (simple mode; = min(π·I_{t−1}, K) when x = δ = 0)
 *   I_t  = I'_t + L_t − P_t + s_irr·A_t               (B5)
 *   G_t  = M_t − I_t = G'_t − L_t + P_t + (1−s_irr)·A_t
 * Lapses before permits keeps the regular stock monotone in π (see docs/methodology.md).
 */
function stocks(
  country: CountryInputs,
  p: ParamValues,
  rate: number,
  capacity: number,
  ws: Workspace,
  irregular: Float64Array,
  regular: Float64Array,
  permits: Float64Array,
  lapses: Float64Array,
): void {
  for (let i = 0; i < STOCK_START_INDEX; i++) irregular[i] = regular[i] = NaN;
  for (let i = 0; i < FLOW_START_INDEX; i++) permits[i] = lapses[i] = NaN;
  const venezuelanShare = country.venezuelanIrregularShare2019 ?? p.irregularShareVenezuelans2019;
  const m0 = ws.stock[STOCK_START_INDEX] ?? 0;
  const i0 = Math.min(m0, venezuelanShare * country.venezuelans2019 + p.irregularShareOtherImmigrants2019 * country.otherImmigrants2019);
  irregular[STOCK_START_INDEX] = i0;
  regular[STOCK_START_INDEX] = m0 - i0;
  for (let i = FLOW_START_INDEX; i < N_YEARS; i++) {
    const previous = ws.stock[i - 1] ?? 0;
    const stay = previous > 0 ? Math.max(0, 1 - (ws.exits[i] ?? 0) / previous) : 1;
    const irregularStaying = (irregular[i - 1] ?? 0) * stay;
    const regularStaying = (regular[i - 1] ?? 0) * stay;
    const lapsed = p.lapseRate * regularStaying;
    const eligible = irregularStaying + lapsed;
    const granted = Math.min(rate * eligible, capacity);
    const m = ws.stock[i] ?? 0;
    let irr = eligible - granted + p.irregularShareArrivals * (ws.arrivals[i] ?? 0);
    if (irr > m) irr = m; // guards rounding only: I_t ≤ M_t holds by construction
    irregular[i] = irr;
    regular[i] = m - irr;
    permits[i] = granted;
    lapses[i] = lapsed;
  }
}

export function regularisation(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  const m2019 = ws.stock[STOCK_START_INDEX] ?? 0;
  // K_t = κ·M_2019: capacity is a number of permits a year, fixed by the 2019 stock.
  stocks(country, p, lev.regularisationRate, lev.processingCapacityShare * m2019, ws, ws.irregular, ws.regular, ws.permits, ws.lapses);
  // G_base (B9): the same country with the status-quo programme, so revenue counts only the extra regularised.
  // Where the levers are the status quo (every baseline run), G_base is G itself: copy instead of rerunning.
  if (lev.regularisationRate === p.statusQuoRegularisationRate && lev.processingCapacityShare === p.statusQuoProcessingCapacityShare) {
    ws.regularStatusQuo.set(ws.regular);
    ws.irregularStatusQuo.set(ws.irregular);
    ws.permitsStatusQuo.set(ws.permits);
    ws.lapsesStatusQuo.set(ws.lapses);
  } else stocks(
    country,
    p,
    p.statusQuoRegularisationRate,
    p.statusQuoProcessingCapacityShare * m2019,
    ws,
    ws.irregularStatusQuo,
    ws.regularStatusQuo,
    ws.permitsStatusQuo,
    ws.lapsesStatusQuo,
  );

  const workers = p.workingAgeShare * p.employmentRate; // a·e_emp
  for (let i = 0; i < STOCK_START_INDEX; i++) {
    ws.formalShare[i] = ws.employed[i] = ws.formalJobs[i] = ws.revenue[i] = ws.adminCost[i] = NaN;
  }
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const g = ws.regular[i] ?? 0;
    if (i === STOCK_START_INDEX) {
      ws.formalShare[i] = p.formalShareRegular2019;
      ws.adminCost[i] = 0;
    } else {
      // B7: stayers converge towards FGmax at speed λ; the newly regular enter at FG0.
      const previous = ws.stock[i - 1] ?? 0;
      const stay = previous > 0 ? Math.max(0, 1 - (ws.exits[i] ?? 0) / previous) : 1;
      const stayers = (ws.regular[i - 1] ?? 0) * stay - (ws.lapses[i] ?? 0);
      const fgPrev = ws.formalShare[i - 1] ?? 0;
      const converged = fgPrev + p.convergenceSpeed * (p.formalShareLongRun - fgPrev);
      const newcomers = (ws.permits[i] ?? 0) + (1 - p.irregularShareArrivals) * (ws.arrivals[i] ?? 0);
      const total = stayers + newcomers;
      ws.formalShare[i] = total > 0 ? (stayers * converged + newcomers * p.formalShareAtRegularisation) / total : p.formalShareAtRegularisation;
      ws.adminCost[i] = (ws.permits[i] ?? 0) * (p.adminCostPerPermitUsd - p.permitFeeUsd); // B10
    }
    const m = ws.stock[i] ?? 0;
    ws.employed[i] = workers * m; // B6
    ws.formalJobs[i] = workers * g * (ws.formalShare[i] ?? 0); // B7: irregular migrants hold no formal jobs
    // B9 top-down, Colombian per-person amounts scaled by relative GDP per capita (NaN without GDP).
    const extraRegular = g - (ws.regularStatusQuo[i] ?? 0);
    // B9 counts the gain against the status-quo programme; a scenario regularising less than the status quo
    // lowers revenue, but revenue itself cannot fall below zero.
    ws.revenue[i] = Math.max(0, (ws.scale[i] ?? NaN) * (p.revenuePerMigrantUsd * m + p.revenueGainPerRegularisedUsd * extraRegular));
  }
}
