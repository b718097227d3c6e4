// Ordered, pure migrations from each past schemaVersion to the next (excalidraw-style registry).
// Never edit a shipped migration: add a new one and a golden fixture in tests/fixtures/scenarios/.
import { err, ok, type Result } from '../result';
import { SCENARIO_SCHEMA_VERSION } from './document';

type Json = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it returns a document of version from + 1. */
  from: number;
  describe: string;
  up: (doc: Json) => Json;
}

/** Index i migrates version i + 1 to i + 2. Empty while version 1 is the only version ever shipped. */
export const MIGRATIONS: readonly Migration[] = [];

/** Self-check: the registry covers every step from 1 to the current version, in order. */
export function checkMigrationRegistry(): string | null {
  if (MIGRATIONS.length !== SCENARIO_SCHEMA_VERSION - 1) {
    return `expected ${SCENARIO_SCHEMA_VERSION - 1} migrations for schema version ${SCENARIO_SCHEMA_VERSION}, found ${MIGRATIONS.length}`;
  }
  const outOfOrder = MIGRATIONS.findIndex((m, i) => m.from !== i + 1);
  return outOfOrder === -1 ? null : `migration ${outOfOrder} reads version ${MIGRATIONS[outOfOrder]?.from}, expected ${outOfOrder + 1}`;
}

export function migrateToCurrent(doc: Json, version: number): Result<Json, 'invalid'> {
  let current = doc;
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v += 1) {
    const step = MIGRATIONS[v - 1];
    if (!step) return err('invalid', `No migration from scenario format version ${v}.`);
    current = { ...step.up(current), schemaVersion: v + 1 };
  }
  return ok(current);
}
