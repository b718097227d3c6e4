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

/**
 * Parameters of format version 1 that the anchored model no longer has: the paper-era knots of the Venezuelan
 * outflow (the inflow path now starts from each host's observed record), the cost ramp's fixed start (the policy
 * start year lever replaced it) and the high preset's investment (investment now has its own ceiling lever).
 */
export const RETIRED_IN_V2 = [
  'costRampStartYear',
  'venezuelansAbroad2019',
  'inflowLow2020',
  'inflowLow2025',
  'inflowLow2030',
  'inflowCentral2020',
  'inflowCentral2025',
  'inflowCentral2030',
  'inflowHigh2020',
  'inflowHigh2025',
  'inflowHigh2030',
  'investmentHighPctGdp',
] as const;

/**
 * Parameters of format version 2 whose equation was rebuilt (docs/methodology.md, Module B, B9): taxes are now r_0 per
 * migrant plus r_F per formal job, so a pinned average revenue per migrant or gain per person regularised has no
 * meaning in the new equation.
 */
export const RETIRED_IN_V3 = ['revenuePerMigrantUsd', 'revenueGainPerRegularisedUsd'] as const;

const dropParameters = (doc: Json, retired: readonly string[]): Json => {
  const parameters = doc.parameters;
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) return doc;
  return { ...doc, parameters: Object.fromEntries(Object.entries(parameters).filter(([id]) => !retired.includes(id))) };
};

/** Index i migrates version i + 1 to i + 2. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'Version 2 (observed record to 2024, horizon 2035): drops the parameters the anchored model retired; levers are unchanged.',
    up: (doc) => {
      const parameters = doc.parameters;
      if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) return doc;
      const kept = Object.fromEntries(Object.entries(parameters).filter(([id]) => !(RETIRED_IN_V2 as readonly string[]).includes(id)));
      return { ...doc, parameters: kept };
    },
  },
  {
    from: 2,
    describe: 'Version 3 (taxes from formal jobs): drops the two revenue parameters the rebuilt tax equation retired; levers are unchanged.',
    up: (doc) => dropParameters(doc, RETIRED_IN_V3),
  },
];

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
