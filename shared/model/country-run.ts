// Runs the modules for one country and one run into a workspace, and reads outputs back out of it.
import { absorption } from './absorption';
import { extendFading, prepared } from './growth';
import type { ResolvedLevers } from './levers';
import { migrantStock } from './migrant-stock';
import { regularisation } from './regularisation';
import { remittanceCosts } from './remittance-costs';
import type { RunContext } from './run-context';
import type { CountryInputs, ModuleId, OutputId } from './types';
import type { Workspace } from './workspace';
import { N_YEARS as N_YEARS_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;

/**
 * How much of the model a run needs. `A` (remittances) needs only GDP; `stock` needs the migrant stocks; B needs the
 * stocks; C needs B. `all` runs every module.
 */
export type RunDepth = 'A' | 'stock' | 'B' | 'C' | 'all';

export const OUTPUT_DEPTH: Readonly<Record<OutputId, Exclude<RunDepth, 'all'>>> = {
  remittancesUsd: 'A',
  remittancesPctGdp: 'A',
  feeSavingsUsd: 'A',
  remittanceCostPct: 'A',
  venezuelans: 'stock',
  immigrants: 'stock',
  migrantsRegular: 'B',
  migrantsIrregular: 'B',
  permitsIssued: 'B',
  permitsCumulative: 'B',
  newlyRegularised: 'B',
  formalJobsMigrants: 'B',
  taxRevenueUsd: 'B',
  publicCostUsd: 'C',
  netFiscalUsd: 'C',
  unmetServiceDemand: 'C',
  gdpContributionUsd: 'C',
};

/** Parameters of these modules can change outputs computed at this depth (momentum and GDP growth are module A). */
export const DEPTH_MODULES: Readonly<Record<Exclude<RunDepth, 'all'>, readonly ModuleId[]>> = {
  A: ['A'],
  stock: ['A', 'inflows'],
  B: ['A', 'inflows', 'B'],
  C: ['A', 'inflows', 'B', 'C'],
};

export const OUTPUT_SERIES: Readonly<Record<OutputId, (ws: Workspace) => Float64Array>> = {
  remittancesUsd: (ws) => ws.formal,
  remittancesPctGdp: (ws) => ws.remittancesPctGdp,
  feeSavingsUsd: (ws) => ws.feeSavings,
  remittanceCostPct: (ws) => ws.price,
  venezuelans: (ws) => ws.venezuelans,
  immigrants: (ws) => ws.stock,
  migrantsRegular: (ws) => ws.regular,
  migrantsIrregular: (ws) => ws.irregular,
  permitsIssued: (ws) => ws.permits,
  permitsCumulative: (ws) => ws.permitsCumulative,
  newlyRegularised: (ws) => ws.newlyRegularised,
  formalJobsMigrants: (ws) => ws.formalJobs,
  taxRevenueUsd: (ws) => ws.revenue,
  publicCostUsd: (ws) => ws.publicCost,
  netFiscalUsd: (ws) => ws.netFiscal,
  unmetServiceDemand: (ws) => ws.unmet,
  gdpContributionUsd: (ws) => ws.gdpContribution,
};

export function runCountry(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace, depth: RunDepth = 'all'): void {
  const prep = prepared(country);
  // GDP_t: the record through its last observed year, then fading from the country's recent growth to g_Y.
  extendFading(prep.gdp, country.growth.gdp.recent, ctx.p.gdpGrowthRate, ctx.p.momentumPersistence, ws.gdp);
  const perCapitaToScale = country.population2019 > 0 ? 1 / (country.population2019 * ctx.p.referenceGdpPerCapitaUsd) : NaN;
  for (let i = 0; i < N_YEARS; i++) ws.scale[i] = (ws.gdp[i] ?? NaN) * perCapitaToScale;
  if (depth === 'A' || depth === 'all') remittanceCosts(country, prep, lev, ctx, ws);
  if (depth === 'A') return;
  migrantStock(country, prep, lev, ctx, ws);
  if (depth === 'stock') return;
  regularisation(country, lev, ctx, ws);
  if (depth === 'B') return;
  absorption(country, lev, ctx, ws);
}
