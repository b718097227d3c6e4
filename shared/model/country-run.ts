// Runs the modules for one country and one run into a workspace, and reads outputs back out of it.
import { absorption } from './absorption';
import type { ResolvedLevers } from './levers';
import { migrantStock } from './migrant-stock';
import { regularisation } from './regularisation';
import { remittanceCosts } from './remittance-costs';
import type { RunContext } from './run-context';
import type { CountryInputs, ModuleId, OutputId } from './types';
import { N_YEARS as N_YEARS_, type Workspace } from './workspace';
// Module-local copies: imported bindings can compile to getter calls, too slow for inner loops.
const N_YEARS = N_YEARS_;


/** How far down the module chain a run must go: A stands alone; C needs B needs the migrant stock. */
export type RunDepth = 'A' | 'B' | 'C';

export const OUTPUT_DEPTH: Readonly<Record<OutputId, RunDepth>> = {
  remittancesUsd: 'A',
  remittancesPctGdp: 'A',
  feeSavingsUsd: 'A',
  migrantsRegular: 'B',
  migrantsIrregular: 'B',
  permitsIssued: 'B',
  formalJobsMigrants: 'B',
  taxRevenueUsd: 'B',
  publicCostUsd: 'C',
  netFiscalUsd: 'C',
  unmetServiceDemand: 'C',
  gdpContributionUsd: 'C',
};

/** Parameters of these modules can change outputs computed at this depth. */
export const DEPTH_MODULES: Readonly<Record<RunDepth, readonly ModuleId[]>> = {
  A: ['A'],
  B: ['A', 'inflows', 'B'], // A: GDP growth scales revenue
  C: ['A', 'inflows', 'B', 'C'],
};

export const OUTPUT_SERIES: Readonly<Record<OutputId, (ws: Workspace) => Float64Array>> = {
  remittancesUsd: (ws) => ws.formal,
  remittancesPctGdp: (ws) => ws.remittancesPctGdp,
  feeSavingsUsd: (ws) => ws.feeSavings,
  migrantsRegular: (ws) => ws.regular,
  migrantsIrregular: (ws) => ws.irregular,
  permitsIssued: (ws) => ws.permits,
  formalJobsMigrants: (ws) => ws.formalJobs,
  taxRevenueUsd: (ws) => ws.revenue,
  publicCostUsd: (ws) => ws.publicCost,
  netFiscalUsd: (ws) => ws.netFiscal,
  unmetServiceDemand: (ws) => ws.unmet,
  gdpContributionUsd: (ws) => ws.gdpContribution,
};

export function runCountry(country: CountryInputs, lev: ResolvedLevers, ctx: RunContext, ws: Workspace, depth: RunDepth = 'C'): void {
  const gdp2018 = country.gdp2018Usd;
  const perCapitaToScale = country.population2019 > 0 ? 1 / (country.population2019 * ctx.p.referenceGdpPerCapitaUsd) : NaN;
  for (let i = 0; i < N_YEARS; i++) {
    const gdp = gdp2018 === null ? NaN : gdp2018 * (ctx.gdpGrowth[i] ?? 1);
    ws.gdp[i] = gdp;
    ws.scale[i] = gdp * perCapitaToScale;
  }
  remittanceCosts(country, lev, ctx, ws);
  if (depth === 'A') return;
  migrantStock(country, lev, ctx, ws);
  regularisation(country, lev, ctx, ws);
  if (depth === 'B') return;
  absorption(country, lev, ctx, ws);
}
