// The command line's logic, with file reading passed in so tests run it without spawning a process.
import { anchoredRecord, baselineDataset, baselineManifest, modelBaseline, observedDataset, observedManifest, OBSERVED_OUTPUTS, type CountryObserved } from '../shared/data';
import { project } from '../shared/model';
import type { Projection } from '../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, MAX_SCENARIO_BYTES } from '../shared/scenario';
import { csvFile, toCsv } from '../shared/csv';
import { exportPlaces } from '../shared/export/places';
import { exportWords } from '../shared/export/export-words';
import { projectionCsv } from '../shared/export/projection-csv';
import { exportProvenance } from '../shared/export/provenance';
import packageJson from '../package.json';
import { parsePrintJob, type PrintJob } from '../shared/print/print-job';
import type { ScenarioDocument } from '../shared/scenario';
import type { Language } from '../shared/i18n/languages';
import { parseArgs, usage, type CliCommand, type Format } from './args';
import { projectXlsx } from './project-export';
import { scenarioProblemWords } from './scenario-problem-words';
import { cliText, type CliText } from './messages';
import { plainMessage, quote } from '../shared/quote';

/**
 * What the command line needs from the machine. Its messages are for the user: main.ts words them in the language
 * --lang chose (args.ts chooseLanguage), as runCli words its own.
 */
export interface CliIo {
  /** Reads a file as UTF-8, refusing files over maxBytes; returns a user-facing message on failure. */
  readText(path: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  /** The time printed in exported workbooks and reports (tests fix it). */
  now?(): Date;
  /** Where a report may be written: null when it may, else why not (a folder, a missing folder). */
  checkOutput?(path: string): Promise<string | null>;
  /** Renders a checked print job to PDF in a headless browser; a message when no browser can. Absent: none can. */
  printPdf?(job: PrintJob): Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }>;
}

export interface CliOutcome {
  /** 0 done; 1 the environment failed (no browser to print with); 2 bad input (nothing written). */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
  /** With --out: what to write there instead of the standard output (main.ts writes it, or nothing on failure). */
  file?: { path: string; data: string | Uint8Array };
}

// Messages echo file content and arguments: escaped and bounded before they reach the terminal.
const usageError = (message: string, after = ''): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `puente: ${plainMessage(message, 600)}${after}\n` });

function baselineOutput(format: 'json' | 'csv'): string {
  const dataset = baselineDataset();
  const records = Object.values(dataset.tables).flat();
  if (format === 'json') {
    const observed = { manifest: observedManifest(), dataset: observedDataset() };
    return `${JSON.stringify({ manifest: baselineManifest(), dataset, observed }, null, 2)}\n`;
  }
  const header = ['id', 'table', 'iso3', 'indicator', 'value', 'unit', 'year', 'source', 'vintage', 'confidence', 'note'];
  return toCsv([header, ...records.map((r) => [r.id, r.table, r.iso3, r.indicator, r.value, r.unit, r.year, r.source, r.vintage, r.confidence, r.note])]);
}

/** Per country, output and year: the observed value the history reproduces, with the record it comes from. */
type ObservedBlock = Record<string, Partial<Record<string, Record<string, { value: number; record: string; source: string }>>>>;

function observedBlock(regions: readonly string[], observed: ReadonlyMap<string, CountryObserved>): ObservedBlock {
  const out: ObservedBlock = {};
  for (const region of regions) {
    const country = observed.get(region);
    if (!country) continue;
    const byOutput: ObservedBlock[string] = {};
    for (const output of OBSERVED_OUTPUTS) {
      const points = country[output];
      if (points.length) byOutput[output] = Object.fromEntries(points.map((p) => [String(p.year), { value: p.value, record: p.record, source: p.source }]));
    }
    out[region] = byOutput;
  }
  return out;
}

function projectionJson(projection: Projection, regions: readonly string[]): string {
  const out: Record<string, unknown> = { years: projection.years, observed: observedBlock(regions, anchoredRecord().observed) };
  for (const region of regions) out[region] = projection.regions[region];
  return `${JSON.stringify(out)}\n`;
}

/**
 * The output on the standard output, or in the --out file (a workbook always goes to a file: args.ts asks for
 * --out). A CSV file gets the byte-order mark the app's CSV files have, so Excel reads its accents right.
 */
function deliver(out: string | null, data: string | Uint8Array, format: Format = 'json'): CliOutcome {
  if (out !== null) return { exitCode: 0, stdout: '', stderr: '', file: { path: out, data: format === 'csv' && typeof data === 'string' ? csvFile(data) : data } };
  if (typeof data !== 'string') throw new Error('binary output needs --out');
  return { exitCode: 0, stdout: data, stderr: '' };
}

async function readScenario(file: string, io: CliIo, language: Language, formatLocale: string): Promise<{ ok: true; doc: ScenarioDocument } | { ok: false; outcome: CliOutcome }> {
  const read = await io.readText(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { ok: false, outcome: usageError(read.message) };
  const parsed = parseScenarioText(read.text, SCENARIO_RULES);
  if (parsed.ok) return { ok: true, doc: parsed.value };
  // The app's words for what is wrong (a lever by its label, a value in its unit), not a field path.
  const problem = scenarioProblemWords(parsed.problem, language, formatLocale);
  return { ok: false, outcome: usageError(cliText(language)('cli.fileProblem', { file: quote(file), problem })) };
}

async function runProject(command: Extract<CliCommand, { kind: 'project' }>, io: CliIo, language: Language, formatLocale: string): Promise<CliOutcome> {
  const read = await readScenario(command.file, io, language, formatLocale);
  if (!read.ok) return read.outcome;
  const doc = read.doc;
  const projection = project(modelBaseline(), toScenarioInputs(doc));
  // Countries in the dataset's order, then the LAC aggregate (sub-regions are in the app, not the contract).
  const regions = exportPlaces(modelBaseline(), command.country ? { kind: 'place', id: command.country } : { kind: 'every-country' });
  if (command.country && !projection.regions[command.country]) {
    return usageError(cliText(language)('cli.badCountry', { country: quote(command.country) }));
  }
  if (command.format === 'json') return deliver(command.out, projectionJson(projection, regions));
  const provenance = exportProvenance(doc, packageJson.version, io.now?.() ?? new Date());
  if (command.format === 'csv') return deliver(command.out, projectionCsv(projection, regions, provenance, exportWords(language, undefined, formatLocale)), 'csv');
  return deliver(command.out, await projectXlsx(projection, regions, doc, provenance, language, formatLocale));
}

async function runReport(command: Extract<CliCommand, { kind: 'report' }>, io: CliIo, language: Language, formatLocale: string): Promise<CliOutcome> {
  const documents: ScenarioDocument[] = [];
  for (const file of command.files) {
    const read = await readScenario(file, io, language, formatLocale);
    if (!read.ok) return read.outcome;
    documents.push(read.doc);
  }
  const region = command.country ?? documents[0]?.view.region ?? 'LAC';
  const text = cliText(language);
  if (!SCENARIO_RULES.regionIds.has(region)) {
    return usageError(text('cli.badCountry', { country: quote(region) }));
  }
  // Checked before the browser starts: printing takes seconds, and a typo in --out should not cost them.
  const outProblem = (await io.checkOutput?.(command.out)) ?? null;
  if (outProblem) return usageError(outProblem);
  const job = parsePrintJob(
    {
      kind: documents.length === 1 ? 'scenario' : 'comparison',
      documents,
      region,
      page: { paper: command.paper, landscape: command.landscape },
      generatedAt: (io.now?.() ?? new Date()).toISOString(),
      appVersion: packageJson.version,
      // The print view takes the report's language and region format from the job.
      language,
      formatLocale,
    },
    SCENARIO_RULES,
  );
  // The job is built from checked documents and arguments: a refusal here is a bug, reported with its own reason.
  if (!job.ok) return usageError(text('cli.print.invalidJob', { reason: job.message }));
  const printed = io.printPdf ? await io.printPdf(job.value) : { ok: false as const, message: text('cli.browser.none') };
  if (!printed.ok) return { exitCode: 1, stdout: '', stderr: `puente: ${plainMessage(printed.message, 600)}\n` };
  return { exitCode: 0, stdout: '', stderr: `puente: ${text('cli.wrote', { file: command.out })}\n`, file: { path: command.out, data: printed.pdf } };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const args = parseArgs(argv);
  const text: CliText = cliText(args.language);
  if (!args.ok) return usageError(args.message, `\n\n${usage(text)}`);
  const command = args.command;
  switch (command.kind) {
    case 'help':
      return { exitCode: 0, stdout: `${usage(text)}\n`, stderr: '' };
    case 'baseline':
      return deliver(command.out, baselineOutput(command.format), command.format);
    case 'project':
      return runProject(command, io, args.language, args.formatLocale);
    case 'report':
      return runReport(command, io, args.language, args.formatLocale);
  }
}
