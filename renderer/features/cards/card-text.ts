// The words and numbers of one key-figure card, in one place: the screen's cards and the PDF report's key-figure
// table print exactly the same text.
import type { OutputDef } from '../../../shared/model/types';
import { formatCompact, formatFull } from '../../i18n/format';
import { t, tMaybe } from '../../i18n/t';
import { CUMULATIVE, FIRST_CUMULATIVE_YEAR, HORIZON_YEAR, TARGET_YEAR, type KeyFigure } from './key-figures';

export interface CardText {
  label: string;
  /** The SDG-year (2030) change, compact with unit ("+USD 4.84 bn"), or the no-data words. */
  change: string;
  /** The same at full precision, for a tooltip; null without data. */
  changeFull: string | null;
  /** The change at the end of the horizon (2035), compact with unit, or "–". */
  horizon: string;
  horizonFull: string | null;
  /** The total over the stock years (2019–2035), compact with unit, or "–". */
  cumulative: string;
}

export const CARD_YEARS = { target: TARGET_YEAR, horizon: HORIZON_YEAR, from: FIRST_CUMULATIVE_YEAR } as const;

export function cardText(fig: KeyFigure, def: OutputDef | undefined): CardText {
  const unit = def?.unit ?? '';
  return {
    label: tMaybe(`card.${fig.output}`, def?.label ?? fig.output),
    change: fig.change2030 === null ? t('cards.noData') : formatCompact(fig.change2030, unit, { signed: true }),
    changeFull: fig.change2030 === null ? null : formatFull(fig.change2030, unit, { signed: true }),
    horizon: fig.changeHorizon === null ? '–' : formatCompact(fig.changeHorizon, unit, { signed: true }),
    horizonFull: fig.changeHorizon === null ? null : formatFull(fig.changeHorizon, unit, { signed: true }),
    cumulative: fig.cumulative === null ? '–' : formatCompact(fig.cumulative, CUMULATIVE[fig.output].unit, { signed: true }),
  };
}
