// Boundary parsing of the dataset and manifest: unknown in, typed value or a message naming the bad field out.
import type { z } from 'zod';
import { err, ok, type Result } from '../result';
import { DatasetSchema, ManifestSchema, type BaselineDataset, type BaselineManifest } from './dataset-schema';

/** "tables.paper[3].value: Invalid input: expected number, received string" — the path a user can find. */
function describeIssues(error: z.ZodError, what: string): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
    return `${path || '(root)'}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid ${what}: ${lines.join('; ')}${more}`;
}

export function parseDataset(raw: unknown): Result<BaselineDataset, 'invalid'> {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return err('invalid', describeIssues(parsed.error, 'baseline dataset'));
  const ids = new Set<string>();
  for (const table of Object.values(parsed.data.tables)) {
    for (const [i, record] of table.entries()) {
      if (ids.has(record.id)) return err('invalid', `Invalid baseline dataset: tables.${record.table}[${i}].id: duplicate id "${record.id}"`);
      ids.add(record.id);
    }
  }
  for (const [tableId, table] of Object.entries(parsed.data.tables)) {
    const misplaced = table.findIndex((r) => r.table !== tableId);
    if (misplaced >= 0) return err('invalid', `Invalid baseline dataset: tables.${tableId}[${misplaced}].table: record says "${table[misplaced]?.table}"`);
  }
  return ok(parsed.data);
}

export function parseManifest(raw: unknown): Result<BaselineManifest, 'invalid'> {
  const parsed = ManifestSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : err('invalid', describeIssues(parsed.error, 'baseline manifest'));
}
