// The projection CSV and workbook, read back the way a spreadsheet program reads them: the numbers equal those of
// `project` (JSON) exactly, are stored as numbers with a format for their unit, and every file says which scenario,
// fingerprint and baseline they come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/run';
import { baselineManifest, dataProvenance, modelBaseline, regionName } from '../../../shared/data';
import { exportWords } from '../../../shared/export/export-words';
import { EXPORT_MESSAGES_EN, type ExportText } from '../../../shared/export/messages.en';
import { exportPlaces } from '../../../shared/export/places';
import { computedFingerprint, exportProvenance } from '../../../shared/export/provenance';
import { projectionWorkbook } from '../../../shared/export/workbook';
import { writeXlsx } from '../../../shared/export/xlsx';
import { currentCostPct, leverDefs, outputDefs, parameterDefs, project } from '../../../shared/model';
import { OUTPUT_IDS, RUN_IDS, type Projection } from '../../../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import { FIXTURE, io, NOW } from './fixture-io';
import { readWorkbook, rowsStartingWith, rowWith, values, type ReadSheet } from './read-workbook';


function fixture(): ScenarioDocument {
  const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

async function projectJson(country: string): Promise<Record<string, Record<string, Record<string, (number | null)[]>>> & { years: number[] }> {
  return JSON.parse((await runCli(['project', FIXTURE, '--country', country], io)).stdout);
}

async function cliWorkbook(...extra: string[]): Promise<Map<string, ReadSheet>> {
  const out = await runCli(['project', FIXTURE, '--format', 'xlsx', '--out', 'out.xlsx', ...extra], io);
  expect(out.stderr).toBe('');
  expect(out.exitCode).toBe(0);
  expect(out.file?.path).toBe('out.xlsx');
  expect(out.file?.data).toBeInstanceOf(Uint8Array);
  return readWorkbook(out.file?.data as Uint8Array);
}

/** Colombia's workbook, written once and read by several tests. */
let colombia: Promise<Map<string, ReadSheet>> | null = null;
const colombiaWorkbook = () => (colombia ??= cliWorkbook('--country', 'COL'));

const unitOf = (output: string) => outputDefs().find((o) => o.id === output)?.unit ?? '';

describe('projection workbook (project --format xlsx)', () => {
  it('has an About sheet, then the projection, the assumptions and the sources', async () => {
    const sheets = await colombiaWorkbook();
    expect([...sheets.keys()]).toEqual(['About', 'Projection', 'Assumptions', 'Sources']);
  });

  it('carries its provenance: scenario, fingerprint, baseline dataset and version, app version and date', async () => {
    const doc = fixture();
    const about = (await colombiaWorkbook()).get('About') ?? [];
    const pair = (label: string) => rowWith(about, label)?.[1]?.value;
    expect(pair('Scenario')).toBe('SDG 10.c by 2030');
    expect(pair('Scenario fingerprint')).toBe(computedFingerprint(doc));
    expect(pair('Baseline dataset')).toBe(dataProvenance().datasetId);
    expect(pair('Baseline version')).toBe(dataProvenance().datasetVersion);
    expect(pair('Baseline checksum (SHA-256)')).toBe(dataProvenance().checksum);
    expect(pair('Made with')).toMatch(/^Puente \d+\.\d+\.\d+/);
    expect(pair('Exported')).toBe('2026-03-04 09:15 UTC');
    expect(pair('Places')).toBe('Colombia');
  });

  it('stores every output, year and run as a number equal to project’s JSON, with its unit’s number format', async () => {
    const json = await projectJson('COL');
    const sheet = (await colombiaWorkbook()).get('Projection') ?? [];
    const header = sheet.find((row) => row[0]?.value === 'Place code') ?? [];
    const firstYear = header.findIndex((c) => c.value === json.years[0]);
    expect(header.slice(firstYear, firstYear + json.years.length).map((c) => c.value)).toEqual(json.years);
    expect(header.slice(firstYear, firstYear + json.years.length).every((c) => c.isNumber)).toBe(true);
    let compared = 0;
    for (const output of OUTPUT_IDS) {
      const rows = rowsStartingWith(sheet, 'COL', 'Colombia').filter((r) => r[3]?.value === output);
      expect(rows.map((r) => r[5]?.value)).toEqual(['Baseline', 'Scenario', 'Low', 'High', 'Baseline low', 'Baseline high']);
      rows.forEach((row, i) => {
        const series = json.COL?.[RUN_IDS[i] as string]?.[output] ?? [];
        expect(row[4]?.value).toBe(unitOf(output));
        series.forEach((expected, y) => {
          const cell = row[firstYear + y];
          if (expected === null) expect(cell?.value ?? null).toBeNull();
          else {
            expect(cell?.value).toBe(expected);
            expect(cell?.isNumber).toBe(true);
            expect(cell?.numFmt).toBe(unitOf(output).startsWith('%') ? '0.00' : '#,##0');
            compared += 1;
          }
        });
      });
    }
    expect(compared).toBeGreaterThan(OUTPUT_IDS.length * RUN_IDS.length * 10);
  });

  it('for every country, holds each country and then LAC, and each row names its source', async () => {
    const sheet = (await cliWorkbook()).get('Projection') ?? [];
    const places = [...new Set(sheet.filter((r) => r[5]?.value === 'Scenario').map((r) => r[0]?.value))];
    expect(places).toEqual(exportPlaces(modelBaseline(), { kind: 'every-country' }));
    expect(places.at(-1)).toBe('LAC');
    const source = sheet.find((r) => r[0]?.value === 'HTI' && r[3]?.value === 'remittancesUsd')?.at(-1)?.value;
    expect(source).toBe(outputDefs().find((o) => o.id === 'remittancesUsd')?.source);
    const hti = await projectJson('HTI');
    const htiRows = rowsStartingWith(sheet, 'HTI');
    expect(htiRows.find((r) => r[3]?.value === 'netFiscalUsd' && r[5]?.value === 'High')?.slice(6, 6 + hti.years.length).map((c) => c.value)).toEqual(
      hti.HTI?.high?.netFiscalUsd,
    );
  }, 120_000); // writes and reads back a workbook of every country: seconds alone, far more on a loaded machine

  it('lists every lever and parameter with baseline and scenario values, evidence and source; changes are marked', async () => {
    const doc = fixture();
    const sheet = (await colombiaWorkbook()).get('Assumptions') ?? [];
    const byId = (id: string, kind = 'Lever') => sheet.find((r) => r[3]?.value === id && r[0]?.value === kind);
    for (const lever of leverDefs()) expect(byId(lever.id)?.[11]?.value, lever.id).toMatch(/^[SDA]: /);
    for (const p of parameterDefs()) {
      const row = byId(p.id, 'Parameter');
      expect(row?.[2]?.value).toBe(p.label);
      expect(row?.[6]?.value).toBe(p.default);
      expect(row?.[9]?.value).toBe(p.low);
      expect(row?.[10]?.value).toBe(p.high);
      expect(row?.[12]?.value).toBe(p.source);
    }
    // The scenario's levers: both values, stored as numbers in the lever's unit (a share formatted as per cent).
    const rate = byId('regularisationRatePerYear');
    expect([rate?.[6]?.value, rate?.[7]?.value, rate?.[8]?.value]).toEqual([0, doc.levers.regularisationRatePerYear, 'changed']);
    expect(rate?.[7]?.isNumber).toBe(true);
    expect(rate?.[7]?.numFmt).toBe('0.0%');
    // Colombia's current remittance cost (the 2018 figure moved to the latest observed) is its baseline; the 3% target replaces it.
    const cost = byId('remittanceCostTargetPct');
    const colombia = modelBaseline().countries.find((c) => c.iso3 === 'COL');
    expect(cost?.[6]?.value).toBe(colombia && currentCostPct(colombia));
    expect(cost?.[7]?.value).toBe(3);
    // The per-country override is a row of its own.
    const override = sheet.find((r) => r[0]?.value === 'Lever, Colombia only' && r[3]?.value === 'regularisationRatePerYear');
    expect([override?.[7]?.value, override?.[8]?.value]).toEqual([0.5, 'changed']);
    // Unchanged values are not marked.
    expect(byId('remittanceCostTargetYear')?.[8]?.value ?? null).toBeNull();
  });

  it('names the sources of every output, lever and parameter and of the baseline dataset', async () => {
    const sheet = (await colombiaWorkbook()).get('Sources') ?? [];
    const sources = new Set(sheet.map((r) => r[1]?.value));
    for (const def of [...outputDefs(), ...leverDefs(), ...parameterDefs()]) expect(sources.has(def.source), def.id).toBe(true);
    for (const from of baselineManifest().builtFrom) expect(sources.has(from)).toBe(true);
    expect(values(sheet[1]).join(' ')).toContain(`baseline ${dataProvenance().datasetId} version ${dataProvenance().datasetVersion}`);
  });

  it('takes every heading and label from the words it is given, so a translated app translates the file', async () => {
    const doc = fixture();
    const projection: Projection = project(modelBaseline(), toScenarioInputs(doc));
    const marked: ExportText = (key) => `‹${key}›`;
    const places = exportPlaces(modelBaseline(), { kind: 'place', id: 'COL' });
    const sheets = projectionWorkbook({ projection, places, document: doc, provenance: exportProvenance(doc, '9.9.9', NOW), baseline: modelBaseline() }, exportWords('en', marked));
    expect(sheets.map((s) => s.name)).toEqual(['‹workbook.sheet.about›', '‹workbook.sheet.projection›', '‹workbook.sheet.assumptions›', '‹workbook.sheet.sources›']);
    const used = new Set<string>();
    for (const sheet of sheets) {
      used.add(sheet.name.slice(1, -1));
      for (const row of sheet.rows) {
        for (const c of row) {
          const v = c !== null && typeof c === 'object' ? c.value : c;
          if (typeof v === 'string') for (const m of v.matchAll(/‹([\w.%]+)›/g)) used.add(m[1] as string);
        }
      }
    }
    // Every key of the English catalogue is used, and the headings are the keys, not English words.
    const header = sheets[1]?.rows.find((r) => r.some((c) => typeof c === 'object' && c?.style === 'header')) ?? [];
    expect(header.slice(0, 6).map((c) => (typeof c === 'object' && c ? c.value : c))).toEqual([
      '‹workbook.col.placeCode›', '‹workbook.col.place›', '‹workbook.col.output›', '‹workbook.col.outputId›', '‹workbook.col.unit›', '‹workbook.col.run›',
    ]);
    // Not needed here: the author and notes rows (the fixture has none), "every country", "each country's own value",
    // and words by value (regions, choices) or not for the workbook at all (the save dialog's file types).
    const optional = ['workbook.about.author', 'workbook.about.notes', 'workbook.everyCountry', 'workbook.eachCountry'];
    const byValue = ['region.', 'levers.choice.', 'export.fileType.'];
    const unused = Object.keys(EXPORT_MESSAGES_EN).filter((k) => !used.has(k) && !optional.includes(k) && !byValue.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('writes the same workbook the app would: the builder and writer are shared, the bytes are a real .xlsx', async () => {
    const doc = fixture();
    const projection = project(modelBaseline(), toScenarioInputs(doc));
    const places = exportPlaces(modelBaseline(), { kind: 'place', id: 'COL' });
    const bytes = await writeXlsx(
      projectionWorkbook(
        { projection, places, document: doc, provenance: exportProvenance(doc, '9.9.9', NOW), baseline: modelBaseline() },
        exportWords('en', (key, params) =>
          // The English catalogue filled by hand, as the app's t() does.
          EXPORT_MESSAGES_EN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`)),
        ),
      ),
    );
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a zip, as every .xlsx is
    const fromApp = await readWorkbook(bytes);
    const fromCli = await colombiaWorkbook();
    expect(fromApp.get('Projection')?.slice(2)).toEqual(fromCli.get('Projection')?.slice(2));
    expect(fromApp.get('Assumptions')?.slice(2)).toEqual(fromCli.get('Assumptions')?.slice(2));
  });
});

describe('projection CSV (project --format csv)', () => {
  const parse = (csv: string) => csv.trim().split('\r\n').map((line) => line.split(','));

  it('puts the provenance on every row and the model’s full-precision numbers in the year columns', async () => {
    const doc = fixture();
    const json = await projectJson('COL');
    const out = await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'COL'], io);
    const [header, ...rows] = parse(out.stdout);
    expect(header?.slice(0, 9)).toEqual(['scenario', 'fingerprint', 'baseline_dataset', 'baseline_version', 'region', 'place', 'run', 'output', 'unit']);
    expect(header?.slice(9, 9 + json.years.length)).toEqual(json.years.map(String));
    expect(rows).toHaveLength(OUTPUT_IDS.length * RUN_IDS.length);
    for (const row of rows) {
      expect(row.slice(0, 6)).toEqual(['SDG 10.c by 2030', computedFingerprint(doc), dataProvenance().datasetId, dataProvenance().datasetVersion, 'COL', regionName('COL')]);
      const series = json.COL?.[row[6] as string]?.[row[7] as string] ?? [];
      expect(row.slice(9, 9 + json.years.length).map((v) => (v === '' ? null : Number(v)))).toEqual(series);
    }
  });

  it('names a region by its name, as the workbook does (CAR is the Caribbean, not "CAR")', async () => {
    const csv = (await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'CAR'], io)).stdout;
    expect(parse(csv)[1]?.slice(4, 6)).toEqual(['CAR', 'Caribbean']);
    const about = (await readWorkbook((await runCli(['project', FIXTURE, '--format', 'xlsx', '--country', 'SAM', '--out', 's.xlsx'], io)).file?.data as Uint8Array)).get('About') ?? [];
    expect(rowWith(about, 'Places')?.[1]?.value).toBe('South America');
  });

  it('writes to --out instead of the standard output when asked, for csv and json alike', async () => {
    const csv = await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'COL', '--out', 'col.csv'], io);
    expect(csv.stdout).toBe('');
    expect(csv.file?.path).toBe('col.csv');
    // The file has a byte-order mark (Excel reads accents right), the standard output does not (scripts).
    expect(csv.file?.data).toBe(`\uFEFF${(await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'COL'], io)).stdout}`);
    const json = await runCli(['project', FIXTURE, '--country', 'COL', '--out', 'col.json'], io);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.file?.data as string)).toEqual(await projectJson('COL'));
  });
});
