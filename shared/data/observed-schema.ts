// Schema of Puente's observed dataset (data/observed/observed-2019-2025.json and its manifest): what happened
// after the paper, 2019-2024 (2025 where published), the decisions taken on each oddity of the sources, and the
// table of regularisation programmes that ran. Every value read from a file goes through these schemas.
import { z } from 'zod';

export const OBSERVED_TABLE_IDS = ['remittances', 'gdp', 'remittanceCosts', 'venezuelans', 'regularisation', 'migrantStocks'] as const;
export type ObservedTableId = (typeof OBSERVED_TABLE_IDS)[number];

export const OBSERVED_CONFIDENCE = ['from source copy', 'computed from source copy', 'from secondary report (press/agency) copy'] as const;

/**
 * How the model uses a record: `model` values are reproduced exactly in the history years; `reference` values are
 * kept for comparison (aggregates, national press counts); `excluded` values were judged not to be observations
 * (the decision that excluded them is named in `decision`).
 */
export const RECORD_USE = ['model', 'reference', 'excluded'] as const;
export type RecordUse = (typeof RECORD_USE)[number];

const regionCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO3 or aggregate code');
const sourceKey = z.string().regex(/^S\d+$/, 'must be a source key like S1');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2021-05');

export const ObservedRecordSchema = z.strictObject({
  /** Stable, unique id: table.iso3.indicator.year[.period]. */
  id: z.string().min(1),
  table: z.enum(OBSERVED_TABLE_IDS),
  iso3: regionCode,
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  value: z.number().finite(),
  unit: z.string().min(1),
  year: z.number().int().min(2019).max(2025),
  /** The source's own date when more precise than the year ("end-year", "Aug 2023"); null where none. */
  period: z.string().nullable(),
  source: sourceKey,
  /** The source's own description of the figure. */
  sourceText: z.string().min(1),
  /** Exact location read: repository:path@commit or URL. */
  location: z.string().min(1),
  confidence: z.enum(OBSERVED_CONFIDENCE),
  note: z.string(),
  use: z.enum(RECORD_USE),
  /** Id of the decision (below) that set `use`, or null for the plain rule of its table. */
  decision: z.string().nullable(),
});
export type ObservedRecord = z.infer<typeof ObservedRecordSchema>;

export const ObservedSourceSchema = z.strictObject({
  name: z.string().min(1),
  location: z.string().min(1),
  vintage: z.string().min(1),
  note: z.string().optional(),
});

/** One oddity found in the sources and what Puente does about it. */
export const DecisionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  finding: z.string().min(1),
  decision: z.string().min(1),
  /** Record ids the decision applies to (may be empty where it concerns a rule, not records). */
  records: z.array(z.string().min(1)),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A dated figure: a cumulative count at the end of month `asOf`, with what it counts and where it was read. */
export const DatedCountSchema = z.strictObject({
  asOf: month,
  value: z.number().finite().nonnegative(),
  definition: z.string().min(1),
  /** `observed:<record id>`, `baseline:<record id>` or a URL. */
  source: z.string().min(1),
});
export type DatedCount = z.infer<typeof DatedCountSchema>;

export const ProgrammeSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{3}-[A-Z0-9-]+$/),
  iso3: regionCode,
  name: z.string().min(1),
  instrument: z.string().min(1),
  /** First month of issuance (the cumulative count is zero at its start). */
  start: month,
  /** Last month of issuance where known (null: open or unknown). */
  end: month.nullable(),
  /** Validity of the permit in years (null where not sourced); time-limited permits can lapse. */
  validityYears: z.number().positive().nullable(),
  timeLimited: z.boolean(),
  /**
   * How the model uses it: `flows` spreads `permits` over the months between its dated counts from 2019;
   * `in-2019-stocks` ran before the end of 2019, so it is part of the regular/irregular split the model starts
   * from; `none` where no permit count could be sourced.
   */
  modelUse: z.enum(['flows', 'in-2019-stocks', 'none']),
  status: z.enum(['sourced', 'partly sourced', 'not sourced']),
  /** Cumulative permits issued, one definition, in date order: the series the model spreads over time. */
  permits: z.array(DatedCountSchema),
  /** Share of the permits that went to people who were already regular (renewals, conversions), with its basis. */
  conversionShare: z.strictObject({ value: z.number().min(0).max(1), derivation: z.string().min(1), sources: z.array(z.string().min(1)) }).nullable(),
  /** Holders of earlier permits who lost regular status under the programme's rules (e.g. a missed deadline). */
  lapses: z.array(DatedCountSchema.extend({ effective: month })),
  /** Other figures for the same programme (registrations, deliveries, applications), kept for reference. */
  otherCounts: z.array(DatedCountSchema),
  /** What could not be sourced. */
  unsourced: z.array(z.string().min(1)),
  note: z.string(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ObservedDatasetSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().min(1),
  builtFrom: z.array(z.string().min(1)).min(1),
  sources: z.record(sourceKey, ObservedSourceSchema),
  decisions: z.array(DecisionSchema),
  records: z.array(ObservedRecordSchema),
  programmes: z.array(ProgrammeSchema),
});
export type ObservedDataset = z.infer<typeof ObservedDatasetSchema>;

export const ObservedManifestSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** sha256 (hex) of canonicalJson({ records, decisions, programmes }). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  recordCount: z.number().int().nonnegative(),
  programmeCount: z.number().int().nonnegative(),
  builtFrom: z.array(z.string().min(1)).min(1),
  /**
   * What scenario files are stamped with: the data the model runs on (baseline + observed), one id and one
   * checksum, so a file made on other data is recognised and the re-base prompt offered.
   */
  dataStamp: z.strictObject({ datasetId: z.string().min(1).max(100), checksum: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type ObservedManifest = z.infer<typeof ObservedManifestSchema>;
