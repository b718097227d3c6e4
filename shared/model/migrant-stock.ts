// Migrant stock path M_t, gross arrivals A_t and exits X_t (model-evidence §3.5 B0, simple mode).
import type { ResolvedLevers } from './levers';
import type { RunContext } from './run-context';
import type { CountryInputs } from './types';
import { N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_, type Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;


/**
 * M_t = other immigrants_2019·(1+g_O)^(t−2019) + Venezuelans_2019·W_t/W₀ (the host keeps its 2019 share).
 * Exits X_t = x·M_{t−1} are replaced by as many gross arrivals, so the stock still follows its path:
 * A_t = max(0, ΔM_t) + min(x·M_{t−1}, M_t);  X_t = max(0, −ΔM_t) + min(x·M_{t−1}, M_t);  A_t − X_t = ΔM_t.
 */
export function migrantStock(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace): void {
  const ratio = ctx.venezuelanRatio[lev.inflowPath];
  const x = ctx.p.exitRate;
  for (let i = 0; i < STOCK_START_INDEX; i++) ws.stock[i] = ws.arrivals[i] = ws.exits[i] = NaN;
  for (let i = STOCK_START_INDEX; i < N_YEARS; i++) {
    const m = country.otherImmigrants2019 * (ctx.otherImmigrantGrowth[i] ?? 1) + country.venezuelans2019 * (ratio[i] ?? 1);
    ws.stock[i] = m;
    if (i === STOCK_START_INDEX) {
      // No stock before 2019, so no arrivals or exits can be measured in the first year.
      ws.arrivals[i] = 0;
      ws.exits[i] = 0;
      continue;
    }
    const previous = ws.stock[i - 1] ?? 0;
    const change = m - previous;
    // Churn cannot exceed this year's stock, or exits would exceed last year's stock when it collapses.
    const churn = Math.min(x * previous, m);
    ws.arrivals[i] = (change > 0 ? change : 0) + churn;
    ws.exits[i] = (change < 0 ? -change : 0) + churn;
  }
}
