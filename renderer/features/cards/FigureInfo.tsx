// The (i) of a key figure: what the figure is, the equation behind it as docs/methodology.md writes it, its change
// and low–high range in each year shown, the parameters the equation uses with their values and sources, and links
// to the methodology sections that explain the figure and its range.
import { useId } from 'react';
import type { OutputDef, ParameterDef } from '../../../shared/model/types';
import { formatPlain } from '../../i18n/format';
import { t } from '../../i18n/t';
import { usePopover } from '../common/use-popover';
import { decimalsForStep, displayUnit } from '../levers/display-units';
import { CARD_YEARS, type CardText } from './card-text';
import { Glyph } from '../../app/Glyph';

/** The methodology section on the band of an effect (docs/methodology.md, "The band of an effect"). */
export const EFFECT_BAND_SECTION = 'the-band-of-an-effect';

interface FigureInfoProps {
  def: OutputDef;
  text: CardText;
  parameters: readonly ParameterDef[];
  /** Opens the in-app methodology at a section. */
  onMethodology: (section: string) => void;
}

function parameterLine(p: ParameterDef): string {
  const { unit, scale } = displayUnit(p.unit);
  const decimals = decimalsForStep(p.step * scale);
  const shown = (v: number) => formatPlain(v * scale, decimals);
  return t('cards.infoParameter', { symbol: p.symbol, value: `${shown(p.default)} ${unit}`, label: p.label, low: shown(p.low), high: shown(p.high) });
}

export function FigureInfo({ def, text, parameters, onMethodology }: FigureInfoProps) {
  const { open, toggle, close, root, button } = usePopover();
  const panelId = useId();
  const used = def.parameters.flatMap((id) => parameters.filter((p) => p.id === id));
  const go = (section: string) => {
    close();
    onMethodology(section);
  };
  const rows = [
    { when: String(CARD_YEARS.target), change: text.change, range: text.range },
    { when: String(CARD_YEARS.horizon), change: text.horizon, range: text.horizonRange },
    { when: t('cards.cumulative', { from: CARD_YEARS.from, to: CARD_YEARS.horizon }), change: text.cumulative, range: text.cumulativeRange },
  ];
  return (
    <div className="info figure-info" ref={root}>
      <button ref={button} type="button" className="info__button" aria-expanded={open} aria-controls={panelId} aria-label={t('cards.info', { label: text.label })} onClick={toggle}>
        <Glyph name="info" />
      </button>
      {open && (
        <div id={panelId} className="info__card figure-info__card" role="dialog" aria-label={text.label} data-testid={`card-${def.id}-info`}>
          <h3>{text.label}</h3>
          <p>{def.definition}</p>
          <h4>{t('cards.infoEquation')}</h4>
          <pre className="figure-info__equation">{def.equation.join('\n')}</pre>
          <h4>{t('cards.infoFigures')}</h4>
          <table className="figure-info__figures">
            <thead>
              <tr>
                <th scope="col">{t('cards.infoWhen')}</th>
                <th scope="col">{t('cards.infoChange')}</th>
                <th scope="col">{t('cards.infoRange')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.when}>
                  <th scope="row">{r.when}</th>
                  <td>{r.change}</td>
                  <td>{r.range ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="info__note">{t('cards.infoRangeHow')}</p>
          <h4>{t('cards.infoParameters')}</h4>
          {used.length === 0 ? (
            <p>{t('cards.infoNoParameters')}</p>
          ) : (
            <ul className="figure-info__parameters">
              {used.map((p) => (
                <li key={p.id}>
                  <span>{parameterLine(p)}</span> <span className={`evidence evidence--${p.evidence}`}>{t(`evidence.${p.evidence}`)}</span>
                  <span className="figure-info__source">{p.source}</span>
                </li>
              ))}
            </ul>
          )}
          <h4>{t('cards.infoSource')}</h4>
          <p>{def.source}</p>
          <p className="figure-info__links">
            <button type="button" className="link-button" onClick={() => go(def.methodology)}>
              {t('cards.howComputed')}
            </button>
            <button type="button" className="link-button" onClick={() => go(EFFECT_BAND_SECTION)}>
              {t('cards.howRange')}
            </button>
            <button type="button" className="link-button" onClick={close}>
              {t('info.close')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
