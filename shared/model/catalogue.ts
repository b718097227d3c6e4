// Loads the parameter, lever and output catalogues from data/model/*.json and validates them at load,
// so a bad edit to a catalogue fails loudly at start-up, not as a NaN in a chart.
import { z } from 'zod';
import parametersJson from '../../data/model/parameters.json';
import leversJson from '../../data/model/levers.json';
import outputsJson from '../../data/model/outputs.json';
import { OUTPUT_IDS } from './types';
import type { LeverDef, LeverId, OutputDef, ParameterDef } from './types';
import { PARAMETER_IDS } from './parameter-ids';
import type { ParameterId } from './parameter-ids';

const evidence = z.enum(['S', 'D', 'A']);
const moduleId = z.enum(['A', 'B', 'C', 'inflows']);
const finite = z.number().finite();

const parameterSchema = z
  .object({
    id: z.string().min(1),
    symbol: z.string().min(1),
    label: z.string().min(1),
    description: z.string().min(1),
    module: moduleId,
    unit: z.string().min(1),
    default: finite,
    low: finite,
    high: finite,
    min: finite,
    max: finite,
    step: finite.positive(),
    evidence,
    source: z.string().min(1),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((p) => p.min <= p.low && p.low <= p.high && p.high <= p.max, {
    message: 'needs min <= low <= high <= max',
  })
  .refine((p) => p.min <= p.default && p.default <= p.max, { message: 'default outside [min, max]' });

const LEVER_IDS = [
  'remittanceCostTargetPct',
  'remittanceCostTargetYear',
  'regularisationRatePerYear',
  'processingCapacityShare',
  'absorptionCapacity',
  'absorptionInvestmentPctGdp',
  'inflowPath',
] as const satisfies readonly LeverId[];

const leverSchema = z
  .object({
    id: z.enum(LEVER_IDS),
    label: z.string().min(1),
    description: z.string().min(1),
    module: moduleId,
    unit: z.string().min(1),
    kind: z.enum(['number', 'choice']),
    min: finite.optional(),
    max: finite.optional(),
    step: finite.positive().optional(),
    choices: z.array(z.string().min(1)).min(1).optional(),
    baseline: z.union([finite, z.string().min(1)]),
    references: z.array(z.object({ label: z.string().min(1), value: finite }).strict()),
    evidence,
    source: z.string().min(1),
  })
  .strict()
  .refine((l) => (l.kind === 'number' ? l.min !== undefined && l.max !== undefined && l.min <= l.max : l.choices !== undefined), {
    message: 'number levers need min <= max; choice levers need choices',
  })
  .refine((l) => l.kind !== 'choice' || (typeof l.baseline === 'string' && (l.choices ?? []).includes(l.baseline)), {
    message: 'a choice lever baseline must be one of its choices',
  });

const outputSchema = z
  .object({
    id: z.enum(OUTPUT_IDS),
    label: z.string().min(1),
    unit: z.enum(['USD', '% of GDP', 'persons', 'permits', 'jobs']),
    definition: z.string().min(1),
    module: moduleId,
    additive: z.boolean(),
    higherIsBetter: z.boolean().nullable(),
    assumptionDriven: z.boolean(),
    source: z.string().min(1),
  })
  .strict();

function describe(error: z.ZodError, file: string, items: readonly unknown[]): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
    const item = items[index] as { id?: unknown } | undefined;
    const id = item && typeof item.id === 'string' ? ` (${item.id})` : '';
    return `  ${issue.path.join('.')}${id}: ${issue.message}`;
  });
  return `Invalid model catalogue ${file}:\n${lines.join('\n')}`;
}

/** Validates a catalogue and checks that its ids are exactly the expected set, each once. */
function parseCatalogue<T extends { id: string }>(
  file: string,
  raw: unknown,
  schema: z.ZodType<T>,
  expectedIds: readonly string[],
): T[] {
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) throw new Error(describe(parsed.error, file, Array.isArray(raw) ? raw : []));
  const ids = parsed.data.map((d) => d.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) throw new Error(`Invalid model catalogue ${file}: duplicate id ${duplicate}`);
  const missing = expectedIds.filter((id) => !ids.includes(id));
  const unknown = ids.filter((id) => !expectedIds.includes(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Invalid model catalogue ${file}: missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`);
  }
  return parsed.data;
}

/** Exported for tests: validates catalogue JSON given as unknown. */
export function parseParameters(raw: unknown): ParameterDef[] {
  return parseCatalogue('data/model/parameters.json', raw, parameterSchema, PARAMETER_IDS);
}
export function parseLevers(raw: unknown): LeverDef[] {
  return parseCatalogue('data/model/levers.json', raw, leverSchema, LEVER_IDS);
}
export function parseOutputs(raw: unknown): OutputDef[] {
  return parseCatalogue('data/model/outputs.json', raw, outputSchema, OUTPUT_IDS);
}

export const PARAMETERS: readonly ParameterDef[] = parseParameters(parametersJson as unknown);
export const LEVERS: readonly LeverDef[] = parseLevers(leversJson as unknown);
export const OUTPUTS: readonly OutputDef[] = parseOutputs(outputsJson as unknown);

export const PARAMETER_BY_ID: Readonly<Record<ParameterId, ParameterDef>> = Object.fromEntries(
  PARAMETERS.map((p) => [p.id, p]),
) as Record<ParameterId, ParameterDef>;
export const LEVER_BY_ID: Readonly<Record<LeverId, LeverDef>> = Object.fromEntries(LEVERS.map((l) => [l.id, l])) as Record<
  LeverId,
  LeverDef
>;
