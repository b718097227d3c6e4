// Key-figure cards: the first thing read. A big signed change against the baseline in the SDG year (2030) with its
// low–high range, the change at the horizon (2035), and the total since 2019; an (i) with the equation and sources
// behind each. Green/red only where better or worse is unambiguous for a ministry. With nothing changed, the area
// says how to start instead of showing zeros.
import { memo, useMemo } from 'react';
import type { OutputDef, Projection, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { CARD_YEARS, cardText } from './card-text';
import { EFFECT_BAND_SECTION, FigureInfo } from './FigureInfo';
import { keyFigures, nothingChanged } from './key-figures';
import { useLocale } from '../../i18n/use-locale';

interface KeyFiguresProps {
  engine: Engine;
  projection: Projection;
  region: RegionId;
  /** Opens the in-app methodology at a section. */
  onMethodology: (section: string) => void;
}

function tone(value: number | null, def: OutputDef | undefined): 'good' | 'bad' | 'neutral' {
  if (value === null || def?.higherIsBetter == null || Math.abs(value) < 1e-9) return 'neutral';
  return (value > 0) === def.higherIsBetter ? 'good' : 'bad';
}

export const KeyFigures = memo(function KeyFigures({ engine, projection, region, onMethodology }: KeyFiguresProps) {
  useLocale();
  const figures = useMemo(() => keyFigures(projection, region), [projection, region]);
  const empty = useMemo(() => nothingChanged(figures), [figures]);
  // Nothing changed anywhere, or only elsewhere (a lever set for another country): the hint says which.
  const emptyEverywhere = useMemo(() => empty && (region === 'LAC' || nothingChanged(keyFigures(projection, 'LAC'))), [empty, region, projection]);
  const place = engine.regions.find((r) => r.id === region)?.name ?? region;
  return (
    <section className="cards" aria-labelledby="cards-heading" data-testid="key-figures">
      <div className="cards__bar">
        <h2 id="cards-heading" className="panel-heading">
          {t('cards.heading')}
        </h2>
        {!empty && (
          <p className="cards__hint">
            {t('cards.rangeHint')}{' '}
            <button type="button" className="link-button" onClick={() => onMethodology(EFFECT_BAND_SECTION)}>
              {t('cards.howRange')}
            </button>
          </p>
        )}
      </div>
      {empty ? (
        <p className="cards__empty" data-testid="cards-empty">
          {emptyEverywhere ? t('cards.empty') : t('cards.emptyHere', { place })}
        </p>
      ) : (
        <ul className="cards__list">
          {figures.map((fig) => {
            const def = engine.outputs.find((o) => o.id === fig.output);
            const text = cardText(fig, def);
            return (
              <li key={fig.output} className={`card card--${tone(fig.change2030, def)}`} data-testid={`card-${fig.output}`}>
                <span className="card__head">
                  <span className="card__label">
                    {text.label}, {t('cards.inYear', { year: CARD_YEARS.target })}
                  </span>
                  {def && <FigureInfo def={def} text={text} parameters={engine.parameters} onMethodology={onMethodology} />}
                </span>
                <span className="card__value" data-testid={`card-${fig.output}-2030`}>
                  {text.change}
                </span>
                {text.range && (
                  <span>
                    {/* Read aloud as "Low–high range: …"; the short form is for the eye. */}
                    <span className="card__range" data-testid={`card-${fig.output}-range`} aria-hidden="true">
                      {text.range}
                    </span>
                    <span className="visually-hidden">{t('cards.rangeLabel', { range: text.range })}</span>
                  </span>
                )}
                <span className="card__horizon" data-testid={`card-${fig.output}-horizon`}>
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
      )}
    </section>
  );
});
