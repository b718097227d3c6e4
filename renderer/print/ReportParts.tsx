// Pieces every report shares: the page rule with its footer, the title block, the key-figure table, one chart with
// its own legend, the methodology page and the sources page.
import { useMemo } from 'react';
import type { OutputDef, OutputId, ParameterDef, Projection, RegionId } from '../../shared/model/types';
import { cssPageSize } from '../../shared/print/pdf-options';
import { MARGIN_MM } from '../../shared/print/pdf-options';
import type { PageSpec } from '../../shared/print/print-job';
import type { Engine } from '../compute/engine-types';
import { CARD_YEARS, cardText } from '../features/cards/card-text';
import { keyFigures } from '../features/cards/key-figures';
import { ChartLegend } from '../features/charts/ChartLegend';
import { legendItems } from '../features/charts/legend-items';
import { chartData } from '../features/charts/chart-data';
import { ScenarioChart } from '../features/charts/ScenarioChart';
import { displayUnit, valueWithUnit } from '../features/levers/display-units';
import { formatGrouped } from '../i18n/format';
import { t } from '../i18n/t';
import { useLocale } from '../i18n/use-locale';
import { methodologyEdition } from '../features/methodology/edition';
import { equationBlocks, unbreakableGroups } from './methodology-blocks';
import { plainSource, type SourceLine } from './report-content';

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A, control characters dropped. */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ').replace(/[\u0000-\u001f\u007f]/g, '')}"`;

/** "Page {page} of {pages}" as CSS content: the words from the catalogue around the page counters. */
function pageCounterContent(): string {
  return t('report.pageOf', { page: '\u0001', pages: '\u0002' })
    .split(/(\u0001|\u0002)/)
    .filter((part) => part !== '')
    .map((part) => (part === '\u0001' ? 'counter(page)' : part === '\u0002' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The @page rule: paper, margins and the footer on every page (what the report is, and page X of N). */
export function PageRule({ page, footer }: { page: PageSpec; footer: string }) {
  const m = MARGIN_MM;
  const css = `@page { size: ${cssPageSize(page)}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-left { content: ${cssString(footer)}; font-family: "Puente Sans", "Puente Math", sans-serif; font-size: 8pt; color: #4a4a4a; }
  @bottom-right { content: ${pageCounterContent()}; font-family: "Puente Sans", "Puente Math", sans-serif; font-size: 8pt; color: #4a4a4a; } }`;
  return <style>{css}</style>;
}

export function TitleBlock({ title, rows }: { title: string; rows: readonly [string, string][] }) {
  return (
    <header className="report__title">
      <p className="report__kicker">{t('report.kicker')}</p>
      <h1>{title}</h1>
      <dl className="report__meta">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{t('report.term', { term })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** A change and, under it, its low–high range (as on the screen's cards). */
function FigureCell({ value, range }: { value: string; range: string | null }) {
  return (
    <td className="num">
      {value}
      {range && <span className="report-figure__range">{range}</span>}
    </td>
  );
}

/** The screen's key-figure cards as a table: same numbers, same formatting, the same ranges. */
export function KeyFigureTable({ engine, projection, region }: { engine: Engine; projection: Projection; region: RegionId }) {
  const figures = useMemo(() => keyFigures(projection, region), [projection, region]);
  return (
    <table className="report-table report-table--figures" data-testid="report-figures">
      <caption>{t('report.figuresCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.figure')}</th>
          <th scope="col" className="num">{t('cards.inYear', { year: CARD_YEARS.target })}</th>
          <th scope="col" className="num">{t('cards.inYear', { year: CARD_YEARS.horizon })}</th>
          <th scope="col" className="num">{t('report.cumulative', { from: CARD_YEARS.from, to: CARD_YEARS.horizon })}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((fig) => {
          const text = cardText(fig, engine.outputs.find((o) => o.id === fig.output));
          return (
            <tr key={fig.output}>
              <th scope="row">{text.label}</th>
              <FigureCell value={text.change} range={text.range} />
              <FigureCell value={text.horizon} range={text.horizonRange} />
              <FigureCell value={text.cumulative} range={text.cumulativeRange} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One output chart at a fixed size, with the legend of what it draws. */
export function ReportChart({ engine, projection, region, def, size }: { engine: Engine; projection: Projection; region: RegionId; def: OutputDef; size: { width: number; height: number } }) {
  const data = useMemo(() => chartData(engine, projection, region, def.id as OutputId), [engine, projection, region, def.id]);
  const rows = data.rows;
  const items = legendItems([data], 'levels');
  const shown = useMemo(() => ({ ...def, source: plainSource(def.source, engine) }), [def, engine]);
  return (
    <div className="report-chart">
      <ScenarioChart
        def={shown}
        rows={rows}
        markers={data.markers}
        mode="levels"
        lastObserved={data.lastObserved}
        note={data.note}
        size={size}
        legend={<ChartLegend mode="levels" items={items} />}
      />
    </div>
  );
}

function parameterValue(def: ParameterDef, value: number): string {
  const { scale } = displayUnit(def.unit);
  // Years are never grouped ("2020", not "2,020").
  const number = def.unit === 'year' ? String(value) : formatGrouped(value * scale, 4);
  return valueWithUnit(number, value * scale, def.unit);
}

/**
 * A symbol or formula as printed. The bundled fonts have no superscript zero, so "s⁰_O" is set as "s" and a
 * raised "0": every glyph of the report comes from a font it embeds.
 */
export function Formula({ text }: { text: string }) {
  const parts = text.split('\u2070');
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && <sup>0</sup>}
      {part}
    </span>
  ));
}

/** "→ Remittances received": the outputs an equation gives, by the labels the report's charts and tables use. */
function outputsText(ids: readonly string[], engine: Engine): string {
  return ids.map((id) => engine.outputs.find((o) => o.id === id)?.label ?? id).join(', ');
}

/**
 * The equations as the methodology writes them, in the report's language where it has an edition (else in English,
 * and the report says so), and every parameter with the value this scenario uses.
 */
export function MethodologyPage({ engine, pinned, intro }: { engine: Engine; pinned: Readonly<Record<string, number>>; intro: string }) {
  const { language } = useLocale();
  const edition = useMemo(() => methodologyEdition(language), [language]);
  const blocks = useMemo(() => equationBlocks(edition.text), [edition]);
  return (
    <section className="report__section" aria-labelledby="report-methodology">
      <h2 id="report-methodology">{t('report.methodology')}</h2>
      <p className="report__note">{intro}</p>
      {edition.english && <p className="report__note" data-testid="report-methodology-english">{t('methodology.englishOnly')}</p>}
      {blocks.map((b, i) => (
        <figure key={`${b.heading}-${i}`} className="report-equations">
          <figcaption>{b.heading}</figcaption>
          <table className="report-equations__table">
            <tbody>
              {b.rows.map((row, k) => (
                <tr key={k}>
                  <td className="report-equations__tag">{row.tag}</td>
                  <td className="report-equations__formula">
                    {row.statements.map((statement, j) => (
                      <span key={j} className="report-equations__statement">
                        <Formula text={unbreakableGroups(statement)} />
                      </span>
                    ))}
                  </td>
                  <td className="report-equations__meaning">
                    {row.meaning !== '' && <Formula text={row.meaning} />}
                    {row.outputs.length > 0 && (
                      <span className="report-equations__outputs">{t('report.equationGives', { outputs: outputsText(row.outputs, engine) })}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ))}
      <table className="report-table report-table--parameters" data-testid="report-parameters">
        <caption>{t('report.parametersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.symbol')}</th>
            <th scope="col">{t('report.parameter')}</th>
            <th scope="col" className="num">{t('report.valueUsed')}</th>
            <th scope="col">{t('info.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {engine.parameters.map((p) => {
            const value = pinned[p.id];
            const changed = value !== undefined;
            return (
              <tr key={p.id} className={changed ? 'is-changed' : undefined}>
                <td className="report-table__symbol">
                  <Formula text={p.symbol} />
                </td>
                <td>{p.label}</td>
                <td className="num">
                  {parameterValue(p, changed ? value : p.default)}
                  {changed && <span className="report__changed"> {t('report.changedFrom', { value: parameterValue(p, p.default) })}</span>}
                </td>
                <td>{t(`evidence.${p.evidence}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function SourcesPage({ sources, caveats }: { sources: readonly SourceLine[]; caveats: readonly string[] }) {
  return (
    <section className="report__section" aria-labelledby="report-sources">
      <h2 id="report-sources">{t('report.sources')}</h2>
      {/* How to check any number, before the list of where they come from. */}
      <p className="report__note">{t('report.generatedBy')}</p>
      <dl className="report-sources" data-testid="report-sources">
        {sources.map((s, i) => (
          <div key={`${s.what}-${i}`}>
            <dt>{s.what}</dt>
            <dd>{s.source}</dd>
          </div>
        ))}
      </dl>
      {caveats.length > 0 && (
        <>
          <h2>{t('report.caveats')}</h2>
          <ul className="report-caveats" data-testid="report-caveats">
            {caveats.map((c) => <li key={c}>{c}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
