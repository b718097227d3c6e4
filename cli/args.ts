// Command-line arguments, parsed from the raw argv strings into a typed command or a usage error in the language
// --lang picks. Arguments are echoed with quote(): escaped and cut, whatever the shell passed in.
import { FIRST_YEAR, LAST_YEAR } from '../shared/model/years';
import { MAX_COMPARED, PAPER_SIZES, type PaperSize } from '../shared/print/print-job';
import { quote } from '../shared/quote';
import { languageOf, MAIN_REGION_FORMAT, type Language } from '../shared/i18n/languages';
import type { MessageParams } from '../shared/i18n/message-format';
import type { CliMessageKey } from './messages.en';
import { cliText, DEFAULT_CLI_LANGUAGE, type CliText } from './messages';

export type Format = 'json' | 'csv' | 'xlsx';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'baseline'; format: 'json' | 'csv'; out: string | null }
  | { kind: 'project'; file: string; format: Format; country: string | null; out: string | null }
  | { kind: 'report'; files: string[]; out: string; country: string | null; paper: PaperSize; landscape: boolean };

/**
 * The parsed command, or why not; either way the language its messages (and report, and workbook) are in, and the
 * region format of their numbers (`--lang es-CO`; by default the language's main region).
 */
export type ArgsResult =
  | { ok: true; command: CliCommand; language: Language; formatLocale: string }
  | { ok: false; message: string; language: Language; formatLocale: string };

/** The usage text in the chosen language. */
export const usage = (text: CliText): string => text('cli.usage', { first: String(FIRST_YEAR), last: String(LAST_YEAR), max: MAX_COMPARED });


function readFormat(value: string | undefined): Format | null {
  return value === 'json' || value === 'csv' || value === 'xlsx' ? value : null;
}

type LanguageChoice =
  | { ok: true; language: Language; formatLocale: string; rest: string[] }
  | { ok: false; message: string; language: Language; formatLocale: string };

/** "es" → es in its main region's format; "es-CO" → es with Colombia's format (a region tag Intl knows), else null. */
function languageAndFormat(value: string): { language: Language; formatLocale: string } | null {
  const language = languageOf(value);
  if (language === null || !/^[a-z]{2}(-[A-Za-z0-9]{2,8})?$/.test(value)) return null;
  if (!value.includes('-')) return { language, formatLocale: MAIN_REGION_FORMAT[language] };
  const [known] = Intl.NumberFormat.supportedLocalesOf([value]);
  return known === undefined ? null : { language, formatLocale: known };
}

/**
 * `--lang`, taken out of the arguments before anything else is checked, so an error about another argument is
 * already in the chosen language. Anywhere on the line; the last one counts. A bad value is said in the default
 * language, listing the ones there are.
 */
export function chooseLanguage(argv: readonly string[]): LanguageChoice {
  let chosen = { language: DEFAULT_CLI_LANGUAGE, formatLocale: MAIN_REGION_FORMAT[DEFAULT_CLI_LANGUAGE] };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg !== '--lang') {
      rest.push(arg);
      continue;
    }
    const value = argv[i + 1] ?? '';
    const picked = languageAndFormat(value);
    if (picked === null) {
      return { ok: false, message: cliText(DEFAULT_CLI_LANGUAGE)('cli.args.lang', { value: quote(value) }), language: DEFAULT_CLI_LANGUAGE, formatLocale: chosen.formatLocale };
    }
    chosen = picked;
    i += 1;
  }
  return { ok: true, ...chosen, rest };
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const chosen = chooseLanguage(argv);
  if (!chosen.ok) return chosen;
  const { language, formatLocale } = chosen;
  const text = cliText(language);
  const refuse = (key: CliMessageKey, params?: MessageParams): ArgsResult => ({ ok: false, message: text(key, params), language, formatLocale });
  const done = (command: CliCommand): ArgsResult => ({ ok: true, command, language, formatLocale });

  const [verb, ...rest] = chosen.rest;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return done({ kind: 'help' });
  if (verb !== 'baseline' && verb !== 'project' && verb !== 'report') return refuse('cli.args.unknownCommand', { command: quote(verb) });

  let format: Format | null = null;
  let country: string | null = null;
  let out: string | null = null;
  let paper: PaperSize | null = null;
  let landscape = false;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--format') {
      const value = readFormat(rest[i + 1]);
      if (!value) return refuse('cli.args.format', { value: quote(rest[i + 1] ?? '') });
      format = value;
      i += 1;
    } else if (arg === '--country') {
      const value = rest[i + 1];
      if (!value || value.startsWith('--')) return refuse('cli.args.countryMissing');
      country = value.toUpperCase();
      i += 1;
    } else if (arg === '--out') {
      const value = rest[i + 1];
      if (!value || value.startsWith('--')) return refuse('cli.args.outMissing');
      out = value;
      i += 1;
    } else if (arg === '--paper') {
      const value = rest[i + 1];
      if (!(PAPER_SIZES as readonly string[]).includes(value ?? '')) return refuse('cli.args.paper', { value: quote(value ?? '') });
      paper = value as PaperSize;
      i += 1;
    } else if (arg === '--landscape') {
      landscape = true;
    } else if (arg.startsWith('--')) {
      return refuse('cli.args.unknownOption', { option: quote(arg) });
    } else {
      positional.push(arg);
    }
  }

  if (verb !== 'report' && (paper !== null || landscape)) return refuse('cli.args.reportOnly');
  if (verb === 'baseline') {
    if (positional.length > 0) return refuse('cli.args.baselineNoFile', { file: quote(positional[0] ?? '') });
    if (country !== null) return refuse('cli.args.countryNotBaseline');
    if (format === 'xlsx') return refuse('cli.args.xlsxProjectOnly');
    return done({ kind: 'baseline', format: format ?? 'json', out });
  }
  if (verb === 'report') {
    if (format !== null) return refuse('cli.args.reportFormat');
    if (positional.length < 1 || positional.length > MAX_COMPARED) return refuse('cli.args.reportFiles', { max: MAX_COMPARED, count: positional.length });
    if (out === null) return refuse('cli.args.reportOut');
    return done({ kind: 'report', files: positional, out, country, paper: paper ?? 'a4', landscape });
  }
  if (positional.length !== 1) return refuse('cli.args.projectFile');
  const projectFormat = format ?? 'json';
  if (projectFormat === 'xlsx' && out === null) return refuse('cli.args.xlsxNeedsOut');
  // Spreadsheet programs go by the extension, and refuse a workbook called .csv or .json.
  if (projectFormat === 'xlsx' && !/\.xlsx$/i.test(out ?? '')) return refuse('cli.args.xlsxExtension', { out: quote(out ?? '') });
  return done({ kind: 'project', file: positional[0] as string, format: projectFormat, country, out });
}
