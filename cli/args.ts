// Command-line arguments, parsed from the raw argv strings into a typed command or a usage error.
// Arguments are echoed with quote(): escaped and cut, whatever the shell passed in.
import { FIRST_YEAR, LAST_YEAR } from '../shared/model/years';
import { MAX_COMPARED, PAPER_SIZES, type PaperSize } from '../shared/print/print-job';
import { quote } from '../shared/quote';
import { LANGUAGES, type Language } from '../shared/i18n/languages';

export type Format = 'json' | 'csv' | 'xlsx';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'baseline'; format: 'json' | 'csv'; out: string | null }
  | { kind: 'project'; file: string; format: Format; country: string | null; out: string | null; lang: Language }
  | { kind: 'report'; files: string[]; out: string; country: string | null; paper: PaperSize; landscape: boolean; lang: Language };

export type ArgsResult = { ok: true; command: CliCommand } | { ok: false; message: string };

export const USAGE = `Usage:
  npm run -s cli -- baseline [--format json|csv] [--out FILE]
  npm run -s cli -- project FILE [--format json|csv|xlsx] [--country ISO3] [--out FILE] [--lang es|pt|fr|en]
  npm run -s cli -- report FILE [FILE…] --out OUT.pdf [--country ISO3] [--paper a4|letter] [--landscape] [--lang es|pt|fr|en]

  baseline     prints the baseline dataset with the source, vintage and confidence of every figure, and the
               observed record since the paper
  project      projects the scenario in FILE (a .puente.json scenario) for ${FIRST_YEAR}–${LAST_YEAR}: the baseline,
               scenario, low and high runs of every output, for each country (ISO3) and the LAC aggregate,
               and (json) the observed values, with their records, that the history years reproduce
  report       writes the PDF report of one scenario, or the comparison report of two to ${MAX_COMPARED} scenarios,
               rendered in a headless browser (PUENTE_CHROMIUM, else Electron, Chromium, Chrome or Edge)
  --format     json (default), csv, or xlsx (project only: an Excel workbook with the projection, the
               assumptions, the sources and the provenance; needs --out)
  --country    only this country (ISO3 code, e.g. COL) or region (LAC, CAR, CAM, SAM); for report, the
               place the report is about (default: the place the first scenario was saved showing)
  --out        write to FILE instead of the standard output (FILE is replaced only when all went well);
               required for xlsx and for report
  --paper      report only: a4 (default) or letter
  --landscape  report only: landscape pages (default portrait)
  --lang       the language of the report, of the workbook (xlsx), or of the CSV's place names and sources: es,
               pt, fr or en (default en); a report writes numbers as that language's main region does (es: Latin
               America, pt: Brazil, fr: France)`;

/** The region format a report takes from --lang: the language's main region for Puente's users. */
export const REPORT_FORMAT: Readonly<Record<Language, string>> = { es: 'es-419', pt: 'pt-BR', fr: 'fr-FR', en: 'en-US' };

function readFormat(value: string | undefined): Format | null {
  return value === 'json' || value === 'csv' || value === 'xlsx' ? value : null;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return { ok: true, command: { kind: 'help' } };
  if (verb !== 'baseline' && verb !== 'project' && verb !== 'report') {
    return { ok: false, message: `Unknown command ${quote(verb)}. Use "baseline", "project" or "report".` };
  }

  let format: Format | null = null;
  let country: string | null = null;
  let out: string | null = null;
  let paper: PaperSize | null = null;
  let landscape = false;
  let lang: Language | null = null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--format') {
      const value = readFormat(rest[i + 1]);
      if (!value) return { ok: false, message: `--format must be "json", "csv" or "xlsx"; got ${quote(rest[i + 1] ?? '')}.` };
      format = value;
      i += 1;
    } else if (arg === '--country') {
      const value = rest[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, message: '--country needs an ISO3 code, e.g. --country COL.' };
      country = value.toUpperCase();
      i += 1;
    } else if (arg === '--out') {
      const value = rest[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, message: '--out needs a file name, e.g. --out colombia.xlsx.' };
      out = value;
      i += 1;
    } else if (arg === '--paper') {
      const value = rest[i + 1];
      if (!(PAPER_SIZES as readonly string[]).includes(value ?? '')) return { ok: false, message: `--paper must be "a4" or "letter"; got ${quote(value ?? '')}.` };
      paper = value as PaperSize;
      i += 1;
    } else if (arg === '--lang') {
      const value = rest[i + 1] ?? '';
      if (!(LANGUAGES as readonly string[]).includes(value)) return { ok: false, message: `--lang must be "es", "pt", "fr" or "en"; got ${quote(value)}.` };
      lang = value as Language;
      i += 1;
    } else if (arg === '--landscape') {
      landscape = true;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `Unknown option ${quote(arg)}.` };
    } else {
      positional.push(arg);
    }
  }

  if (verb !== 'report' && (paper !== null || landscape)) return { ok: false, message: '--paper and --landscape apply to "report" only.' };
  if (verb === 'baseline') {
    if (positional.length > 0) return { ok: false, message: `"baseline" takes no file; got ${quote(positional[0] ?? '')}.` };
    if (country !== null) return { ok: false, message: '--country applies to "project" and "report" only.' };
    if (format === 'xlsx') return { ok: false, message: '--format xlsx applies to "project" only; the baseline comes as json or csv.' };
    if (lang !== null) return { ok: false, message: '--lang applies to "project" and "report" only; the baseline is data, not words.' };
    return { ok: true, command: { kind: 'baseline', format: format ?? 'json', out } };
  }
  if (verb === 'report') {
    if (format !== null) return { ok: false, message: '--format applies to "baseline" and "project"; a report is always a PDF.' };
    if (positional.length < 1 || positional.length > MAX_COMPARED) {
      return { ok: false, message: `"report" needs one scenario file (a scenario report) or two to ${MAX_COMPARED} (a comparison report); got ${positional.length}.` };
    }
    if (out === null) return { ok: false, message: '"report" needs --out, the PDF file to write, e.g. --out colombia.pdf.' };
    return { ok: true, command: { kind: 'report', files: positional, out, country, paper: paper ?? 'a4', landscape, lang: lang ?? 'en' } };
  }
  if (positional.length !== 1) return { ok: false, message: '"project" needs exactly one scenario file, e.g. project my-scenario.puente.json.' };
  const projectFormat = format ?? 'json';
  if (projectFormat === 'xlsx' && out === null) return { ok: false, message: '--format xlsx writes a workbook file: add --out FILE.xlsx.' };
  // Spreadsheet programs go by the extension, and refuse a workbook called .csv or .json.
  if (projectFormat === 'xlsx' && !/\.xlsx$/i.test(out ?? '')) return { ok: false, message: `--out must end in .xlsx for --format xlsx; got ${quote(out ?? '')}.` };
  return { ok: true, command: { kind: 'project', file: positional[0] as string, format: projectFormat, country, out, lang: lang ?? 'en' } };
}
