// The closing slide: every lever and parameter that differs from the baseline, with the scenario's value (each
// scenario's, in a comparison), the baseline's, how strong the evidence is, in words, and where it comes from.
// Long lists run over several pages (deck.ts decides what fits).
import { t } from '../../i18n/t';
import { baselineOf, formatAssumption, type AssumptionRow } from '../compare/assumption-rows';
import { deckView } from './deck';
import { regionLabel } from './slide-layout';
import { ScenarioLetter, SlideHead } from './slide-parts';
import type { DeckData } from './use-presentation';
import { scenarioName } from '../file/scenario-name';

interface ClosingSlideProps {
  page: number;
  pages: number;
  rows: readonly AssumptionRow[];
  data: DeckData;
}

/** The row with its lever's or parameter's words in the screen's language: the deck is built (and paged) from the
 * English definitions, so that every window that shows it has the same slides. */
function inLanguage(row: AssumptionRow, engine: DeckData['engine']): AssumptionRow {
  const defs: readonly AssumptionRow['def'][] = row.kind === 'parameter' ? engine.parameters : engine.levers;
  return { ...row, def: defs.find((d) => d.id === row.def.id) ?? row.def };
}

export function ClosingSlide({ page, pages, rows: englishRows, data }: ClosingSlideProps) {
  const { engine, input } = data;
  const rows = englishRows.map((row) => inLanguage(row, engine));
  const region = deckView(input).region;
  const several = input.scenarios.length > 1;
  const intro = t(several ? 'present.closingIntroSeveral' : 'present.closingIntro');
  return (
    <>
      <SlideHead title={t('present.closingTitle')} subtitle={pages > 1 ? `${intro} · ${t('present.closingPage', { page, pages })}` : intro} />
      <div className="slide__body closing-slide">
        {rows.length === 0 ? (
          <p className="closing-slide__none">{t('present.closingNone')}</p>
        ) : (
          <ul className="assumptions">
            {rows.map((row) => {
              const def = row.def;
              const label = row.country ? `${regionLabel(engine, row.country)}: ${def.label}` : def.label;
              const baseline = formatAssumption(row, baselineOf(row, engine.leverBaseline, region), t('compare.baselineValue'), true);
              return (
                <li key={row.id} className="assumption" data-testid={`slide-assumption-${row.id}`}>
                  <p className="assumption__head">
                    <strong className="assumption__label">{label}</strong>
                    {!several && <span className="assumption__value">{formatAssumption(row, row.values[0], t('present.asBaseline'))}</span>}
                    <span className="assumption__baseline">({t('present.closingBaseline', { value: baseline })})</span>
                    <span className={`evidence evidence--${row.def.evidence}`}>{t(`evidence.${row.def.evidence}`)}</span>
                    {row.kind === 'parameter' && <span className="assumption__kind">{t('present.advancedParameter')}</span>}
                  </p>
                  {several && (
                    <ul className="assumption__values">
                      {row.values.map((value, k) => (
                        <li key={input.scenarios[k]?.ref ?? k}>
                          <ScenarioLetter index={k} colour={input.scenarios[k]?.colour ?? '#000000'} />
                          <span className="assumption__scenario">{scenarioName(input.scenarios[k]?.document.name ?? '')}:</span>{' '}
                          <span className="assumption__value">{formatAssumption(row, value, t('present.asBaseline'))}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="assumption__source">{t('charts.source', { source: def.source })}</p>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
