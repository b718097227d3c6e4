// Migrant stocks: Venezuelans V_t and other immigrants O_t, with gross arrivals and exits for each
// (model-evidence §3.5 B0), anchored at each series' last observed year.
import { extendFading, type PreparedCountry } from './growth';
import type { ResolvedLevers } from './levers';
import type { RunContext } from './run-context';
import type { CountryInputs } from './types';
import type { Workspace } from './workspace';
import { N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;

/**
 * V_t: the UNHCR record through its last observed year L, then V_t = V_{t−1}·(1 + (g_V + Δ_path + u)·ρ^(t − L − 1)):
 * growth starts from the host's recent growth and tapers, so the stock levels off without a kink. The paper-anchored
 * run instead keeps each host's 2019 share of the worldwide knot path (Puente 0.1).
 */
function venezuelanPath(country: CountryInputs, prep: PreparedCountry, lev: ResolvedLevers, ctx: RunContext, out: Float64Array): void {
  const { p } = ctx;
  const record = prep.venezuelans;
  if (ctx.knotRatio) {
    const ratio = ctx.knotRatio[lev.inflowPath];
    const v0 = record.values[STOCK_START_INDEX] ?? 0;
    for (let i = 0; i < N_YEARS; i++) out[i] = i < STOCK_START_INDEX ? NaN : v0 * (ratio[i] ?? 1);
    return;
  }
  out.set(record.values);
  for (let i = STOCK_START_INDEX; i <= record.last; i++) if ((out[i] ?? NaN) !== (out[i] ?? NaN)) out[i] = 0;
  const recent = country.growth.venezuelans.recent;
  if (recent === null || record.last < 0) {
    for (let i = Math.max(record.last + 1, STOCK_START_INDEX); i < N_YEARS; i++) out[i] = out[i - 1] ?? 0;
    return;
  }
  const shift = lev.inflowPath === 'low' ? p.inflowShiftLow : lev.inflowPath === 'high' ? p.inflowShiftHigh : 0;
  const start = recent + shift + p.inflowGrowthShift;
  let taper = 1;
  for (let i = record.last + 1; i < N_YEARS; i++) {
    out[i] = Math.max(0, (out[i - 1] ?? 0) * (1 + start * taper));
    taper *= p.inflowTaper;
  }
}

/**
 * Gross flows of one group whose stock follows `path`: exits X_t = x·S_{t−1} are replaced by as many arrivals, so
 *   A_t = max(0, ΔS_t) + min(x·S_{t−1}, S_t);  X_t = max(0, −ΔS_t) + min(x·S_{t−1}, S_t);  A_t − X_t = ΔS_t.
 * From 2019, with the end-2018 stock `before` (so arrivals are counted from the first stock year).
 */
function flows(path: Float64Array, before: number, x: number, arrivals: Float64Array, exits: Float64Array): void {
  for (let i = 0; i < STOCK_START_INDEX; i++) arrivals[i] = exits[i] = NaN;
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const previous = i === STOCK_START_INDEX ? before : (path[i - 1] ?? 0);
    const s = path[i] ?? 0;
    const change = s - previous;
    // Churn cannot exceed this year's stock, or exits would exceed last year's stock when it collapses.
    const churn = Math.min(x * previous, s);
    arrivals[i] = (change > 0 ? change : 0) + churn;
    exits[i] = (change < 0 ? -change : 0) + churn;
  }
}

export function migrantStock(country: CountryInputs, prep: PreparedCountry, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const { p } = ctx;
  venezuelanPath(country, prep, lev, ctx, ws.venezuelans);
  extendFading(prep.others, country.growth.otherImmigrants.recent, p.otherImmigrantGrowthRate, p.momentumPersistence, ws.others);
  for (let i = 0; i < N_YEARS; i++) {
    if (i < STOCK_START_INDEX) {
      ws.venezuelans[i] = ws.others[i] = ws.stock[i] = NaN;
      continue;
    }
    const o = ws.others[i] ?? NaN;
    ws.others[i] = o === o ? o : 0;
    ws.stock[i] = (ws.venezuelans[i] ?? 0) + (ws.others[i] ?? 0);
  }
  // End-2018 stocks, for the arrivals of 2019: Venezuelans at the 2019 growth of Colombia's count (the only host
  // with both counts), other immigrants along their first observed trend.
  const v19 = ws.venezuelans[STOCK_START_INDEX] ?? 0;
  const o19 = ws.others[STOCK_START_INDEX] ?? 0;
  const o20 = ws.others[STOCK_START_INDEX + 1] ?? o19;
  flows(ws.venezuelans, v19 / (1 + p.venezuelanStockGrowth2019), p.exitRate, ws.arrivalsV, ws.exitsV);
  // A reporting break that raises the count (decision series-breaks-venezuelans) enters the stock like arrivals but
  // brings no one new: those people need no reception support (Module C subtracts it from the newcomers).
  const breaks = country.history?.venezuelanBreaks;
  for (let i = 0; i < N_YEARS; i++) {
    const rise = i > STOCK_START_INDEX ? (ws.venezuelans[i] ?? 0) - (ws.venezuelans[i - 1] ?? 0) : 0;
    ws.surfacedV[i] = breaks?.[i] && rise > 0 ? rise : 0;
  }
  flows(ws.others, Math.max(0, o19 - (o20 - o19)), p.exitRate, ws.arrivalsO, ws.exitsO);
}
