// Key figures: change against the baseline in the SDG year and at the horizon, and summed over the stock years.
// Flows (money per year) are summed. For stocks the sum is in person-years (job-years), labelled as such, except for
// migrants regularised, where "how many in total" is the extra permits issued (the flow behind the stock).
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import { LAST_YEAR, SDG_YEAR, STOCK_BASE_YEAR } from '../../../shared/model/years';

export const CARD_OUTPUTS = [
  'remittancesUsd',
  'feeSavingsUsd',
  'migrantsRegular',
  'formalJobsMigrants',
  'netFiscalUsd',
  'gdpContributionUsd',
  'unmetServiceDemand',
] as const satisfies readonly OutputId[];
export type CardOutput = (typeof CARD_OUTPUTS)[number];

/** How each card's second number is built, and its unit. */
export const CUMULATIVE: Readonly<Record<CardOutput, { from: OutputId; unit: string }>> = {
  remittancesUsd: { from: 'remittancesUsd', unit: 'USD' },
  feeSavingsUsd: { from: 'feeSavingsUsd', unit: 'USD' },
  netFiscalUsd: { from: 'netFiscalUsd', unit: 'USD' },
  gdpContributionUsd: { from: 'gdpContributionUsd', unit: 'USD' },
  migrantsRegular: { from: 'permitsIssued', unit: 'permits' },
  formalJobsMigrants: { from: 'formalJobsMigrants', unit: 'job-years' },
  unmetServiceDemand: { from: 'unmetServiceDemand', unit: 'person-years' },
};

export interface KeyFigure {
  output: CardOutput;
  /** Change in the SDG year (2030). */
  change2030: number | null;
  /** Change at the end of the horizon. */
  changeHorizon: number | null;
  cumulative: number | null;
}

export const FIRST_CUMULATIVE_YEAR = STOCK_BASE_YEAR;
export const TARGET_YEAR = SDG_YEAR;
export const HORIZON_YEAR = LAST_YEAR;

function sumDiff(projection: Projection, region: RegionId, output: OutputId): number | null {
  const runs = projection.regions[region];
  if (!runs) return null;
  let total = 0;
  let any = false;
  projection.years.forEach((year, i) => {
    if (year < FIRST_CUMULATIVE_YEAR || year > HORIZON_YEAR) return;
    const s = runs.scenario[output][i];
    const b = runs.baseline[output][i];
    if (s == null || b == null) return;
    total += s - b;
    any = true;
  });
  return any ? total : null;
}

export function keyFigures(projection: Projection, region: RegionId): KeyFigure[] {
  const runs = projection.regions[region];
  const change = (output: OutputId, year: number): number | null => {
    const at = projection.years.indexOf(year);
    const s = runs?.scenario[output][at];
    const b = runs?.baseline[output][at];
    return s != null && b != null ? s - b : null;
  };
  return CARD_OUTPUTS.map((output) => ({
    output,
    change2030: change(output, TARGET_YEAR),
    changeHorizon: change(output, HORIZON_YEAR),
    cumulative: sumDiff(projection, region, CUMULATIVE[output].from),
  }));
}
