// What the PDF report says, built from the scenario, its projection and the model's catalogues: the summary
// paragraph (from templates, offline), the assumptions it changes, the sources and the paper's caveats that
// apply. Words come from the message catalogue; numbers from the same formatters as the screen.
import type { EvidenceTag, OutputDef, OutputId, Projection, RegionId } from '../../shared/model/types';
import type { ScenarioDocument } from '../../shared/scenario/document';
import type { Engine } from '../compute/engine-types';
import { cardText } from '../features/cards/card-text';
import { keyFigures } from '../features/cards/key-figures';
import { assumptionRows, baselineOf, changedRows, formatAssumption } from '../features/compare/assumption-rows';
import { numberLocale } from '../i18n/format';
import { messageLanguage, t, tMaybe } from '../i18n/t';

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

/** Every lever, per-country override and parameter the scenario really changes, with baseline and scenario values. */
export function changedAssumptions(doc: ScenarioDocument, engine: Engine, region: RegionId): ChangedAssumption[] {
  return changedRows(assumptionRows([doc], engine.levers, engine.parameters), engine.leverBaseline, region).map((row) => ({
    id: row.id,
    label: row.def.label,
    scope: row.country ? placeName(engine, row.country) : t('report.allCountries'),
    baseline: formatAssumption(row, baselineOf(row, engine.leverBaseline, row.country ?? region), t('compare.baselineValue')),
    scenario: formatAssumption(row, row.values[0], t('compare.asBaseline')),
    unit: row.def.unit,
    source: row.def.source,
    evidence: row.def.evidence,
    kind: row.kind,
  }));
}

const listFormat = (items: readonly string[]): string => {
  try {
    return new Intl.ListFormat(numberLocale(), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
};

/**
 * A label inside a sentence: its first letter in lower case, in the report's language; the rest as written, so
 * acronyms keep their capitals ("contribución de los migrantes al PIB", "GDP contribution…").
 */
function inSentence(label: string): string {
  const first = label.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase()) return label;
  return label.charAt(0).toLocaleLowerCase(messageLanguage()) + label.slice(1);
}

/** The plain-language paragraph at the top of the report: what the scenario changes and what it projects. */
export function reportSummary(doc: ScenarioDocument, projection: Projection, engine: Engine, region: RegionId): string {
  const place = placeName(engine, region);
  const changes = changedAssumptions(doc, engine, region);
  const sentences: string[] = [];
  if (changes.length === 0) {
    sentences.push(t('report.summary.noChanges', { name: doc.name }));
  } else {
    const shown = changes.slice(0, 4).map((c) =>
      c.kind === 'override'
        ? t('report.summary.changeIn', { label: inSentence(c.label), value: c.scenario, place: c.scope, baseline: c.baseline })
        : t('report.summary.change', { label: inSentence(c.label), value: c.scenario, baseline: c.baseline }),
    );
    if (changes.length > shown.length) shown.push(t('report.summary.more', { count: changes.length - shown.length }));
    sentences.push(t('report.summary.changes', { name: doc.name, changes: listFormat(shown) }));
  }
  const figures = keyFigures(projection, region)
    .filter((f) => f.change2030 !== null && Math.abs(f.change2030) > 0.5)
    .slice(0, 4)
    .map((f) => {
      const text = cardText(f, engine.outputs.find((o) => o.id === f.output));
      return t('report.summary.figure', { label: inSentence(text.label), value: text.change });
    });
  sentences.push(
    figures.length === 0
      ? t('report.summary.noEffect', { place })
      : t('report.summary.effects', { place, figures: listFormat(figures) }),
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
  for (const def of charts) lines.push({ what: def.label, source: def.source });
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
