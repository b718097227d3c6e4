// Every word the command line prints to a user, in English: the usage text, argument errors, why a file could not be
// read or written, why no report was printed. messages.{es,pt,fr}.ts translate every key (a missing one does not
// compile) and `--lang` picks the catalogue, read before any other argument so an error about one is already in
// that language. Why a scenario file was refused is worded as the screen words it (shared/scenario/problem-words.ts,
// with the words of shared/scenario/problem-messages.en.ts included here). Option names, commands, file names and
// ISO codes stay as typed; ICU placeholders are filled by cliText() (messages.ts).
import { PROBLEM_MESSAGES_EN } from '../shared/scenario/problem-messages.en';

export const CLI_MESSAGES_EN = {
  ...PROBLEM_MESSAGES_EN,

  // The usage text: `help`, and after an argument error. Metavariables (FILE, OUT) may be translated; options may not.
  'cli.usage': `Usage:
  npm run -s cli -- baseline [--format json|csv] [--out FILE] [--lang es|pt|fr|en]
  npm run -s cli -- project FILE [--format json|csv|xlsx] [--country ISO3] [--out FILE] [--lang es|pt|fr|en]
  npm run -s cli -- report FILE [FILE…] --out OUT.pdf [--country ISO3] [--paper a4|letter] [--landscape] [--lang es|pt|fr|en]
  npm run -s cli -- help [--lang es|pt|fr|en]

  baseline     prints the baseline dataset with the source, vintage and confidence of every figure, and the
               observed record that followed the paper (2019–2025)
  project      projects the scenario in FILE (a .puente.json scenario) for {first}–{last}: the baseline,
               scenario, low and high runs of every output, for each country (ISO3) and the LAC aggregate,
               and (json) the observed values, with their records, that the history years reproduce
  report       writes the PDF report of one scenario, or the comparison report of 2 to {max} scenarios,
               rendered in a headless browser (PUENTE_CHROMIUM, else Electron, Chromium, Chrome or Edge)
  --format     json (default), csv, or xlsx (project only: an Excel workbook with the projection, the
               assumptions, the sources and the provenance; needs --out)
  --country    only this country (ISO3 code, e.g. COL) or region (LAC, CAR, CAM, SAM); for report, the
               place the report is about (default: the place the first scenario was saved showing)
  --out        write to FILE instead of the standard output (FILE is replaced only when all went well);
               required for xlsx and for report
  --paper      report only: a4 (default) or letter
  --landscape  report only: landscape pages (default portrait)
  --lang       the language of these messages, of the report, of the workbook (xlsx) and of the place names
               and sources in a CSV: es, pt, fr or en (default en). Numbers are written as in the language’s main
               region (es: Latin America, pt: Brazil, fr: France), or as in the region given: --lang es-CO writes
               “1.234,5”, --lang es-MX “1,234.5”`,

  // Argument errors ({value}, {option}, {file}, {out}: what was typed, quoted).
  'cli.args.unknownCommand': 'Unknown command {command}. Use "baseline", "project" or "report".',
  'cli.args.unknownOption': 'Unknown option {option}.',
  'cli.args.lang': '--lang must be "es" (Español), "pt" (Português), "fr" (Français) or "en" (English), alone or with a region (es-CO); got {value}.',
  'cli.args.format': '--format must be "json", "csv" or "xlsx"; got {value}.',
  'cli.args.paper': '--paper must be "a4" or "letter"; got {value}.',
  'cli.args.countryMissing': '--country needs an ISO3 code, e.g. --country COL.',
  'cli.args.outMissing': '--out needs a file name, e.g. --out colombia.xlsx.',
  'cli.args.reportOnly': '--paper and --landscape apply to "report" only.',
  'cli.args.baselineNoFile': '"baseline" takes no file; got {file}.',
  'cli.args.countryNotBaseline': '--country applies to "project" and "report" only.',
  'cli.args.xlsxProjectOnly': '--format xlsx applies to "project" only; the baseline comes as json or csv.',
  'cli.args.reportFormat': '--format applies to "baseline" and "project"; a report is always a PDF.',
  'cli.args.reportFiles': '"report" needs one scenario file (a scenario report) or 2 to {max} (a comparison report); got {count}.',
  'cli.args.reportOut': '"report" needs --out, the PDF file to write, e.g. --out colombia.pdf.',
  'cli.args.projectFile': '"project" needs exactly one scenario file, e.g. project my-scenario.puente.json.',
  'cli.args.xlsxNeedsOut': '--format xlsx writes a workbook file: add --out FILE.xlsx.',
  'cli.args.xlsxExtension': '--out must end in .xlsx for --format xlsx; got {out}.',
  'cli.badCountry': '--country {country} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.',

  // Reading a scenario file: "{file}: {problem}", the problem being one of these or the shared problem words.
  'cli.fileProblem': '{file}: {problem}',
  'cli.read.missing': 'There is no such file.',
  'cli.read.denied': 'Puente is not allowed to read this file (permission denied).',
  'cli.read.failed': 'The file cannot be read ({code}).',

  // Where --out points, checked before a report is printed.
  'cli.out.folder': '--out {out} is a folder; give a file name, e.g. {example}.',
  'cli.out.noFolder': '--out {out}: the folder {folder} does not exist.',

  // Writing the --out file ({code}: the system's error code, such as ENOSPC).
  'cli.write.noFolder': '{file}: cannot be written (no such folder); nothing was written.',
  'cli.write.denied': '{file}: cannot be written (permission denied); nothing was written.',
  'cli.write.isFolder': '{file}: cannot be written (it is a folder); nothing was written.',
  'cli.write.failed': '{file}: cannot be written ({code}); nothing was written.',
  'cli.wrote': 'wrote {file}',

  // Printing a report ({reason}: the browser's or the print launch's own account, untranslated).
  'cli.browser.none': 'No browser to print the report with: install Chromium, Chrome or Edge, or set PUENTE_CHROMIUM to its program file.',
  'cli.browser.notAProgram': 'PUENTE_CHROMIUM is {path}, which is not a browser program that can be run.',
  'cli.browser.cannotStart': 'The browser at {path} could not be started ({reason}).',
  'cli.view.building': 'building the report view (first run)…',
  'cli.view.rebuilding': 'the model, data or app changed since the report view was built; rebuilding it…',
  'cli.view.outOfDate': 'The report view is out of date and could not be rebuilt, so no report was printed; run "npm run build" and try again.',
  'cli.print.invalidJob': 'The report could not be prepared ({reason}).',
  'cli.print.notLaidOut': 'The report could not be laid out ({reason}).',
  'cli.print.browserFailed': 'The browser could not print the report ({reason}).',
  'cli.print.desktopFailed': 'The desktop app did not print the report ({reason}); run "npm run build:electron", or set PUENTE_CHROMIUM to print with Chromium.',
  'cli.print.exitCode': 'exit code {code}',

  'cli.internalError': 'internal error: {message}',
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES_EN;
