// Parses a scenario from untrusted text or JSON and serialises it back (docs/scenario-format.md).
// A refusal carries the problem as a code with parameters (problems.ts), which the screen and the command line put
// into words; `message` is a technical one-liner for logs.
import { z } from 'zod';
import { ok } from '../result';
import { plainMessage, quote } from '../quote';
import { describeValueProblem, leverValueProblem, parameterValueProblem } from '../model/value-checks';
import type { Levers } from '../model/types';
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type ScenarioDocument } from './document';
import { defaultView, UNTITLED_NAME } from './defaults';
import { findUnsafeStructure, MAX_SCENARIO_BYTES, type UnsafeStructure } from './guard';
import { migrateToCurrent } from './migrations';
import type { ScenarioProblem } from './problems';
import type { ScenarioRules } from './rules';

export type ScenarioError = 'not-json' | 'too-large' | 'unsafe' | 'wrong-format' | 'newer-version' | 'invalid';
export interface ScenarioFailure {
  ok: false;
  code: ScenarioError;
  /** Technical detail for logs; what the user reads is worded from `problem`. */
  message: string;
  problem: ScenarioProblem;
}
export type ScenarioParse = { ok: true; value: ScenarioDocument } | ScenarioFailure;

/** Every message may echo file content: control characters escaped, one screen line at most. */
const fail = (code: ScenarioError, problem: ScenarioProblem, message: string, max = 300): ScenarioFailure => ({
  ok: false,
  code,
  message: plainMessage(message, max),
  problem,
});

const isoTimestamp = z.union([z.iso.datetime({ offset: true }), z.null()]);

const envelopeSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  name: z.string().trim().min(1).max(200).default(UNTITLED_NAME),
  author: z.string().max(200).default(''),
  notes: z.string().max(20_000).default(''),
  createdAt: isoTimestamp.default(null),
  updatedAt: isoTimestamp.default(null),
  appVersion: z.string().max(50).nullable().default(null),
  baseline: z.strictObject({ datasetId: z.string().max(100), checksum: z.string().max(128) }).nullable().default(null),
  levers: z.record(z.string(), z.unknown()).default({}),
  countries: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  parameters: z.record(z.string(), z.unknown()).default({}),
  view: z
    .strictObject({
      region: z.string().max(10).default('LAC'),
      lens: z.enum(['host', 'origin']).default('host'),
      charts: z.array(z.string().max(60)).max(20).optional(),
    })
    .optional(),
});

// Paths and keys come from the file: quoted and cut when they are not plain identifiers.
const describeKey = (key: string): string => (/^[A-Za-z0-9_]{1,60}$/.test(key) ? key : quote(key));
const describePath = (path: readonly PropertyKey[]): string => path.map((p) => describeKey(String(p))).join('.');

function checkLevers(raw: Record<string, unknown>, rules: ScenarioRules, country: string | null): { ok: true; value: Levers } | ScenarioFailure {
  const at = country === null ? 'levers' : `countries.${country}`;
  const levers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const def = rules.levers.find((l) => l.id === key);
    if (!def) {
      return fail('invalid', { kind: 'unknown-lever', lever: plainMessage(key, 80), country }, `${at}.${describeKey(key)} is not a lever; known levers: ${rules.levers.map((l) => l.id).join(', ')}`);
    }
    const problem = leverValueProblem(def, value);
    if (problem) return fail('invalid', { kind: 'lever-value', lever: key, country, problem }, describeValueProblem(`${at}.${key}`, problem));
    levers[key] = value;
  }
  return ok(levers as Levers);
}

/** A schema issue as a problem: which field, and what it should be. */
function schemaProblem(issue: z.core.$ZodIssue): ScenarioProblem {
  const path = describePath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', path, keys: issue.keys.slice(0, 20).map((k) => plainMessage(k, 80)) };
    case 'invalid_type':
      return { kind: 'field-type', path, expected: issue.expected };
    case 'too_big':
      return { kind: 'field-too-long', path, max: Number(issue.maximum), items: issue.origin === 'array' };
    case 'too_small':
      return { kind: 'field-empty', path };
    case 'invalid_value':
      return { kind: 'field-choice', path, choices: issue.values.map((v) => String(v)) };
    case 'invalid_format':
      return { kind: 'field-date', path };
    default:
      return { kind: 'field-invalid', path };
  }
}

/** Parses an already-decoded JSON value into a current-version scenario document. */
export function parseScenarioValue(value: unknown, rules: ScenarioRules): ScenarioParse {
  const unsafe = findUnsafeStructure(value);
  if (unsafe) return fail('unsafe', unsafeProblem(unsafe), `This file cannot be opened safely: ${unsafe.message}.`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('wrong-format', { kind: 'not-object' }, 'This is not a Puente scenario: the file must hold a JSON object.');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== SCENARIO_FORMAT) {
    return fail('wrong-format', { kind: 'wrong-format' }, `This is not a Puente scenario: "format" must be "${SCENARIO_FORMAT}".`);
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const got = plainMessage(typeof version === 'number' ? String(version) : (JSON.stringify(version) ?? 'nothing'), 80);
    return fail('invalid', { kind: 'bad-version', found: got, max: SCENARIO_SCHEMA_VERSION }, `schemaVersion must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}; got ${got}.`);
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    return fail(
      'newer-version',
      { kind: 'newer-version', found: version, max: SCENARIO_SCHEMA_VERSION },
      `This scenario was saved by a newer version of Puente (format version ${version}; this app reads up to ${SCENARIO_SCHEMA_VERSION}). Update Puente to open it.`,
    );
  }
  const migrated = migrateToCurrent(record, version);
  if (!migrated.ok) return fail('invalid', { kind: 'no-migration', from: version }, migrated.message);

  const parsed = envelopeSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail('invalid', { kind: 'field-invalid', path: '' }, 'The scenario file is not valid.');
    const where = describePath(issue.path) || '(top level)';
    const detail = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => quote(k)).join(', ')}` : issue.message;
    return fail('invalid', schemaProblem(issue), `${where}: ${detail}.`);
  }
  const env = parsed.data;

  const levers = checkLevers(env.levers, rules, null);
  if (!levers.ok) return levers;

  const countries: Record<string, Levers> = {};
  for (const [code, raw] of Object.entries(env.countries)) {
    if (!rules.countryCodes.has(code)) {
      return fail('invalid', { kind: 'unknown-country', country: plainMessage(code, 80) }, `countries.${describeKey(code)} is not a known country code; use an ISO3 code such as COL, MEX or PER.`);
    }
    const checked = checkLevers(raw, rules, code);
    if (!checked.ok) return checked;
    countries[code] = checked.value;
  }

  const parameters: Record<string, number> = {};
  for (const [id, raw] of Object.entries(env.parameters)) {
    const def = rules.parameters.find((p) => p.id === id);
    if (!def) return fail('invalid', { kind: 'unknown-parameter', parameter: plainMessage(id, 80) }, `parameters.${describeKey(id)} is not a model parameter (see docs/methodology.md for the list).`);
    const problem = parameterValueProblem(def, raw);
    if (problem) return fail('invalid', { kind: 'parameter-value', parameter: id, problem }, describeValueProblem(`parameters.${id}`, problem));
    parameters[id] = raw as number;
  }

  const fallbackView = defaultView();
  const view = env.view ?? fallbackView;
  if (!rules.regionIds.has(view.region)) {
    return fail('invalid', { kind: 'unknown-region', region: plainMessage(view.region, 80) }, `view.region ${quote(view.region)} is not a country code or region (LAC, CAR, CAM, SAM).`);
  }
  const charts = view.charts ?? fallbackView.charts;
  const unknownChart = charts.find((c) => !rules.outputIds.has(c));
  if (unknownChart) return fail('invalid', { kind: 'unknown-chart', chart: plainMessage(unknownChart, 80) }, `view.charts: ${quote(unknownChart)} is not an output id.`);

  return ok({
    format: SCENARIO_FORMAT,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: env.name,
    author: env.author,
    notes: env.notes,
    createdAt: env.createdAt,
    updatedAt: env.updatedAt,
    appVersion: env.appVersion,
    baseline: env.baseline,
    levers: levers.value,
    countries,
    parameters,
    view: { region: view.region, lens: view.lens, charts: [...charts] },
  });
}

function unsafeProblem(unsafe: UnsafeStructure): ScenarioProblem {
  if (unsafe.kind === 'forbidden-key') return { kind: 'forbidden-key', path: unsafe.path };
  if (unsafe.kind === 'too-deep') return { kind: 'too-deep', path: unsafe.path, maxDepth: unsafe.limit };
  return { kind: 'too-many-values', maxValues: unsafe.limit };
}

/** Notepad and older PowerShell write a byte-order mark before UTF-8 text; it is not part of the JSON. */
const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * Reads a file written by a newer Puente as far as this version understands it, for read-only display:
 * fields this version does not know are dropped, everything it knows must still be valid.
 */
export function parseNewerScenarioText(text: string, rules: ScenarioRules): ScenarioParse {
  const strict = parseScenarioText(text, rules);
  if (strict.ok || strict.code !== 'newer-version') return strict;
  const value = JSON.parse(withoutBom(text)) as Record<string, unknown>;
  const known = Object.keys(envelopeSchema.shape);
  const understood = Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key)));
  const parsed = parseScenarioValue({ ...understood, schemaVersion: SCENARIO_SCHEMA_VERSION }, rules);
  // Still refused: say that it is a newer Puente's file (the fix is to update), with what this version cannot read.
  return parsed.ok ? parsed : fail('newer-version', strict.problem, `${strict.message} (${parsed.message})`, 500);
}

/** A file over MAX_SCENARIO_BYTES, refused before any of it is read (also by the hosts that see its size first). */
export function tooLarge(): ScenarioFailure {
  const maxMb = MAX_SCENARIO_BYTES / 1024 / 1024;
  return fail('too-large', { kind: 'too-large', maxMb }, `This file is too large to be a scenario (over ${maxMb} MB).`);
}

/** Parses scenario file text: size, JSON syntax, structure, format, version, schema and ranges, in that order. */
export function parseScenarioText(text: string, rules: ScenarioRules): ScenarioParse {
  if (text.length > MAX_SCENARIO_BYTES) return tooLarge();
  const body = withoutBom(text);
  if (body.trim() === '') return fail('not-json', { kind: 'empty' }, 'The file is empty.');
  if (body.includes('\u0000')) {
    return fail('not-json', { kind: 'utf16' }, 'The file is not UTF-8 text (it looks like UTF-16). Save it again as UTF-8 and open it once more.');
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // The engine's message quotes the text around the error: escaped and cut like any echo.
    const reason = plainMessage(e instanceof Error ? e.message : String(e), 120);
    return fail('not-json', { kind: 'syntax', reason }, `The file is not valid JSON (${reason}). It may be truncated or damaged.`);
  }
  return parseScenarioValue(value, rules);
}

/** Serialises a document as stable, readable JSON (two-space indent, fixed key order, trailing newline). */
export function serialiseScenario(doc: ScenarioDocument): string {
  const ordered: ScenarioDocument = {
    format: doc.format,
    schemaVersion: doc.schemaVersion,
    name: doc.name,
    author: doc.author,
    notes: doc.notes,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    appVersion: doc.appVersion,
    baseline: doc.baseline,
    levers: doc.levers,
    countries: doc.countries,
    parameters: doc.parameters,
    view: doc.view,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
