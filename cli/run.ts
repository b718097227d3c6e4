// The command line's logic, with file reading passed in so tests run it without spawning a process.
import { anchoredRecord, baselineDataset, baselineManifest, modelBaseline, observedDataset, observedManifest, OBSERVED_OUTPUTS, type CountryObserved } from '../shared/data';
import { outputDefs, project } from '../shared/model';
import { OUTPUT_IDS, RUN_IDS, YEARS, type Projection } from '../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, MAX_SCENARIO_BYTES } from '../shared/scenario';
import { toCsv, type CsvCell } from '../shared/csv';
import { parseArgs, USAGE, type CliCommand } from './args';

export interface CliIo {
  /** Reads a file as UTF-8, refusing files over maxBytes; returns a user-facing message on failure. */
  readText(path: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }>;
}

export interface CliOutcome {
  exitCode: 0 | 2;
  stdout: string;
  stderr: string;
}

const usageError = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `puente: ${message}\n` });

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

function projectionOutput(projection: Projection, regions: readonly string[], format: 'json' | 'csv', scenarioName: string): string {
  const observed = anchoredRecord().observed;
  if (format === 'json') {
    const out: Record<string, unknown> = { years: projection.years, observed: observedBlock(regions, observed) };
    for (const region of regions) out[region] = projection.regions[region];
    return `${JSON.stringify(out)}\n`;
  }
  const unitOf = new Map(outputDefs().map((o) => [o.id, o.unit]));
  const rows: CsvCell[][] = [['scenario', 'region', 'run', 'output', 'unit', ...YEARS.map(String)]];
  for (const region of regions) {
    const runs = projection.regions[region];
    if (!runs) continue;
    for (const run of RUN_IDS) {
      for (const output of OUTPUT_IDS) rows.push([scenarioName, region, run, output, unitOf.get(output), ...runs[run][output]]);
    }
    // Observed values as their own rows (run "observed"); the JSON output also names each value's record.
    const country = observed.get(region);
    for (const output of country ? OBSERVED_OUTPUTS : []) {
      const byYear = new Map((country?.[output] ?? []).map((p) => [p.year, p.value]));
      if (byYear.size) rows.push([scenarioName, region, 'observed', output, unitOf.get(output), ...YEARS.map((y) => byYear.get(y) ?? null)]);
    }
  }
  return toCsv(rows);
}

async function runProject(command: Extract<CliCommand, { kind: 'project' }>, io: CliIo): Promise<CliOutcome> {
  const read = await io.readText(command.file, MAX_SCENARIO_BYTES);
  if (!read.ok) return usageError(read.message);
  const parsed = parseScenarioText(read.text, SCENARIO_RULES);
  if (!parsed.ok) return usageError(`${command.file}: ${parsed.message}`);
  const projection = project(modelBaseline(), toScenarioInputs(parsed.value));
  // Countries in the dataset's order, then the LAC aggregate (sub-regions are in the app, not the contract).
  const regions = command.country ? [command.country] : [...modelBaseline().countries.map((c) => c.iso3), 'LAC'];
  if (command.country && !projection.regions[command.country]) {
    return usageError(`--country ${command.country} is not a country code or region; use an ISO3 code such as COL, or LAC, CAR, CAM, SAM.`);
  }
  return { exitCode: 0, stdout: projectionOutput(projection, regions, command.format, parsed.value.name), stderr: '' };
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
  }
}
