// Lookups over the dataset's records. Callers say which vintage they want; nothing here picks one silently.
import type { BaselineDataset, DatasetRecord, TableId } from './dataset-schema';

export interface RecordQuery {
  iso3?: string;
  indicator: string;
  year?: number;
  /** Matched against the end of the record id (the vintage key), e.g. 'wdi2025'. */
  vintageKey?: string;
  counterpart?: string | null;
}

export function findRecords(dataset: BaselineDataset, table: TableId, q: RecordQuery): DatasetRecord[] {
  return dataset.tables[table].filter(
    (r) =>
      r.indicator === q.indicator &&
      (q.iso3 === undefined || r.iso3 === q.iso3) &&
      (q.year === undefined || r.year === q.year) &&
      (q.counterpart === undefined || r.counterpart === q.counterpart) &&
      (q.vintageKey === undefined || r.id.split('.').includes(q.vintageKey)),
  );
}

/** The single record matching q, or undefined; more than one match is a dataset error, not a choice to make here. */
export function findRecord(dataset: BaselineDataset, table: TableId, q: RecordQuery): DatasetRecord | undefined {
  const hits = findRecords(dataset, table, q);
  if (hits.length > 1) throw new Error(`Ambiguous ${table} query ${JSON.stringify(q)}: ${hits.map((h) => h.id).join(', ')}`);
  return hits[0];
}

/** A value a model input may default to: numeric and never "recalled, unverified". */
export function usableValue(record: DatasetRecord | undefined): number | null {
  if (!record || record.value === null) return null;
  if (record.confidence === 'recalled, unverified' || record.confidence === 'not found') return null;
  return record.value;
}
