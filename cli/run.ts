// The command line's logic, with file reading passed in so tests run it without spawning a process.
import { BASELINE_DATASET, BASELINE_MANIFEST, modelBaseline } from '../shared/data';
import { project } from '../shared/model';
import type { Projection } from '../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, MAX_SCENARIO_BYTES } from '../shared/scenario';
import { csvFile, toCsv } from '../shared/csv';
import { exportPlaces } from '../shared/export/places';
import { projectionCsv } from '../shared/export/projection-csv';
import { exportProvenance } from '../shared/export/provenance';
import packageJson from '../package.json';
import { parseArgs, USAGE, type CliCommand, type Format } from './args';
import { projectXlsx } from './project-export';

export interface CliIo {
  /** Reads a file as UTF-8, refusing files over maxBytes; returns a user-facing message on failure. */
  readText(path: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
  /** The time printed in exported workbooks (tests fix it). */
  now?(): Date;
}

export interface CliOutcome {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
  /** With --out: what to write there instead of the standard output (main.ts writes it, or nothing on failure). */
  file?: { path: string; data: string | Uint8Array };
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

function projectionJson(projection: Projection, regions: readonly string[]): string {
  const out: Record<string, unknown> = { years: projection.years };
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

async function runProject(command: Extract<CliCommand, { kind: 'project' }>, io: CliIo): Promise<CliOutcome> {
  const read = await io.readText(command.file, MAX_SCENARIO_BYTES);
  if (!read.ok) return usageError(read.message);
  const parsed = parseScenarioText(read.text, SCENARIO_RULES);
  if (!parsed.ok) return usageError(`${command.file}: ${parsed.message}`);
  const doc = parsed.value;
  const projection = project(modelBaseline(), toScenarioInputs(doc));
  // Countries in the dataset's order, then the LAC aggregate (sub-regions are in the app, not the contract).
  const regions = exportPlaces(modelBaseline(), command.country ? { kind: 'place', id: command.country } : { kind: 'every-country' });
  if (command.country && !projection.regions[command.country]) {
    return usageError(`--country ${command.country} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.`);
  }
  if (command.format === 'json') return deliver(command.out, projectionJson(projection, regions));
  const provenance = exportProvenance(doc, packageJson.version, io.now?.() ?? new Date());
  if (command.format === 'csv') return deliver(command.out, projectionCsv(projection, regions, provenance), 'csv');
  return deliver(command.out, await projectXlsx(projection, regions, doc, provenance));
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const args = parseArgs(argv);
  if (!args.ok) return usageError(`${args.message}\n\n${USAGE}`);
  const command = args.command;
  switch (command.kind) {
    case 'help':
      return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
    case 'baseline':
      return deliver(command.out, baselineOutput(command.format), command.format);
    case 'project':
      return runProject(command, io);
  }
}
