// The bundled baseline dataset, parsed once at load, and the inputs the projection engine runs on.
import datasetJson from '../../data/baseline/lac-baseline.json';
import manifestJson from '../../data/baseline/manifest.json';
import type { ModelBaseline } from '../model/types';
import type { BaselineDataset, BaselineManifest } from './dataset-schema';
import { paperFigures as paperFiguresOf, type PaperFigure } from './figures';
import { toModelBaseline } from './model-baseline';
import { parseDataset, parseManifest } from './parse-dataset';

function load(): { dataset: BaselineDataset; manifest: BaselineManifest } {
  // The bundled files are built and tested together; a failure here is a broken build, not a user error.
  const dataset = parseDataset(datasetJson as unknown);
  if (!dataset.ok) throw new Error(`Bundled ${dataset.message}`);
  const manifest = parseManifest(manifestJson as unknown);
  if (!manifest.ok) throw new Error(`Bundled ${manifest.message}`);
  if (manifest.value.id !== dataset.value.id || manifest.value.version !== dataset.value.version) {
    throw new Error('Bundled baseline manifest does not describe the bundled dataset (id or version differ)');
  }
  return { dataset: dataset.value, manifest: manifest.value };
}

const loaded = load();

export const BASELINE_DATASET: BaselineDataset = loaded.dataset;
export const BASELINE_MANIFEST: BaselineManifest = loaded.manifest;

let memoBaseline: ModelBaseline | undefined;
/** The engine's per-country inputs, built once from the bundled dataset (WDI later vintage; see docs/data.md). */
export function modelBaseline(): ModelBaseline {
  memoBaseline ??= toModelBaseline(BASELINE_DATASET, BASELINE_MANIFEST);
  return memoBaseline;
}

/** The paper's own figures from the bundled dataset, for chart markers. */
export function paperFigures(): PaperFigure[] {
  return paperFiguresOf(BASELINE_DATASET);
}

export { parseDataset, parseManifest } from './parse-dataset';
export { canonicalJson } from './canonical-json';
export { COUNTRIES, findCountry, regionName, AGGREGATE_NAMES, type Country } from './countries';
export { INDICATOR_LABELS, indicatorLabel } from './indicators';
export { toModelBaseline, modelInputBasis, lacCorridorMeanCost2019, type CountryInputBasis } from './model-baseline';
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
