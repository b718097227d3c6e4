// Schema of Puente's baseline dataset file (data/baseline/lac-baseline.json) and its manifest.
// Every value read from disk or from a bundled JSON goes through these schemas before use.
import { z } from 'zod';

/** The tables of the dataset, one per kind of evidence (see docs/data.md). */
export const TABLE_IDS = [
  'paper',
  'remittances',
  'remittanceCosts',
  'populationGdp',
  'migrantStocks',
  'venezuelans',
  'regularisation',
  'informality',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/**
 * How far a value can be trusted. "recalled, unverified" values are kept for reference and flagged,
 * but never used as a model input default.
 */
export const CONFIDENCE_LABELS = ['from paper', 'from source copy', 'recalled, unverified', 'not found'] as const;
export type Confidence = (typeof CONFIDENCE_LABELS)[number];

/** ISO3 country code, or an aggregate code (LAC, LCN, WLD, NCA, CAM, ...): three capital letters. */
const regionCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO3 or aggregate code');

export const DatasetRecordSchema = z.strictObject({
  /** Stable, unique id: table.iso3.indicator.year[.qualifier]. */
  id: z.string().min(1),
  table: z.enum(TABLE_IDS),
  iso3: regionCode,
  /** Stable indicator id (labels live in shared/data/indicators.ts). */
  indicator: z.string().regex(/^[a-z0-9_]+$/, 'must be a snake_case indicator id'),
  /** In base units (USD, persons, %); null where the value was not found or is text (see note). */
  value: z.number().finite().nullable(),
  unit: z.string().min(1),
  /** Reference year (end year of a period); null where the source gives none. */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** The source's own date or period when more precise than a year, e.g. "31 Dec 2019". */
  period: z.string().nullable(),
  /** The other country of a pair: sending country of a corridor, or origin of an immigrant group. */
  counterpart: regionCode.nullable(),
  source: z.string().min(1),
  vintage: z.string().min(1),
  confidence: z.enum(CONFIDENCE_LABELS),
  note: z.string(),
});
export type DatasetRecord = z.infer<typeof DatasetRecordSchema>;

const tableShape = Object.fromEntries(TABLE_IDS.map((t) => [t, z.array(DatasetRecordSchema)])) as {
  [K in TableId]: z.ZodArray<typeof DatasetRecordSchema>;
};

export const DatasetSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
  title: z.string().min(1),
  builtFrom: z.array(z.string().min(1)).min(1),
  modelVintage: z.string().min(1),
  tables: z.strictObject(tableShape),
});
export type BaselineDataset = z.infer<typeof DatasetSchema>;

export const ManifestSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** sha256 (hex) of canonicalJson(dataset.tables). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
  recordCount: z.number().int().nonnegative(),
  builtFrom: z.array(z.string().min(1)).min(1),
  modelVintage: z.string().min(1),
});
export type BaselineManifest = z.infer<typeof ManifestSchema>;
