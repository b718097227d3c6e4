// Why a scenario file was refused, in the command line's English: the same sentences the app shows
// (renderer/features/file/scenario-problem-text.ts; a test checks that both say the same), a lever by its label and
// a value in the unit the app shows it in, never a field path and a share.
import { COUNTRIES } from '../shared/data/countries';
import { fillTemplate } from '../shared/export/messages.en';
import { leverDefs, parameterDefs } from '../shared/model/catalogue';
import { displayUnit } from '../shared/model/display-unit';
import type { ValueProblem } from '../shared/model/value-checks';
import type { ScenarioProblem } from '../shared/scenario/problems';

const WORDS = {
  empty: 'The file is empty.',
  utf16: 'The file is not UTF-8 text (it looks like UTF-16). Save it again as UTF-8 and open it once more.',
  syntax: 'The file is not valid JSON ({reason}). It may be truncated or damaged.',
  tooLarge: 'This file is too large to be a scenario (over {max} MB).',
  forbiddenKey: 'This file cannot be opened safely: the key {path} is not allowed in a scenario file.',
  tooDeep: 'This file cannot be opened safely: {path} is nested more than {max} levels deep.',
  tooManyValues: 'This file cannot be opened safely: it holds more than {max} values, and a scenario is much smaller.',
  notObject: 'This is not a Puente scenario: the file must hold a JSON object.',
  wrongFormat: 'This is not a Puente scenario: its “format” must be “puente-scenario”.',
  badVersion: 'The scenario’s format version must be a whole number from 1 to {max}; the file says {found}.',
  newerVersion: 'This scenario was saved by a newer version of Puente (format version {found}; this app reads up to {max}). Update Puente to open it.',
  noMigration: 'This version of Puente cannot read scenario format version {from}.',
  unknownField: 'The file has a field Puente does not know: {keys}. Check its spelling.',
  unknownFields: 'The file has fields Puente does not know: {keys}. Check their spelling.',
  unknownFieldIn: 'The file has a field Puente does not know in {where}: {keys}. Check its spelling.',
  unknownFieldsIn: 'The file has fields Puente does not know in {where}: {keys}. Check their spelling.',
  fieldType: 'The file gives {field} in the wrong form: it must be {expected}.',
  fieldTooLong: 'Too long: {field} may have at most {max} characters.',
  fieldTooManyItems: 'Too many: {field} may list at most {max}.',
  fieldEmpty: 'Missing: {field} must not be empty.',
  fieldChoice: 'The file gives {field} as a value Puente does not know: it must be {choices}.',
  fieldDate: 'The file gives {field} in a form Puente cannot read: it must be a date and time such as 2024-05-01T09:30:00Z.',
  fieldInvalid: 'The file gives {field} in a form Puente cannot read.',
  valueRange: '{label} must be between {min} and {max} (the file says {found}).',
  valueRangeIn: '{label} for {country} must be between {min} and {max} (the file says {found}).',
  valueNotNumber: '{label} must be a number between {min} and {max} (the file says {found}).',
  valueNotNumberIn: '{label} for {country} must be a number between {min} and {max} (the file says {found}).',
  valueNotWhole: '{label} must be a whole number between {min} and {max} (the file says {found}).',
  valueNotWholeIn: '{label} for {country} must be a whole number between {min} and {max} (the file says {found}).',
  valueChoice: '{label} must be {choices} (the file says “{found}”).',
  valueChoiceIn: '{label} for {country} must be {choices} (the file says “{found}”).',
  unknownLever: 'The file sets “{lever}”, which is not one of Puente’s levers. Check its spelling (the Methodology lists them).',
  unknownLeverIn: 'The file sets “{lever}” for {country}, which is not one of Puente’s levers. Check its spelling (the Methodology lists them).',
  unknownCountry: 'The file sets levers for “{country}”, which is not a country Puente knows. Use the country’s three-letter ISO code, such as COL, MEX or PER.',
  unknownParameter: 'The file sets “{parameter}”, which is not one of the model’s parameters. Check its spelling (the Methodology lists them).',
  unknownRegion: 'The file’s view shows “{region}”, which is not a place Puente knows: use a country’s three-letter ISO code, or LAC, CAR, CAM or SAM.',
  unknownChart: 'The file’s view charts “{chart}”, which is not one of Puente’s outputs.',
} as const;

const FIELDS: Readonly<Record<string, string>> = {
  '': 'the scenario',
  name: 'the name',
  author: 'the author',
  notes: 'the notes',
  createdAt: 'the date created',
  updatedAt: 'the date updated',
  appVersion: 'the version of Puente that wrote it',
  baseline: 'the baseline it was made on',
  levers: 'the levers',
  countries: 'the levers of single countries',
  parameters: 'the advanced parameters',
  view: 'the view',
  'view.region': 'the place shown',
  'view.lens': 'the lens',
  'view.charts': 'the charts shown',
};
const TYPES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  object: 'a group of named values',
  record: 'a group of named values',
  array: 'a list',
  boolean: 'true or false',
};
/** The app's names for the choices of a choice lever (renderer: levers.choice.*). */
const CHOICES: Readonly<Record<string, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  custom: 'Custom',
  central: 'Central',
  'as-implemented': 'As implemented',
  'none-since-2019': 'None since 2019',
};

const say = (key: keyof typeof WORDS, params: Record<string, string | number> = {}): string => fillTemplate(WORDS[key], params);
const list = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string => new Intl.ListFormat('en', { style: 'long', type }).format(items);
const plain = (value: number, digits = 2): string => new Intl.NumberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(value);
const countryName = (iso3: string): string => COUNTRIES.find((c) => c.iso3 === iso3)?.name ?? iso3;
const field = (path: string): string => FIELDS[path] ?? `the field ${path}`;

/** A bound without its unit: "between 0 and 100 % per year" names the unit once. */
const bare = (value: number, unit: string): string => plain(value * displayUnit(unit).scale);

function shown(value: number, unit: string): string {
  const display = displayUnit(unit);
  const number = plain(value * display.scale);
  return display.unit === 'year' ? number : `${number} ${display.unit}`;
}

function valueWords(problem: ValueProblem, label: string, country: string | null): string {
  const where: Record<string, string> = country === null ? {} : { country: countryName(country) };
  const key = (base: 'valueRange' | 'valueNotNumber' | 'valueNotWhole' | 'valueChoice') => (country === null ? base : (`${base}In` as const));
  switch (problem.kind) {
    case 'range':
      return say(key('valueRange'), { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: shown(problem.found, problem.unit) });
    case 'not-number':
      return say(key('valueNotNumber'), { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: problem.found });
    case 'not-whole':
      return say(key('valueNotWhole'), { label, ...where, min: bare(problem.min, problem.unit), max: shown(problem.max, problem.unit), found: shown(problem.found, problem.unit) });
    case 'choice':
      return say(key('valueChoice'), { label, ...where, choices: list(problem.choices.map((c) => CHOICES[c] ?? c), 'disjunction'), found: problem.found });
  }
}

/** One sentence (or two) saying what is wrong with the file and how to put it right. */
export function scenarioProblemWords(problem: ScenarioProblem): string {
  switch (problem.kind) {
    case 'empty':
      return say('empty');
    case 'utf16':
      return say('utf16');
    case 'syntax':
      return say('syntax', { reason: problem.reason });
    case 'too-large':
      return say('tooLarge', { max: problem.maxMb });
    case 'forbidden-key':
      return say('forbiddenKey', { path: problem.path });
    case 'too-deep':
      return say('tooDeep', { path: problem.path, max: problem.maxDepth });
    case 'too-many-values':
      return say('tooManyValues', { max: plain(problem.maxValues, 0) });
    case 'not-object':
      return say('notObject');
    case 'wrong-format':
      return say('wrongFormat');
    case 'bad-version':
      return say('badVersion', { max: problem.max, found: problem.found });
    case 'newer-version':
      return say('newerVersion', { found: problem.found, max: problem.max });
    case 'no-migration':
      return say('noMigration', { from: problem.from });
    case 'unknown-fields': {
      const keys = list(problem.keys.map((k) => `“${k}”`));
      const one = problem.keys.length === 1;
      if (problem.path === '') return say(one ? 'unknownField' : 'unknownFields', { keys });
      return say(one ? 'unknownFieldIn' : 'unknownFieldsIn', { keys, where: field(problem.path) });
    }
    case 'field-type':
      return say('fieldType', { field: field(problem.path), expected: TYPES[problem.expected] ?? 'a different kind of value' });
    case 'field-too-long':
      return say(problem.items ? 'fieldTooManyItems' : 'fieldTooLong', { field: field(problem.path), max: problem.max });
    case 'field-empty':
      return say('fieldEmpty', { field: field(problem.path) });
    case 'field-choice':
      return say('fieldChoice', { field: field(problem.path), choices: list(problem.choices.map((c) => `“${c}”`), 'disjunction') });
    case 'field-date':
      return say('fieldDate', { field: field(problem.path) });
    case 'field-invalid':
      return say('fieldInvalid', { field: field(problem.path) });
    case 'unknown-lever':
      return problem.country === null ? say('unknownLever', { lever: problem.lever }) : say('unknownLeverIn', { lever: problem.lever, country: countryName(problem.country) });
    case 'lever-value':
      return valueWords(problem.problem, leverDefs().find((d) => d.id === problem.lever)?.label ?? problem.lever, problem.country);
    case 'unknown-country':
      return say('unknownCountry', { country: problem.country });
    case 'unknown-parameter':
      return say('unknownParameter', { parameter: problem.parameter });
    case 'parameter-value':
      return valueWords(problem.problem, parameterDefs().find((d) => d.id === problem.parameter)?.label ?? problem.parameter, null);
    case 'unknown-region':
      return say('unknownRegion', { region: problem.region });
    case 'unknown-chart':
      return say('unknownChart', { chart: problem.chart });
  }
}
