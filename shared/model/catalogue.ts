// The parameter, lever and output catalogues from data/model/*.json, validated on first use (not at import, so
// importing the scenario codec stays cheap), so a bad edit to a catalogue fails loudly, not as a NaN in a chart.
import { z } from 'zod';
import parametersJson from '../../data/model/parameters.json';
import leversJson from '../../data/model/levers.json';
import outputsJson from '../../data/model/outputs.json';
import { OUTPUT_IDS } from './types';
import type { LeverDef, LeverId, OutputDef, OutputId, ParameterDef } from './types';
import { PARAMETER_IDS } from './parameter-ids';
import type { ParameterId } from './parameter-ids';
import { NAMED_YEARS, type YearName } from './years';
import { formatTextNumbers, malformedNumbers } from '../i18n/text-numbers';

const evidence = z.enum(['S', 'D', 'A']);
const moduleId = z.enum(['A', 'B', 'C', 'inflows']);
const finite = z.number().finite();
/** A number, or a year named after the model's year constants ("sdgYear", "lastYear"), resolved here. */
const numberOrYear = z.union([finite, z.enum(Object.keys(NAMED_YEARS) as [YearName, ...YearName[]]).transform((name) => NAMED_YEARS[name])]);
/**
 * Words with their numbers as "{n:0.56}" (shared/i18n/text-numbers.ts), written out here as an English reader reads
 * them ("0.56", "1,174,743", "5.8%"): the workbook, the methodology tables and the command line use these words. The
 * screen and the report take the words from shared/i18n/model-text-data.ts instead, in the reader's region format.
 */
const words = z
  .string()
  .min(1)
  .refine((text) => malformedNumbers(text).length === 0, { message: 'a number is not written as {n:0.56} or {n:5.8%}' })
  .transform((text) => formatTextNumbers(text, 'en'));

const parameterSchema = z
  .object({
    id: z.string().min(1),
    symbol: z.string().min(1),
    label: words,
    description: words,
    module: moduleId,
    unit: z.string().min(1),
    default: finite,
    low: finite,
    high: finite,
    min: finite,
    max: finite,
    step: finite.positive(),
    evidence,
    source: words,
    note: words.optional(),
    knownInHistory: z.literal(true).optional(),
  })
  .strict()
  .refine((p) => p.min <= p.low && p.low <= p.high && p.high <= p.max, {
    message: 'needs min <= low <= high <= max',
  })
  .refine((p) => p.min <= p.default && p.default <= p.max, { message: 'default outside [min, max]' })
  .refine((p) => p.low <= p.default && p.default <= p.high, { message: 'default must lie between low and high' });

export const LEVER_IDS = [
  'remittanceCostTargetPct',
  'remittanceCostTargetYear',
  'policyStartYear',
  'regularisationRatePerYear',
  'processingCapacityShare',
  'regularisationProgrammes',
  'absorptionCapacity',
  'absorptionInvestmentPctGdp',
  'inflowPath',
] as const satisfies readonly LeverId[];

const leverSchema = z
  .object({
    id: z.enum(LEVER_IDS),
    label: words,
    description: words,
    module: moduleId,
    unit: z.string().min(1),
    kind: z.enum(['number', 'choice']),
    min: numberOrYear.optional(),
    max: numberOrYear.optional(),
    step: finite.positive().optional(),
    choices: z.array(z.string().min(1)).min(1).optional(),
    baseline: z.union([numberOrYear, z.string().min(1)]),
    references: z.array(z.object({ label: words, value: numberOrYear }).strict()),
    evidence,
    source: words,
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
    label: words,
    unit: z.enum(['USD', '% of GDP', '% of US$200', 'persons', 'permits', 'jobs']),
    definition: words,
    module: moduleId,
    additive: z.boolean(),
    higherIsBetter: z.boolean().nullable(),
    assumptionDriven: z.boolean(),
    source: words,
    equation: z.array(z.string().min(1)).min(1),
    parameters: z.array(z.enum(PARAMETER_IDS)),
    methodology: z.string().regex(/^[a-z0-9-]+$/),
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
function parseCatalogue<T extends { id: string }>(file: string, raw: unknown, schema: z.ZodType<T, unknown>, expectedIds: readonly string[]): T[] {
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
  return parseCatalogue('data/model/levers.json', raw, leverSchema as z.ZodType<LeverDef, unknown>, LEVER_IDS);
}
export function parseOutputs(raw: unknown): OutputDef[] {
  return parseCatalogue('data/model/outputs.json', raw, outputSchema, OUTPUT_IDS);
}

/** A value computed on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

export const parameterDefs: () => readonly ParameterDef[] = lazy(() => parseParameters(parametersJson as unknown));
export const leverDefs: () => readonly LeverDef[] = lazy(() => parseLevers(leversJson as unknown));
export const outputDefs: () => readonly OutputDef[] = lazy(() => parseOutputs(outputsJson as unknown));

const parametersById = lazy(() => Object.fromEntries(parameterDefs().map((p) => [p.id, p])) as Record<ParameterId, ParameterDef>);
const leversById = lazy(() => Object.fromEntries(leverDefs().map((l) => [l.id, l])) as Record<LeverId, LeverDef>);
const outputsById = lazy(() => Object.fromEntries(outputDefs().map((o) => [o.id, o])) as Record<OutputId, OutputDef>);

export const parameterDef = (id: ParameterId): ParameterDef => parametersById()[id];
/** The definition of a parameter id read from a file, or undefined where it is not a model parameter. */
export const findParameterDef = (id: string): ParameterDef | undefined => (parametersById() as Readonly<Record<string, ParameterDef | undefined>>)[id];
export const leverDef = (id: LeverId): LeverDef => leversById()[id];
export const findLeverDef = (id: string): LeverDef | undefined => (leversById() as Readonly<Record<string, LeverDef | undefined>>)[id];
export const outputDef = (id: OutputId): OutputDef => outputsById()[id];
