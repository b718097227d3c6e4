// Key-figure cards: the first thing read. A big signed change against the baseline in the SDG year (2030), the change
// at the horizon (2035), and the total since 2019. Green/red only where better or worse is unambiguous for a ministry.
import { memo, useMemo } from 'react';
import type { OutputDef, Projection, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { CARD_YEARS, cardText } from './card-text';
import { keyFigures } from './key-figures';
import { useLocale } from '../../i18n/use-locale';

interface KeyFiguresProps {
  engine: Engine;
  projection: Projection;
  region: RegionId;
}

function tone(value: number | null, def: OutputDef | undefined): 'good' | 'bad' | 'neutral' {
  if (value === null || def?.higherIsBetter == null || Math.abs(value) < 1e-9) return 'neutral';
  return (value > 0) === def.higherIsBetter ? 'good' : 'bad';
}

export const KeyFigures = memo(function KeyFigures({ engine, projection, region }: KeyFiguresProps) {
  useLocale();
  const figures = useMemo(() => keyFigures(projection, region), [projection, region]);
  return (
    <section className="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="panel-heading">
        {t('cards.heading')}
      </h2>
      <ul className="cards__list">
        {figures.map((fig) => {
          const def = engine.outputs.find((o) => o.id === fig.output);
          const text = cardText(fig, def);
          return (
            <li key={fig.output} className={`card card--${tone(fig.change2030, def)}`} data-testid={`card-${fig.output}`}>
              <span className="card__label">
                {text.label}, {t('cards.inYear', { year: CARD_YEARS.target })}
              </span>
              <span className="card__value" data-testid={`card-${fig.output}-2030`} title={text.changeFull ?? undefined}>
                {text.change}
              </span>
              <span className="card__horizon" data-testid={`card-${fig.output}-horizon`} title={text.horizonFull ?? undefined}>
                {t('cards.atHorizon', { year: CARD_YEARS.horizon, value: text.horizon })}
              </span>
              <span className="card__cumulative" data-testid={`card-${fig.output}-cumulative`}>
                <span className="card__cumulative-value">{text.cumulative}</span>{' '}
                <span className="card__sub">{t('cards.cumulative', { from: CARD_YEARS.from, to: CARD_YEARS.horizon })}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
