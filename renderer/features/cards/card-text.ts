// The words and numbers of one key-figure card, in one place: the screen's cards, their (i) and the PDF report's
// key-figure table print exactly the same text, rounded by the one rule of renderer/i18n/format.ts.
import type { OutputDef } from '../../../shared/model/types';
import { formatCompact, formatShort } from '../../i18n/format';
import { t } from '../../i18n/t';
import { CUMULATIVE, FIRST_CUMULATIVE_YEAR, HORIZON_YEAR, TARGET_YEAR, type KeyFigure, type Range } from './key-figures';

export interface CardText {
  label: string;
  /** The SDG-year (2030) change, compact with unit ("+USD 4.84 bn"), or the no-data words. */
  change: string;
  /** Its low–high range ("0 to +3.76 bn"); null without data or where the change and its range are zero. */
  range: string | null;
  /** The change at the end of the horizon (2035), compact with unit, or "–". */
  horizon: string;
  horizonRange: string | null;
  /** The total over the stock years (2019–2035), compact with unit, or "–". */
  cumulative: string;
  cumulativeRange: string | null;
}

export const CARD_YEARS = { target: TARGET_YEAR, horizon: HORIZON_YEAR, from: FIRST_CUMULATIVE_YEAR } as const;

/**
 * "0 to +3.76 bn" (the unit is the figure's, printed beside it); "same in every run" where the ends round alike;
 * null without data, or where nothing changed (no range to state).
 */
export function rangeText(range: Range | null, unit: string): string | null {
  if (!range || (range[0] === 0 && range[1] === 0)) return null;
  const options = { signed: true, difference: true };
  const low = formatShort(range[0], unit, options);
  const high = formatShort(range[1], unit, options);
  return low === high ? t('cards.noRange') : t('cards.range', { low, high });
}

export function cardText(fig: KeyFigure, def: OutputDef | undefined): CardText {
  const unit = def?.unit ?? '';
  const totalUnit = CUMULATIVE[fig.output].unit;
  const change = (v: number | null, u: string, none: string) => (v === null ? none : formatCompact(v, u, { signed: true, difference: true }));
  return {
    // The output's own name, so a card, its chart, the report and the workbook call one figure by one name.
    label: def?.label ?? fig.output,
    change: change(fig.change2030, unit, t('cards.noData')),
    range: rangeText(fig.range2030, unit),
    horizon: change(fig.changeHorizon, unit, '–'),
    horizonRange: rangeText(fig.rangeHorizon, unit),
    cumulative: change(fig.cumulative, totalUnit, '–'),
    cumulativeRange: rangeText(fig.cumulativeRange, totalUnit),
  };
}
