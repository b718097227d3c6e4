// The model's words in other languages. Ids and numbers stay in data/model/{levers,parameters,outputs}.json (English);
// data/model/text/<lang>.json holds, per id, the same words translated. The schema checks the shape; modelTextProblems
// checks it against the English catalogues (every id, every field English has, nothing more), and the test of the
// catalogues fails on any problem. applyModelText gives the catalogues back with the translated words.
import { z } from 'zod';
import type { LeverDef, OutputDef, ParameterDef } from '../model/types';

const words = z.string().trim().min(1);

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

/** What is missing from or extra in a translation, against the English catalogues: one line per problem. */
export function modelTextProblems(raw: unknown, english: ModelCatalogues): string[] {
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
  return problems;
}

/**
 * The catalogues with their words translated; ids, numbers and unit codes unchanged (code reads units such as
 * "share per year" and "% of GDP"; the translated unit words are in `unitWords`). Words a translation lacks stay English.
 */
export function applyModelText(english: ModelCatalogues, text: ModelText | null): ModelCatalogues & { unitWords: ReadonlyMap<string, string> } {
  const unitWords = new Map<string, string>();
  if (text === null) return { ...english, unitWords };
  const levers = english.levers.map((l): LeverDef => {
    const t = text.levers[l.id];
    if (!t) return l;
    if (!unitWords.has(l.unit)) unitWords.set(l.unit, t.unit);
    return {
      ...l,
      label: t.label,
      description: t.description,
      source: t.source,
      references: l.references.map((r, i) => ({ ...r, label: t.references[i] ?? r.label })),
    };
  });
  const parameters = english.parameters.map((p): ParameterDef => {
    const t = text.parameters[p.id];
    if (!t) return p;
    if (!unitWords.has(p.unit)) unitWords.set(p.unit, t.unit);
    return { ...p, label: t.label, description: t.description, source: t.source, ...(p.note === undefined || t.note === undefined ? {} : { note: t.note }) };
  });
  const outputs = english.outputs.map((o): OutputDef => {
    const t = text.outputs[o.id];
    return t ? { ...o, label: t.label, definition: t.definition, source: t.source } : o;
  });
  return { levers, parameters, outputs, unitWords };
}
