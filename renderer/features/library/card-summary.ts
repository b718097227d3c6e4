// What a library card says about a scenario, in words: its place and scope, the levers and parameters it changes
// with their values and units ("Remittance cost cap 3 % of USD 200 (from 7.93 % of USD 200)"), its main result for
// its own place, and the data it was made on. Pure (given the scenario's projection): tested under node.
import { SDG_YEAR, type OutputId, type Projection, type ScenarioInputs } from '../../../shared/model/types';
import type { BaselineStamp } from '../../../shared/library/baseline';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import { assumptionRows, baselineOf, changedRows, formatAssumption } from '../compare/assumption-rows';
import { candidateOutputs, relativeSpread } from '../compare/differ-most';
import { scopeSummary } from '../levers/scope-text';
import { datasetName } from './dataset-name';

/** Changes listed on a card; the rest are counted ("and 2 more"). */
export const CARD_CHANGES = 3;

export interface CardResult {
  output: OutputId;
  /** "Migrants with regular status in Guatemala, 2030". */
  label: string;
  /** The change against the baseline, compact with its unit ("+120k people"). */
  value: string;
}

export interface CardSummary {
  place: string;
  scope: string;
  /** The first CARD_CHANGES changes, in words. */
  changes: string[];
  /** How many more it changes. */
  moreChanges: number;
  /** The main result at the scenario's own place; null where it changes nothing there. */
  result: CardResult | null;
  dataset: string;
}

type CardEngine = Pick<Engine, 'levers' | 'parameters' | 'leverBaseline' | 'outputs' | 'regions' | 'baseline'>;

/** Every lever, per-country lever and parameter the scenario really changes, as "label value (from baseline)". */
export function changesInWords(doc: ScenarioDocument, engine: CardEngine): string[] {
  const region = doc.view.region;
  return changedRows(assumptionRows([doc], engine.levers, engine.parameters), engine.leverBaseline, region).map((row) => {
    const value = formatAssumption(row, row.values[0], t('compare.asBaseline'));
    const baseline = formatAssumption(row, baselineOf(row, engine.leverBaseline, row.country ?? region), t('compare.baselineValue'), true);
    return row.country
      ? t('library.changeIn', { place: placeName(engine, row.country), label: row.def.label, value, baseline })
      : t('library.change', { label: row.def.label, value, baseline });
  });
}

/**
 * The main result: the first output the scenario charts that it changes at its own place in 2030 (the author's
 * order says what matters most to them), as the change against the baseline.
 */
export function mainResult(doc: ScenarioDocument, projection: Projection, engine: CardEngine): CardResult | null {
  const region = doc.view.region;
  const at = projection.years.indexOf(SDG_YEAR);
  for (const output of candidateOutputs([doc])) {
    const spread = relativeSpread(projection, [projection], { region, output });
    if (spread === null || spread <= 1e-9) continue;
    const runs = projection.regions[region];
    const s = runs?.scenario[output][at];
    const b = runs?.baseline[output][at];
    const def = engine.outputs.find((o) => o.id === output);
    if (s == null || b == null || !def) continue;
    return {
      output,
      label: t('library.resultLabel', { output: def.label, place: placeName(engine, region), year: SDG_YEAR }),
      value: formatCompact(s - b, def.unit, { signed: true, difference: true }),
    };
  }
  return null;
}

export function cardSummary(doc: ScenarioDocument, projection: Projection, engine: CardEngine, bundled: BaselineStamp): CardSummary {
  const changes = changesInWords(doc, engine);
  return {
    place: placeName(engine, doc.view.region),
    scope: scopeSummary(doc, engine),
    changes: changes.slice(0, CARD_CHANGES),
    moreChanges: Math.max(0, changes.length - CARD_CHANGES),
    result: mainResult(doc, projection, engine),
    dataset: datasetName(doc.baseline, bundled),
  };
}

const SUMMARY_LIMIT = 200;

/**
 * Card summaries kept by what they depend on (the model inputs, the view, the data stamp): reopening the library,
 * renaming, re-sorting or a reload of the listing costs nothing, and a projection is run only for new inputs.
 */
export function createCardSummaries(engine: CardEngine, project: (inputs: ScenarioInputs) => Projection, bundled: () => BaselineStamp) {
  const cache = new Map<string, CardSummary>();
  return {
    summary(doc: ScenarioDocument): CardSummary {
      const inputs = toScenarioInputs(doc);
      const key = JSON.stringify([inputs, doc.view, doc.baseline]);
      const hit = cache.get(key);
      if (hit) return hit;
      const summary = cardSummary(doc, project(inputs), engine, bundled());
      if (cache.size >= SUMMARY_LIMIT) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, summary);
      return summary;
    },
  };
}

export type CardSummaries = ReturnType<typeof createCardSummaries>;
