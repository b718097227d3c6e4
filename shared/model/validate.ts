// Checks what project() and sensitivity() are given, with messages a user can act on.
// parseScenarioInputs parses a scenario from unknown (e.g. a file) with zod and the same range checks.
import { z } from 'zod';
import { LEVERS, PARAMETER_BY_ID } from './catalogue';
import type { LeverDef, LeverId, ModelBaseline, ScenarioInputs } from './types';

const LEVER_DEF: ReadonlyMap<string, LeverDef> = new Map(LEVERS.map((l) => [l.id, l]));

function checkLevers(levers: Readonly<Record<string, unknown>>, where: string, problems: string[]): void {
  for (const [id, value] of Object.entries(levers)) {
    if (value === undefined) continue;
    const def = LEVER_DEF.get(id);
    if (!def) {
      problems.push(`${where}: unknown lever "${id}"`);
    } else if (def.kind === 'choice') {
      if (typeof value !== 'string' || !(def.choices ?? []).includes(value)) {
        problems.push(`${where}: ${def.label} must be one of ${(def.choices ?? []).join(', ')}, got ${String(value)}`);
      }
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < (def.min ?? -Infinity) || value > (def.max ?? Infinity)) {
      problems.push(`${where}: ${def.label} must be a number from ${def.min} to ${def.max} ${def.unit}, got ${String(value)}`);
    }
  }
}

/** Problems with a scenario, in words; empty when it can be projected. */
export function scenarioProblems(scenario: ScenarioInputs, baseline?: ModelBaseline): string[] {
  const problems: string[] = [];
  checkLevers(scenario.levers as Readonly<Record<LeverId, unknown>>, 'levers', problems);
  const known = baseline ? new Set(baseline.countries.map((c) => c.iso3)) : null;
  for (const [iso3, levers] of Object.entries(scenario.countries)) {
    if (known && !known.has(iso3)) problems.push(`countries: ${iso3} is not in the baseline data`);
    checkLevers(levers as Readonly<Record<string, unknown>>, `countries.${iso3}`, problems);
  }
  for (const [id, value] of Object.entries(scenario.parameters)) {
    const def = (PARAMETER_BY_ID as Readonly<Record<string, (typeof PARAMETER_BY_ID)[keyof typeof PARAMETER_BY_ID] | undefined>>)[id];
    if (!def) problems.push(`parameters: unknown parameter "${id}"`);
    else if (!Number.isFinite(value) || value < def.min || value > def.max) {
      problems.push(`parameters: ${def.label} (${id}) must be from ${def.min} to ${def.max} ${def.unit}, got ${String(value)}`);
    }
  }
  return problems;
}

export function assertValidScenario(scenario: ScenarioInputs, baseline?: ModelBaseline): void {
  const problems = scenarioProblems(scenario, baseline);
  if (problems.length > 0) throw new Error(`Invalid scenario:\n  ${problems.join('\n  ')}`);
}

const checkedBaselines = new WeakSet<ModelBaseline>();

/** Checks the baseline once per object: the engine divides by and multiplies these numbers. */
export function assertValidBaseline(baseline: ModelBaseline): void {
  if (checkedBaselines.has(baseline)) return;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of baseline.countries) {
    if (seen.has(c.iso3)) problems.push(`${c.iso3}: listed twice`);
    seen.add(c.iso3);
    const nonNegative: [string, number | null][] = [
      ['population2019', c.population2019],
      ['gdp2018Usd', c.gdp2018Usd],
      ['remittances2018Usd', c.remittances2018Usd],
      ['remittanceCostPct', c.remittanceCostPct],
      ['otherImmigrants2019', c.otherImmigrants2019],
      ['venezuelans2019', c.venezuelans2019],
      ['emigrants2019', c.emigrants2019],
    ];
    for (const [field, value] of nonNegative) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) problems.push(`${c.iso3}: ${field} must be a number >= 0, got ${String(value)}`);
    }
    // Divisors: a zero population or GDP would turn ratios and per-capita scaling into Infinity.
    if (!(c.population2019 > 0)) problems.push(`${c.iso3}: population2019 must be > 0`);
    if (c.gdp2018Usd !== null && !(c.gdp2018Usd > 0)) problems.push(`${c.iso3}: gdp2018Usd must be > 0 or null`);
    const share = c.venezuelanIrregularShare2019;
    if (share !== null && !(share >= 0 && share <= 1)) problems.push(`${c.iso3}: venezuelanIrregularShare2019 must be from 0 to 1, got ${String(share)}`);
  }
  if (problems.length > 0) throw new Error(`Invalid model baseline ${baseline.datasetId}:\n  ${problems.join('\n  ')}`);
  checkedBaselines.add(baseline);
}

const leversSchema = z
  .object({
    remittanceCostTargetPct: z.number().optional(),
    remittanceCostTargetYear: z.number().int().optional(),
    regularisationRatePerYear: z.number().optional(),
    processingCapacityShare: z.number().optional(),
    absorptionCapacity: z.enum(['low', 'medium', 'high', 'custom']).optional(),
    absorptionInvestmentPctGdp: z.number().optional(),
    inflowPath: z.enum(['low', 'central', 'high']).optional(),
  })
  .strict();

const scenarioSchema = z
  .object({
    levers: leversSchema,
    countries: z.record(z.string().regex(/^[A-Z]{3}$/, 'ISO3 code expected'), leversSchema),
    parameters: z.record(z.string(), z.number()),
  })
  .strict();

/** Parses scenario inputs from unknown: shape with zod, then ranges against the catalogues. */
export function parseScenarioInputs(raw: unknown, baseline?: ModelBaseline): ScenarioInputs {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid scenario:\n  ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('\n  ')}`);
  }
  const scenario = parsed.data as ScenarioInputs;
  assertValidScenario(scenario, baseline);
  return scenario;
}
