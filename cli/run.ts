// The command line's logic, with file reading passed in so tests run it without spawning a process.
import { BASELINE_DATASET, BASELINE_MANIFEST, modelBaseline } from '../shared/data';
import { OUTPUTS, project } from '../shared/model';
import { OUTPUT_IDS, RUN_IDS, YEARS, type Projection } from '../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, MAX_SCENARIO_BYTES } from '../shared/scenario';
import { toCsv, type CsvCell } from '../shared/csv';
import { parseArgs, USAGE, type CliCommand } from './args';
import { plainMessage, quote } from '../shared/quote';

export interface CliIo {
  /** Reads a file as UTF-8, refusing files over maxBytes; returns a user-facing message on failure. */
  readText(path: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
}

export interface CliOutcome {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
}

// Messages echo file content and arguments: escaped and bounded before they reach the terminal.
const usageError = (message: string, usage = ''): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `puente: ${plainMessage(message, 600)}${usage}\n` });

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
  const read = await io.readText(command.file, MAX_SCENARIO_BYTES);
  if (!read.ok) return usageError(read.message);
  const parsed = parseScenarioText(read.text, SCENARIO_RULES);
  if (!parsed.ok) return usageError(`${quote(command.file)}: ${parsed.message}`);
  const projection = project(modelBaseline(), toScenarioInputs(parsed.value));
  // Countries in the dataset's order, then the LAC aggregate (sub-regions are in the app, not the contract).
  const regions = command.country ? [command.country] : [...modelBaseline().countries.map((c) => c.iso3), 'LAC'];
  if (command.country && !projection.regions[command.country]) {
    return usageError(`--country ${quote(command.country)} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.`);
  }
  return { exitCode: 0, stdout: projectionOutput(projection, regions, command.format, parsed.value.name), stderr: '' };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const args = parseArgs(argv);
  if (!args.ok) return usageError(args.message, `\n\n${USAGE}`);
  const command = args.command;
  switch (command.kind) {
    case 'help':
      return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    case 'baseline':
      return { exitCode: 0, stdout: baselineOutput(command.format), stderr: '' };
    case 'project':
      return runProject(command, io);
  }
}
