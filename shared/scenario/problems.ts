// Why a scenario file (or a document from another layer) was refused, as a code with parameters: which lever,
// parameter or field, the limits, the unit and what the file says. The codec finds the problem; the screen
// (renderer/features/file/scenario-problem-text.ts) and the command line (cli/scenario-problem-words.ts) put it into
// words with problem-words.ts, naming a lever by its label and a value in its unit. The result's `message` beside it is a
// technical one-liner for logs. Problems cross IPC, so they have a schema; echoed text is escaped and cut before
// it is put in one (shared/quote.ts).
import { z } from 'zod';

const text = z.string().max(400);
const number = z.number();
/** The country whose override holds the value, or null for the scenario-wide lever. */
const country = text.nullable();

export const valueProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('not-number'), min: number, max: number, unit: text, found: text }),
  z.strictObject({ kind: z.literal('range'), min: number, max: number, unit: text, found: number }),
  z.strictObject({ kind: z.literal('not-whole'), min: number, max: number, unit: text, found: number }),
  z.strictObject({ kind: z.literal('choice'), choices: z.array(text).max(20), found: text }),
]);

export const scenarioProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('empty') }),
  z.strictObject({ kind: z.literal('utf16') }),
  /** `reason`: the JSON parser's own words (engine text, technical). */
  z.strictObject({ kind: z.literal('syntax'), reason: text }),
  z.strictObject({ kind: z.literal('too-large'), maxMb: number }),
  z.strictObject({ kind: z.literal('forbidden-key'), path: text }),
  z.strictObject({ kind: z.literal('too-deep'), path: text, maxDepth: number }),
  z.strictObject({ kind: z.literal('too-many-values'), maxValues: number }),
  z.strictObject({ kind: z.literal('not-object') }),
  z.strictObject({ kind: z.literal('wrong-format') }),
  z.strictObject({ kind: z.literal('bad-version'), found: text, max: number }),
  z.strictObject({ kind: z.literal('newer-version'), found: number, max: number }),
  z.strictObject({ kind: z.literal('no-migration'), from: number }),
  /** Fields the format does not have, in the object at `path` ('' for the top level). */
  z.strictObject({ kind: z.literal('unknown-fields'), path: text, keys: z.array(text).max(20) }),
  /** A field of the wrong type; `expected` is the schema's word for it (string, number, object, array, …). */
  z.strictObject({ kind: z.literal('field-type'), path: text, expected: text }),
  z.strictObject({ kind: z.literal('field-too-long'), path: text, max: number, items: z.boolean() }),
  z.strictObject({ kind: z.literal('field-empty'), path: text }),
  z.strictObject({ kind: z.literal('field-choice'), path: text, choices: z.array(text).max(20) }),
  z.strictObject({ kind: z.literal('field-date'), path: text }),
  z.strictObject({ kind: z.literal('field-invalid'), path: text }),
  z.strictObject({ kind: z.literal('unknown-lever'), lever: text, country }),
  z.strictObject({ kind: z.literal('lever-value'), lever: text, country, problem: valueProblemSchema }),
  z.strictObject({ kind: z.literal('unknown-country'), country: text }),
  z.strictObject({ kind: z.literal('unknown-parameter'), parameter: text }),
  z.strictObject({ kind: z.literal('parameter-value'), parameter: text, problem: valueProblemSchema }),
  z.strictObject({ kind: z.literal('unknown-region'), region: text }),
  z.strictObject({ kind: z.literal('unknown-chart'), chart: text }),
]);

export type ScenarioProblem = z.infer<typeof scenarioProblemSchema>;
