// Why a scenario file was refused, in the user's words: a lever by its label, a value in the unit the screen shows it
// in ("Regularisation rate must be between 0 and 100 % per year (the file says 140 % per year)"), never a field path
// and a share. One wording for the screen (renderer/features/file/scenario-problem-text.ts) and the command line
// (cli/scenario-problem-words.ts): each passes its translator and its number and list formats, so the two cannot
// drift apart. The words are in problem-messages.<lang>.ts.
import { COUNTRIES } from '../data/countries';
import { countryName as countryNameIn } from '../i18n/country-codes';
import { displayUnitIn } from '../i18n/display-unit-in';
import type { Language } from '../i18n/languages';
import type { MessageParams } from '../i18n/message-format';
import { modelCataloguesIn } from '../i18n/model-text-data';
import type { ValueProblem } from '../model/value-checks';
import { PROBLEM_MESSAGES_EN, type ProblemMessageKey } from './problem-messages.en';
import type { ScenarioProblem } from './problems';
import type { EncodingProblem } from './utf8';

/** What a caller brings: its language, a translator over a catalogue holding the problem words, its formats. */
export interface ProblemWording {
  language: Language;
  t: (key: ProblemMessageKey, params?: MessageParams) => string;
  /** A number without digit grouping, in the caller's region format ("2025.5", "2025,5"). */
  plain: (value: number, maximumFractionDigits: number) => string;
  /** "A, B and C" (or, as a choice, "A, B or C"). */
  list: (items: readonly string[], type: 'conjunction' | 'disjunction') => string;
}

const isProblemKey = (key: string): key is ProblemMessageKey => key in PROBLEM_MESSAGES_EN;

const FIELD_KEYS: Readonly<Record<string, ProblemMessageKey>> = {
  '': 'problem.field.top',
  name: 'problem.field.name',
  author: 'problem.field.author',
  notes: 'problem.field.notes',
  createdAt: 'problem.field.createdAt',
  updatedAt: 'problem.field.updatedAt',
  appVersion: 'problem.field.appVersion',
  baseline: 'problem.field.baseline',
  levers: 'problem.field.levers',
  countries: 'problem.field.countries',
  parameters: 'problem.field.parameters',
  view: 'problem.field.view',
  'view.region': 'problem.field.region',
  'view.lens': 'problem.field.lens',
  'view.charts': 'problem.field.charts',
};

const TYPE_KEYS: Readonly<Record<string, ProblemMessageKey>> = {
  string: 'problem.type.string',
  number: 'problem.type.number',
  object: 'problem.type.object',
  record: 'problem.type.object',
  array: 'problem.type.array',
  boolean: 'problem.type.boolean',
};

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** Why a file's bytes are not UTF-8 text, and how to fix it. */
export function wordEncodingProblem(problem: EncodingProblem, { t }: Pick<ProblemWording, 't'>): string {
  if (problem.kind === 'utf-16') return t('libraryError.utf16');
  const position = problem.offset + 1;
  // In Latin-1 the bytes 0xA0–0xFF are the accented letters (é = 0xE9, ñ = 0xF1, ã = 0xE3).
  return problem.byte >= 0xa0
    ? t('libraryError.notUtf8Latin1', { byte: hex(problem.byte), position, character: String.fromCharCode(problem.byte) })
    : t('libraryError.notUtf8', { byte: hex(problem.byte), position });
}

/** One sentence (or two) saying what is wrong with the file and how to put it right. */
export function wordScenarioProblem(problem: ScenarioProblem, wording: ProblemWording): string {
  const { language, t, plain, list } = wording;
  const countryName = (iso3: string): string => countryNameIn(iso3, language, COUNTRIES.find((c) => c.iso3 === iso3)?.name ?? iso3);
  const leverLabel = (id: string): string => modelCataloguesIn(language).levers.find((d) => d.id === id)?.label ?? id;
  const parameterLabel = (id: string): string => modelCataloguesIn(language).parameters.find((d) => d.id === id)?.label ?? id;
  const choiceLabel = (choice: string): string => {
    const key = `levers.choice.${choice}`;
    return isProblemKey(key) ? t(key) : choice;
  };
  const unitOf = (unit: string) =>
    displayUnitIn(unit, language, (shareUnit, fallback) => {
      const key = `unit.${shareUnit}`;
      return isProblemKey(key) ? t(key) : fallback;
    });
  /** A bound without its unit: "between 0 and 100 % per year" names the unit once. */
  const bare = (value: number, unit: string): string => plain(value * unitOf(unit).scale, 2);
  /** A value as the screen shows it: shares as per cent, the unit after it (none after a year). */
  const shown = (value: number, unit: string): string => {
    const display = unitOf(unit);
    const number = plain(value * display.scale, 2);
    return unit === 'year' ? number : `${number} ${display.unit}`;
  };
  /** A field by what it holds where the format has a name for it, else its place in the file. */
  const field = (path: string): string => {
    const key = FIELD_KEYS[path];
    return key ? t(key) : t('problem.field.path', { path });
  };
  /** Words for a value that is not allowed; `label` is the lever's or parameter's, `country` an override's. */
  const valueText = (value: ValueProblem, label: string, country: string | null): string => {
    const where: Record<string, string> = country === null ? {} : { country: countryName(country) };
    switch (value.kind) {
      case 'range':
        return t(country === null ? 'problem.valueRange' : 'problem.valueRangeIn', { label, ...where, min: bare(value.min, value.unit), max: shown(value.max, value.unit), found: shown(value.found, value.unit) });
      case 'not-number':
        return t(country === null ? 'problem.valueNotNumber' : 'problem.valueNotNumberIn', { label, ...where, min: bare(value.min, value.unit), max: shown(value.max, value.unit), found: value.found });
      case 'not-whole':
        return t(country === null ? 'problem.valueNotWhole' : 'problem.valueNotWholeIn', { label, ...where, min: bare(value.min, value.unit), max: shown(value.max, value.unit), found: shown(value.found, value.unit) });
      case 'choice':
        return t(country === null ? 'problem.valueChoice' : 'problem.valueChoiceIn', { label, ...where, choices: list(value.choices.map(choiceLabel), 'disjunction'), found: value.found });
    }
  };

  switch (problem.kind) {
    case 'empty':
      return t('problem.empty');
    case 'utf16':
      return t('libraryError.utf16');
    case 'syntax':
      return t('problem.syntax', { reason: problem.reason });
    case 'too-large':
      return t('problem.tooLarge', { max: problem.maxMb });
    case 'forbidden-key':
      return t('problem.forbiddenKey', { path: problem.path });
    case 'too-deep':
      return t('problem.tooDeep', { path: problem.path, max: problem.maxDepth });
    case 'too-many-values':
      return t('problem.tooManyValues', { max: plain(problem.maxValues, 0) });
    case 'not-object':
      return t('problem.notObject');
    case 'wrong-format':
      return t('problem.wrongFormat');
    case 'bad-version':
      return t('problem.badVersion', { max: problem.max, found: problem.found });
    case 'newer-version':
      return t('problem.newerVersion', { found: problem.found, max: problem.max });
    case 'no-migration':
      return t('problem.noMigration', { from: problem.from });
    case 'unknown-fields': {
      const keys = list(problem.keys.map((k) => `“${k}”`), 'conjunction');
      const one = problem.keys.length === 1;
      if (problem.path === '') return t(one ? 'problem.unknownField' : 'problem.unknownFields', { keys });
      return t(one ? 'problem.unknownFieldIn' : 'problem.unknownFieldsIn', { keys, where: field(problem.path) });
    }
    case 'field-type':
      return t('problem.fieldType', { field: field(problem.path), expected: t(TYPE_KEYS[problem.expected] ?? 'problem.type.other') });
    case 'field-too-long':
      return t(problem.items ? 'problem.fieldTooManyItems' : 'problem.fieldTooLong', { field: field(problem.path), max: problem.max });
    case 'field-empty':
      return t('problem.fieldEmpty', { field: field(problem.path) });
    case 'field-choice':
      return t('problem.fieldChoice', { field: field(problem.path), choices: list(problem.choices.map((c) => `“${c}”`), 'disjunction') });
    case 'field-date':
      return t('problem.fieldDate', { field: field(problem.path) });
    case 'field-invalid':
      return t('problem.fieldInvalid', { field: field(problem.path) });
    case 'unknown-lever':
      return problem.country === null
        ? t('problem.unknownLever', { lever: problem.lever })
        : t('problem.unknownLeverIn', { lever: problem.lever, country: countryName(problem.country) });
    case 'lever-value':
      return valueText(problem.problem, leverLabel(problem.lever), problem.country);
    case 'unknown-country':
      return t('problem.unknownCountry', { country: problem.country });
    case 'unknown-parameter':
      return t('problem.unknownParameter', { parameter: problem.parameter });
    case 'parameter-value':
      return valueText(problem.problem, parameterLabel(problem.parameter), null);
    case 'unknown-region':
      return t('problem.unknownRegion', { region: problem.region });
    case 'unknown-chart':
      return t('problem.unknownChart', { chart: problem.chart });
  }
}
