// Key figures: change against the baseline in the SDG year and at the horizon, and summed over the stock years, each
// with its low–high range computed within each parameter set (shared/model/effects.ts).
// Flows (money per year) are summed. For stocks the sum is in person-years (job-years), labelled as such, except for
// migrants regularised, where "how many in total" is the extra permits issued (the flow behind the stock).
import { cumulativeEffect, effectAt, type Effect } from '../../../shared/model/effects';
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

/** Lowest and highest across the parameter sets. */
export type Range = readonly [low: number, high: number];

export interface KeyFigure {
  output: CardOutput;
  /** Change in the SDG year (2030). */
  change2030: number | null;
  range2030: Range | null;
  /** Change at the end of the horizon. */
  changeHorizon: number | null;
  rangeHorizon: Range | null;
  cumulative: number | null;
  cumulativeRange: Range | null;
}

export const FIRST_CUMULATIVE_YEAR = STOCK_BASE_YEAR;
export const TARGET_YEAR = SDG_YEAR;
export const HORIZON_YEAR = LAST_YEAR;

const rangeOf = (e: Effect | null): Range | null => (e ? [e.low, e.high] : null);

export function keyFigures(projection: Projection, region: RegionId): KeyFigure[] {
  const runs = projection.regions[region];
  const at = (output: OutputId, year: number): Effect | null => {
    const i = projection.years.indexOf(year);
    return runs && i >= 0 ? effectAt(runs, output, i) : null;
  };
  const from = projection.years.indexOf(FIRST_CUMULATIVE_YEAR);
  const to = projection.years.indexOf(HORIZON_YEAR);
  return CARD_OUTPUTS.map((output) => {
    const target = at(output, TARGET_YEAR);
    const horizon = at(output, HORIZON_YEAR);
    const total = runs && from >= 0 && to >= from ? cumulativeEffect(runs, CUMULATIVE[output].from, from, to) : null;
    return {
      output,
      change2030: target?.value ?? null,
      range2030: rangeOf(target),
      changeHorizon: horizon?.value ?? null,
      rangeHorizon: rangeOf(horizon),
      cumulative: total?.value ?? null,
      cumulativeRange: rangeOf(total),
    };
  });
}

/** True where the scenario changes none of the figures, nor their ranges (the cards then say how to start). */
export function nothingChanged(figures: readonly KeyFigure[]): boolean {
  const zero = (v: number | null) => v === null || v === 0;
  const zeroRange = (r: Range | null) => r === null || (r[0] === 0 && r[1] === 0);
  return figures.every(
    (f) => zero(f.change2030) && zero(f.changeHorizon) && zero(f.cumulative) && zeroRange(f.range2030) && zeroRange(f.rangeHorizon) && zeroRange(f.cumulativeRange),
  );
}
