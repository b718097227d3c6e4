// Why a scenario file was refused, in the user's words: a lever by its label, a value in the unit the screen shows it
// in ("Regularisation rate must be between 0 and 100 % per year (the file says 140 % per year)"), never a field
// path and a share. The codec says what is wrong as a code with parameters (shared/scenario/problems.ts); the command
// line says the same in its own English (cli/scenario-problem-words.ts). Pure: tested under node.
import { COUNTRIES } from '../../../shared/data/countries';
import { countryName as countryNameIn } from '../../../shared/i18n/country-codes';
import { modelCataloguesIn } from '../../../shared/i18n/model-text-data';
import { displayUnit } from '../levers/display-units';
import type { ValueProblem } from '../../../shared/model/value-checks';
import type { ScenarioProblem } from '../../../shared/scenario/problems';
import { formatPlain, listFormat, numberLocale } from '../../i18n/format';
import { messageLanguage, t, tMaybe, type MessageKey } from '../../i18n/t';

/** A country, a lever and a parameter named as the screen names them, in the current language. */
const countryName = (iso3: string): string => countryNameIn(iso3, messageLanguage(), COUNTRIES.find((c) => c.iso3 === iso3)?.name ?? iso3);
const leverLabel = (id: string): string => modelCataloguesIn(messageLanguage(), numberLocale()).levers.find((d) => d.id === id)?.label ?? id;
const parameterLabel = (id: string): string => modelCataloguesIn(messageLanguage(), numberLocale()).parameters.find((d) => d.id === id)?.label ?? id;

/** A bound without its unit: "between 0 and 100 % per year" names the unit once. */
const bare = (value: number, unit: string): string => formatPlain(value * displayUnit(unit).scale, 2);

/** A value as the screen shows it: shares as per cent, the unit after it (none after a year). */
function shown(value: number, unit: string): string {
  const display = displayUnit(unit);
  const number = formatPlain(value * display.scale, 2);
  return unit === 'year' ? number : `${number} ${display.unit}`;
}

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
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
/** A field by what it holds where the format has a name for it, else its place in the file. */
const field = (path: string): string => {
  const key = FIELD_KEYS[path];
  return key ? t(key) : t('problem.field.path', { path });
};

/** Words for a value that is not allowed; `subject` is the lever's or parameter's label, `country` an override's. */
function valueText(problem: ValueProblem, label: string, country: string | null): string {
  const where: Record<string, string> = country === null ? {} : { country: countryName(country) };
  switch (problem.kind) {
    case 'range':
      return t(country === null ? 'problem.valueRange' : 'problem.valueRangeIn', { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: shown(problem.found, problem.unit) });
    case 'not-number':
      return t(country === null ? 'problem.valueNotNumber' : 'problem.valueNotNumberIn', { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: problem.found });
    case 'not-whole':
      return t(country === null ? 'problem.valueNotWhole' : 'problem.valueNotWholeIn', { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: shown(problem.found, problem.unit) });
    case 'choice':
      return t(country === null ? 'problem.valueChoice' : 'problem.valueChoiceIn', { label, ...where, choices: listFormat(problem.choices.map((c) => tMaybe(`levers.choice.${c}`, c)), 'disjunction'), found: problem.found });
  }
}

const TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  string: 'problem.type.string',
  number: 'problem.type.number',
  object: 'problem.type.object',
  record: 'problem.type.object',
  array: 'problem.type.array',
  boolean: 'problem.type.boolean',
};

/** One sentence (or two) saying what is wrong with the file and how to put it right. */
export function scenarioProblemText(problem: ScenarioProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('problem.empty');
    case 'utf16':
      return t('problem.utf16');
    case 'syntax':
      return t('problem.syntax', { reason: problem.reason });
    case 'too-large':
      return t('problem.tooLarge', { max: problem.maxMb });
    case 'forbidden-key':
      return t('problem.forbiddenKey', { path: problem.path });
    case 'too-deep':
      return t('problem.tooDeep', { path: problem.path, max: problem.maxDepth });
    case 'too-many-values':
      return t('problem.tooManyValues', { max: formatPlain(problem.maxValues, 0) });
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
      const keys = listFormat(problem.keys.map((k) => `“${k}”`));
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
      return t('problem.fieldChoice', { field: field(problem.path), choices: listFormat(problem.choices.map((c) => `“${c}”`), 'disjunction') });
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
