// The command line's logic, with file reading passed in so tests run it without spawning a process.
import { BASELINE_DATASET, BASELINE_MANIFEST, modelBaseline } from '../shared/data';
import { OUTPUTS, project } from '../shared/model';
import { OUTPUT_IDS, RUN_IDS, YEARS, type Projection } from '../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, MAX_SCENARIO_BYTES } from '../shared/scenario';
import { toCsv, type CsvCell } from '../shared/csv';
import { parsePrintJob, type PrintJob } from '../shared/print/print-job';
import type { ScenarioDocument } from '../shared/scenario';
import { parseArgs, USAGE, type CliCommand } from './args';

export interface CliIo {
  /** Reads a file as UTF-8, refusing files over maxBytes; returns a user-facing message on failure. */
  readText(path: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  /** Where a report may be written: null when it may, else why not (a folder, a missing folder). */
  checkOutput(path: string): Promise<string | null>;
  /** Renders a checked print job to PDF in a headless browser; a message when no browser can. */
  printPdf(job: PrintJob): Promise<{ ok: true; pdf: Uint8Array } | { ok: false; message: string }>;
  /** Writes the whole file or nothing (temp file, then rename). */
  writeFile(path: string, data: Uint8Array): Promise<{ ok: true } | { ok: false; message: string }>;
  now(): Date;
  appVersion: string;
}

export interface CliOutcome {
  /** 0 done; 1 the environment failed (no browser, disk); 2 bad input (nothing written). */
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const usageError = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `puente: ${message}\n` });

function baselineOutput(format: 'json' | 'csv'): string {
  const records = Object.values(BASELINE_DATASET.tables).flat();
  if (format === 'json') {
    return `${JSON.stringify({ manifest: BASELINE_MANIFEST, dataset: BASELINE_DATASET }, null, 2)}\n`;
  }
  const header = ['id', 'table', 'iso3', 'indicator', 'value', 'unit', 'year', 'source', 'vintage', 'confidence', 'note'];
  return toCsv([header, ...records.map((r) => [r.id, r.table, r.iso3, r.indicator, r.value, r.unit, r.year, r.source, r.vintage, r.confidence, r.note])]);
}

function projectionOutput(projection: Projection, regions: readonly string[], format: 'json' | 'csv', scenarioName: string): string {
  if (format === 'json') {
    const out: Record<string, unknown> = { years: projection.years };
    for (const region of regions) out[region] = projection.regions[region];
    return `${JSON.stringify(out)}\n`;
  }
  const unitOf = new Map(OUTPUTS.map((o) => [o.id, o.unit]));
  const rows: CsvCell[][] = [['scenario', 'region', 'run', 'output', 'unit', ...YEARS.map(String)]];
  for (const region of regions) {
    const runs = projection.regions[region];
    if (!runs) continue;
    for (const run of RUN_IDS) {
      for (const output of OUTPUT_IDS) rows.push([scenarioName, region, run, output, unitOf.get(output), ...runs[run][output]]);
    }
  }
  return toCsv(rows);
}

async function runProject(command: Extract<CliCommand, { kind: 'project' }>, io: CliIo): Promise<CliOutcome> {
  const read = await readScenario(command.file, io);
  if (!read.ok) return read.outcome;
  const projection = project(modelBaseline(), toScenarioInputs(read.doc));
  // Countries in the dataset's order, then the LAC aggregate (sub-regions are in the app, not the contract).
  const regions = command.country ? [command.country] : [...modelBaseline().countries.map((c) => c.iso3), 'LAC'];
  if (command.country && !projection.regions[command.country]) {
    return usageError(`--country ${command.country} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.`);
  }
  return { exitCode: 0, stdout: projectionOutput(projection, regions, command.format, read.doc.name), stderr: '' };
}

async function readScenario(file: string, io: CliIo): Promise<{ ok: true; doc: ScenarioDocument } | { ok: false; outcome: CliOutcome }> {
  const read = await io.readText(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { ok: false, outcome: usageError(read.message) };
  const parsed = parseScenarioText(read.text, SCENARIO_RULES);
  return parsed.ok ? { ok: true, doc: parsed.value } : { ok: false, outcome: usageError(`${file}: ${parsed.message}`) };
}

async function runReport(command: Extract<CliCommand, { kind: 'report' }>, io: CliIo): Promise<CliOutcome> {
  const documents: ScenarioDocument[] = [];
  for (const file of command.files) {
    const read = await readScenario(file, io);
    if (!read.ok) return read.outcome;
    documents.push(read.doc);
  }
  const region = command.country ?? documents[0]?.view.region ?? 'LAC';
  if (!SCENARIO_RULES.regionIds.has(region)) {
    return usageError(`--country ${region} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.`);
  }
  const outProblem = await io.checkOutput(command.out);
  if (outProblem) return usageError(outProblem);
  const job = parsePrintJob(
    {
      kind: documents.length === 1 ? 'scenario' : 'comparison',
      documents,
      region,
      page: { paper: command.paper, landscape: command.landscape },
      generatedAt: io.now().toISOString(),
      appVersion: io.appVersion,
    },
    SCENARIO_RULES,
  );
  if (!job.ok) return usageError(job.message);
  const printed = await io.printPdf(job.value);
  if (!printed.ok) return { exitCode: 1, stdout: '', stderr: `puente: ${printed.message}\n` };
  const written = await io.writeFile(command.out, printed.pdf);
  if (!written.ok) return { exitCode: 1, stdout: '', stderr: `puente: ${written.message}\n` };
  return { exitCode: 0, stdout: '', stderr: `puente: wrote ${command.out}\n` };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const args = parseArgs(argv);
  if (!args.ok) return usageError(`${args.message}\n\n${USAGE}`);
  const command = args.command;
  switch (command.kind) {
    case 'help':
      return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    case 'baseline':
      return { exitCode: 0, stdout: baselineOutput(command.format), stderr: '' };
    case 'project':
      return runProject(command, io);
    case 'report':
      return runReport(command, io);
  }
}
