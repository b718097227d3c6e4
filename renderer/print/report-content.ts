// What the PDF report says, built from the scenario, its projection and the model's catalogues: the summary
// paragraph (from templates, offline), the assumptions it changes, the sources and the paper's caveats that
// apply. Words come from the message catalogue; numbers from the same formatters as the screen.
import type { EvidenceTag, OutputDef, OutputId, Projection, RegionId } from '../../shared/model/types';
import type { ScenarioDocument } from '../../shared/scenario/document';
import type { Engine } from '../compute/engine-types';
import { cardText } from '../features/cards/card-text';
import { keyFigures } from '../features/cards/key-figures';
import { assumptionRows, baselineOf, changedRows, formatAssumption, type AssumptionRow } from '../features/compare/assumption-rows';
import { displayUnit, shownBaseline, valueWithUnit } from '../features/levers/display-units';
import { readerReferences } from '../features/charts/repository-references';
import { formatPlain, formatSignificant } from '../i18n/format';
import { t, tMaybe } from '../i18n/t';
import { scenarioName } from '../features/file/scenario-name';

export const placeName = (engine: Engine, id: string): string => tMaybe(`region.${id}`, engine.regions.find((r) => r.id === id)?.name ?? id);

export interface ChangedAssumption {
  id: string;
  label: string;
  /** "All countries", or the country a per-country override applies to. */
  scope: string;
  baseline: string;
  scenario: string;
  unit: string;
  source: string;
  evidence: EvidenceTag;
  kind: 'lever' | 'override' | 'parameter';
}

/** An assumption's value as the report prints it: the Compare screen's number, with its unit as a sentence reads it. */
function reportValue(row: AssumptionRow, value: number | string | null | undefined, fallback: string, measured = false): string {
  if (typeof value !== 'number') return formatAssumption(row, value, fallback);
  const { scale } = displayUnit(row.def.unit);
  // A measured baseline by the screen's rounding rule, as the lever panel shows it; a setting as set.
  const shown = measured ? shownBaseline(value * scale, row.def.unit) : value * scale;
  const text = row.def.unit === 'year' ? formatPlain(shown, 0) : measured ? formatSignificant(shown) : formatPlain(shown, 2);
  return valueWithUnit(text, shown, row.def.unit);
}

/** Every lever, per-country override and parameter the scenario really changes, with baseline and scenario values. */
export function changedAssumptions(doc: ScenarioDocument, engine: Engine, region: RegionId): ChangedAssumption[] {
  return changedRows(assumptionRows([doc], engine.levers, engine.parameters), engine.leverBaseline, region).map((row) => ({
    id: row.id,
    label: row.def.label,
    scope: row.country ? placeName(engine, row.country) : t('report.allCountries'),
    baseline: reportValue(row, baselineOf(row, engine.leverBaseline, row.country ?? region), t('compare.baselineValue'), true),
    scenario: reportValue(row, row.values[0], t('compare.asBaseline')),
    unit: row.def.unit,
    source: plainSource(row.def.source, engine),
    evidence: row.def.evidence,
    kind: row.kind,
  }));
}

/**
 * Items of a summary sentence. Each starts with a label exactly as the screen writes it (never lowered: "GDP",
 * "Venezuelan"), and values may hold commas ("6,731 USD"), so they are set apart by semicolons.
 */
const itemList = (items: readonly string[]): string => items.join('; ');

/** The plain-language paragraph at the top of the report: what the scenario changes and what it projects. */
export function reportSummary(doc: ScenarioDocument, projection: Projection, engine: Engine, region: RegionId): string {
  const place = placeName(engine, region);
  const changes = changedAssumptions(doc, engine, region);
  const sentences: string[] = [];
  if (changes.length === 0) {
    sentences.push(t('report.summary.noChanges', { name: scenarioName(doc.name) }));
  } else {
    const shown = changes.slice(0, 4).map((c) =>
      c.kind === 'override'
        ? t('report.summary.changeIn', { label: c.label, value: c.scenario, place: c.scope, baseline: c.baseline })
        : t('report.summary.change', { label: c.label, value: c.scenario, baseline: c.baseline }),
    );
    sentences.push(t(shown.length === 1 ? 'report.summary.changeOnly' : 'report.summary.changes', { name: scenarioName(doc.name), changes: itemList(shown) }));
    const more = changes.length - shown.length;
    if (more > 0) sentences.push(more === 1 ? t('report.summary.moreOne') : t('report.summary.moreMany', { count: more }));
  }
  const figures = keyFigures(projection, region)
    .filter((f) => f.change2030 !== null && Math.abs(f.change2030) > 0.5)
    .slice(0, 4)
    .map((f) => {
      const text = cardText(f, engine.outputs.find((o) => o.id === f.output));
      const label = text.label;
      // The same low–high range as the card; "same in every run" where its ends round alike.
      if (!text.range) return t('report.summary.figure', { label, value: text.change });
      if (text.range === t('cards.noRange')) return t('report.summary.figureSame', { label, value: text.change });
      return t('report.summary.figureRange', { label, value: text.change, range: text.range });
    });
  sentences.push(
    figures.length === 0
      ? t('report.summary.noEffect', { place })
      : t('report.summary.effects', { place, figures: itemList(figures) }),
  );
  sentences.push(t('report.summary.band'));
  return sentences.join(' ');
}

export interface SourceLine {
  what: string;
  source: string;
}

/** The sources behind the report: the paper, the data, every output charted and every assumption changed. */
export function reportSources(docs: readonly ScenarioDocument[], charts: readonly OutputDef[], engine: Engine, region: RegionId): SourceLine[] {
  const lines: SourceLine[] = [
    { what: t('report.sources.paper'), source: t('report.sources.paperCitation') },
    { what: t('report.sources.data', { id: engine.baseline.datasetId, version: engine.baseline.datasetVersion }), source: t('report.sources.dataDetail') },
  ];
  for (const def of charts) lines.push({ what: def.label, source: plainSource(def.source, engine) });
  const seen = new Set<string>();
  for (const doc of docs) {
    for (const c of changedAssumptions(doc, engine, region)) {
      const key = c.id.replace(/^override:[A-Z]+:/, 'lever:');
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push({ what: c.label, source: c.source });
    }
  }
  return lines;
}

/** The paper's caveats behind the figures this report draws on (remittance figures, Venezuelan counts). */
export function applicableCaveats(engine: Engine, outputs: readonly OutputId[]): string[] {
  const figures = engine.figures();
  const wanted = new Set<string>();
  if (outputs.some((o) => o.startsWith('remittances') || o === 'feeSavingsUsd')) wanted.add('fig2').add('fig3');
  if (outputs.some((o) => !o.startsWith('remittances') && o !== 'feeSavingsUsd')) wanted.add('fig4');
  return [...new Set(figures.filter((f) => wanted.has(f.id)).flatMap((f) => f.caveats))];
}

/**
 * A source line for a ministerial reader: the repository files it cites by what they are ("Puente's parameter
 * table", not "data/model/parameters.json"), and the model's ids by their labels ("inflowShiftLow" → "Low inflow
 * path: growth shift").
 */
export function plainSource(source: string, engine: Pick<Engine, 'levers' | 'parameters' | 'outputs'>): string {
  const labels = new Map<string, string>([...engine.levers, ...engine.parameters, ...engine.outputs].map((d) => [d.id, d.label]));
  return readerReferences(source).replace(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g, (id) => labels.get(id) ?? id);
}

/** Outputs a comparison report charts at most (three pages in portrait, two in landscape). */
export const MAX_COMPARED_CHARTS = 6;
/** Charted when a compared scenario's view names none. */
const DEFAULT_COMPARED: readonly OutputId[] = ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd'];

/**
 * The charts of a comparison: the charts each scenario was saved showing, taken in turns (each scenario's first
 * chart, then each one's second…) so that every scenario's own subject is drawn, without repeats, up to the cap.
 */
export function comparedCharts(docs: readonly ScenarioDocument[], outputs: readonly OutputDef[]): OutputDef[] {
  const views: readonly (readonly string[])[] = docs.map((d) => (d.view.charts.length > 0 ? d.view.charts : DEFAULT_COMPARED));
  const wanted: string[] = [];
  for (let turn = 0; turn < Math.max(0, ...views.map((v) => v.length)); turn++) {
    for (const view of views) {
      const id = view[turn];
      if (id !== undefined && !wanted.includes(id)) wanted.push(id);
    }
  }
  return wanted
    .map((id) => outputs.find((o) => o.id === id))
    .filter((d): d is OutputDef => d !== undefined)
    .slice(0, MAX_COMPARED_CHARTS);
}
