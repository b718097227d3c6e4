// The words and numbers of one key-figure card, in one place: the screen's cards and the PDF report's key-figure
// table print exactly the same text.
import type { OutputDef } from '../../../shared/model/types';
import { formatCompact, formatFull } from '../../i18n/format';
import { t, tMaybe } from '../../i18n/t';
import { CUMULATIVE, type KeyFigure } from './key-figures';

export interface CardText {
  label: string;
  /** The 2030 change, compact with unit ("+USD 4.84 bn"), or the no-data words. */
  change: string;
  /** The same at full precision, for a tooltip; null without data. */
  changeFull: string | null;
  /** The 2019–2030 total, compact with unit, or "–". */
  cumulative: string;
}

export function cardText(fig: KeyFigure, def: OutputDef | undefined): CardText {
  const unit = def?.unit ?? '';
  return {
    label: tMaybe(`card.${fig.output}`, def?.label ?? fig.output),
    change: fig.change2030 === null ? t('cards.noData') : formatCompact(fig.change2030, unit, { signed: true }),
    changeFull: fig.change2030 === null ? null : formatFull(fig.change2030, unit, { signed: true }),
    cumulative: fig.cumulative === null ? '–' : formatCompact(fig.cumulative, CUMULATIVE[fig.output].unit, { signed: true }),
  };
}
