// The bundled datasets and the inputs the projection engine runs on. Everything is parsed and validated on first
// use, not at import: importing the scenario codec (which needs only the country list) parses nothing.
import anchoringJson from '../../data/model/anchoring.json';
import paperAnchorJson from '../../data/model/paper-anchor.json';
import datasetJson from '../../data/baseline/lac-baseline.json';
import manifestJson from '../../data/baseline/manifest.json';
import observedJson from '../../data/observed/observed-2019-2025.json';
import observedManifestJson from '../../data/observed/manifest.json';
import type { ModelBaseline } from '../model/types';
import { parseAnchoringRule, type AnchoringRule, type AnchoringSetting } from './anchoring';
import type { BaselineDataset, BaselineManifest } from './dataset-schema';
import { paperFigures as paperFiguresOf, type PaperFigure } from './figures';
import { toAnchoredBaseline, toPaperBaseline, type AnchoredBaseline } from './model-baseline';
import { ObservedDatasetSchema, ObservedManifestSchema, type ObservedDataset, type ObservedManifest } from './observed-schema';
import { parsePaperAnchor, type PaperAnchor } from './paper-anchor';
import { parseDataset, parseManifest } from './parse-dataset';

/** A value computed on first use and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

// The bundled files are built and tested together; a failure here is a broken build, not a user error.
const loadBaseline = once((): { dataset: BaselineDataset; manifest: BaselineManifest } => {
  const dataset = parseDataset(datasetJson as unknown);
  if (!dataset.ok) throw new Error(`Bundled ${dataset.message}`);
  const manifest = parseManifest(manifestJson as unknown);
  if (!manifest.ok) throw new Error(`Bundled ${manifest.message}`);
  if (manifest.value.id !== dataset.value.id || manifest.value.version !== dataset.value.version) {
    throw new Error('Bundled baseline manifest does not describe the bundled dataset (id or version differ)');
  }
  return { dataset: dataset.value, manifest: manifest.value };
});

const loadObserved = once((): { dataset: ObservedDataset; manifest: ObservedManifest } => {
  const dataset = ObservedDatasetSchema.safeParse(observedJson as unknown);
  if (!dataset.success) throw new Error(`Bundled observed dataset is invalid: ${dataset.error.issues[0]?.message ?? ''}`);
  const manifest = ObservedManifestSchema.safeParse(observedManifestJson as unknown);
  if (!manifest.success) throw new Error(`Bundled observed manifest is invalid: ${manifest.error.issues[0]?.message ?? ''}`);
  if (manifest.data.id !== dataset.data.id || manifest.data.version !== dataset.data.version) {
    throw new Error('Bundled observed manifest does not describe the bundled observed dataset (id or version differ)');
  }
  return { dataset: dataset.data, manifest: manifest.data };
});

const loadAnchoring = once(() => parseAnchoringRule(anchoringJson as unknown));
const loadPaperAnchor = once((): PaperAnchor => parsePaperAnchor(paperAnchorJson as unknown));

/** The paper-era baseline dataset (data/baseline). */
export const baselineDataset = (): BaselineDataset => loadBaseline().dataset;
export const baselineManifest = (): BaselineManifest => loadBaseline().manifest;
/** What happened since the paper, with the decisions on its oddities and the programmes that ran (data/observed). */
export const observedDataset = (): ObservedDataset => loadObserved().dataset;
export const observedManifest = (): ObservedManifest => loadObserved().manifest;

/**
 * What scenario files are stamped with: the data the model runs on (paper-era baseline + observed record), as one
 * id and one checksum. A file stamped with anything else was made on other data and is offered a re-base.
 */
export const dataStamp = (): { datasetId: string; checksum: string } => loadObserved().manifest.dataStamp;

/** The data an output's numbers come from, as outputs print it: the stamp's id and checksum, and both versions. */
export function dataProvenance(): { datasetId: string; datasetVersion: string; checksum: string } {
  const stamp = dataStamp();
  return { datasetId: stamp.datasetId, datasetVersion: `${baselineManifest().version}+${observedManifest().version}`, checksum: stamp.checksum };
}

const anchored = once((): AnchoredBaseline => toAnchoredBaseline(baselineDataset(), observedDataset(), dataStamp(), loadAnchoring().rule));

/** The engine's inputs: the baseline anchored at the last observed year (the app's baseline). */
export function modelBaseline(): ModelBaseline {
  return anchored().baseline;
}

/** The observed record behind the anchored baseline, per country and output, with record links. */
export function anchoredRecord(): AnchoredBaseline {
  return anchored();
}

/** The anchoring rule's values by setting id (data/model/anchoring.json). */
export function anchoringRule(): AnchoringRule {
  return loadAnchoring().rule;
}

/** The settings of the anchoring rule (data/model/anchoring.json), for the methodology page and the parameter cards. */
export function anchoringSettings(): readonly AnchoringSetting[] {
  return loadAnchoring().settings;
}

const paperAnchored = once((): ModelBaseline => toPaperBaseline(baselineDataset(), baselineManifest(), loadPaperAnchor()));

/** The paper-anchored baseline: the model as it ran from the paper's 2018/2019 values (Puente 0.1). */
export function paperBaseline(): ModelBaseline {
  return paperAnchored();
}

/** The paper-anchored run's assumptions with their reasons (for the "Paper vs. what happened" view and the docs). */
export function paperAnchor(): PaperAnchor {
  return loadPaperAnchor();
}

/** The paper's own figures from the bundled dataset, for chart markers. */
export function paperFigures(): PaperFigure[] {
  return paperFiguresOf(baselineDataset());
}

export { parseDataset, parseManifest } from './parse-dataset';
export { canonicalJson } from './canonical-json';
export { COUNTRIES, regionName, AGGREGATE_NAMES, type Country } from './countries';
export { INDICATOR_LABELS, indicatorLabel } from './indicators';
export { toAnchoredBaseline, toPaperBaseline, modelInputBasis, lacCorridorMeanCost2019, regionalMedianCost, type CountryInputBasis, type AnchoredBaseline } from './model-baseline';
export { OBSERVED_OUTPUTS, type ObservedOutput, type ObservedPoint, type CountryObserved, type AnchoringSetting } from './anchoring';
export { yearlyPermits, programmeFlows } from './programmes';
export { growthBacktest, GROWTH_RULE_VARIANTS, type GrowthBacktestRow, type GrowthRuleVariant } from './growth-backtest';
export { findRecord, findRecords, usableValue, type RecordQuery } from './records';
export {
  emigrantsByDestination,
  topRemittanceRecipientsUsd,
  topRemittanceRecipientsPctGdp,
  venezuelansByHost,
  type EmigrantsByDestination,
  type RankedValue,
  type VenezuelansInHost,
  type PaperFigure,
} from './figures';
export {
  TABLE_IDS,
  CONFIDENCE_LABELS,
  DatasetSchema,
  ManifestSchema,
  type TableId,
  type Confidence,
  type DatasetRecord,
  type BaselineDataset,
  type BaselineManifest,
} from './dataset-schema';
export {
  ObservedDatasetSchema,
  ObservedManifestSchema,
  type ObservedDataset,
  type ObservedManifest,
  type ObservedRecord,
  type Programme,
  type Decision,
} from './observed-schema';
