// The model's words in other languages. Ids and numbers stay in data/model/{levers,parameters,outputs}.json (English);
// data/model/text/<lang>.json holds, per id, the same words translated. Quantities inside the words are written as
// "{n:0.56}" (shared/i18n/text-numbers.ts) and written out in the reader's region format. The schema checks the shape;
// modelTextProblems checks it against English (every id, every field English has, nothing more, the same numbers in
// each field), and the test of the catalogues fails on any problem. applyModelText gives the catalogues back with the
// words of one language, their numbers in one region format.
import { z } from 'zod';
import type { LeverDef, OutputDef, ParameterDef } from '../model/types';
import { formatTextNumbers, looseNumbers, malformedNumbers, textNumbers } from './text-numbers';

const words = z
  .string()
  .trim()
  .min(1)
  .refine((text) => malformedNumbers(text).length === 0, { message: 'a number is not written as {n:0.56} or {n:5.8%}' });

const leverText = z.strictObject({
  label: words,
  description: words,
  unit: words,
  source: words,
  /** Labels of the lever's references, in the English order. */
  references: z.array(words),
  /** Words of the lever's choices, where the translation gives them (the screen's catalogue words choices too). */
  choices: z.record(z.string(), z.strictObject({ label: words.optional(), description: words.optional() })).optional(),
});
const parameterText = z.strictObject({ label: words, description: words, unit: words, source: words, note: words.optional() });
const outputText = z.strictObject({ label: words, unit: words, definition: words, source: words });

export const modelTextSchema = z.strictObject({
  levers: z.record(z.string(), leverText),
  parameters: z.record(z.string(), parameterText),
  outputs: z.record(z.string(), outputText),
});
export type ModelText = z.infer<typeof modelTextSchema>;

export interface ModelCatalogues {
  levers: readonly LeverDef[];
  parameters: readonly ParameterDef[];
  outputs: readonly OutputDef[];
}

/** Every field of the words by its path ("levers.x.references.0", "parameters.y.note"), for the checks of numbers. */
function fieldsOf(text: ModelText): Map<string, string> {
  const fields = new Map<string, string>();
  const add = (path: string, value: unknown): void => {
    if (typeof value === 'string') fields.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => add(`${path}.${i}`, item));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) add(`${path}.${key}`, item);
  };
  add('levers', text.levers);
  add('parameters', text.parameters);
  add('outputs', text.outputs);
  return fields;
}

const numberList = (numbers: readonly string[]): string => (numbers.length === 0 ? 'none' : numbers.map((n) => `{n:${n}}`).join(' '));

/**
 * Numbers the words write in one region's format instead of as "{n:…}" (the screen could not write them in the
 * reader's), and, against `english`, a field whose numbers differ from English's: a translation says the same numbers.
 */
export function modelTextNumberProblems(text: ModelText, english?: ModelText): string[] {
  const problems: string[] = [];
  const englishFields = english ? fieldsOf(english) : null;
  for (const [path, value] of fieldsOf(text)) {
    const loose = looseNumbers(value);
    if (loose.length > 0) problems.push(`${path}: write ${loose.map((n) => `"${n}"`).join(', ')} as {n:…}`);
    const englishValue = englishFields?.get(path);
    if (englishValue === undefined) continue;
    const [mine, theirs] = [textNumbers(value), textNumbers(englishValue)];
    if (mine.join(' ') !== theirs.join(' ')) problems.push(`${path}: numbers ${numberList(mine)} where English has ${numberList(theirs)}`);
  }
  return problems;
}

/**
 * What is missing from or extra in a translation, against the English catalogues and words (`englishText`, the
 * English words with their numbers as "{n:…}"): one line per problem.
 */
export function modelTextProblems(raw: unknown, english: ModelCatalogues, englishText: ModelText): string[] {
  const parsed = modelTextSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const text = parsed.data;
  const problems: string[] = [];
  const sameIds = (kind: string, ids: readonly string[], translated: Readonly<Record<string, unknown>>) => {
    for (const id of ids) if (!(id in translated)) problems.push(`${kind}.${id}: missing`);
    for (const id of Object.keys(translated)) if (!ids.includes(id)) problems.push(`${kind}.${id}: no such id in English`);
  };
  sameIds('levers', english.levers.map((l) => l.id), text.levers);
  sameIds('parameters', english.parameters.map((p) => p.id), text.parameters);
  sameIds('outputs', english.outputs.map((o) => o.id), text.outputs);
  for (const lever of english.levers) {
    const t = text.levers[lever.id];
    if (!t) continue;
    if (t.references.length !== lever.references.length) problems.push(`levers.${lever.id}.references: ${t.references.length} labels for ${lever.references.length} references`);
    for (const value of Object.keys(t.choices ?? {})) {
      if (!(lever.choices ?? []).includes(value)) problems.push(`levers.${lever.id}.choices.${value}: no such choice in English`);
    }
  }
  for (const parameter of english.parameters) {
    const t = text.parameters[parameter.id];
    if (t && (parameter.note === undefined) !== (t.note === undefined)) problems.push(`parameters.${parameter.id}.note: ${parameter.note === undefined ? 'English has none' : 'missing'}`);
  }
  problems.push(...modelTextNumberProblems(text, englishText));
  return problems;
}

/**
 * The catalogues with the words of `text` (the English words or a translation), their numbers written in `locale`'s
 * region format; ids, numbers and unit codes unchanged (code reads units such as "share per year" and "% of GDP"; the
 * unit words of `text` are in `unitWords`). Words a translation lacks stay as the catalogues have them.
 */
export function applyModelText(english: ModelCatalogues, text: ModelText, locale: string): ModelCatalogues & { unitWords: ReadonlyMap<string, string> } {
  const unitWords = new Map<string, string>();
  const shown = (words: string): string => formatTextNumbers(words, locale);
  const levers = english.levers.map((l): LeverDef => {
    const t = text.levers[l.id];
    if (!t) return l;
    if (!unitWords.has(l.unit)) unitWords.set(l.unit, t.unit);
    return {
      ...l,
      label: shown(t.label),
      description: shown(t.description),
      source: shown(t.source),
      references: l.references.map((r, i) => {
        const label = t.references[i];
        return label === undefined ? r : { ...r, label: shown(label) };
      }),
    };
  });
  const parameters = english.parameters.map((p): ParameterDef => {
    const t = text.parameters[p.id];
    if (!t) return p;
    if (!unitWords.has(p.unit)) unitWords.set(p.unit, t.unit);
    return {
      ...p,
      label: shown(t.label),
      description: shown(t.description),
      source: shown(t.source),
      ...(p.note === undefined || t.note === undefined ? {} : { note: shown(t.note) }),
    };
  });
  const outputs = english.outputs.map((o): OutputDef => {
    const t = text.outputs[o.id];
    return t ? { ...o, label: shown(t.label), definition: shown(t.definition), source: shown(t.source) } : o;
  });
  return { levers, parameters, outputs, unitWords };
}
