// An exported workbook or CSV in Spanish reads in Spanish: the model's labels, units, sources and notes are those of
// data/model/text/es.json (what the screen shows), places have their Spanish names and choice levers their Spanish
// values, while ids, codes and numbers are those of every other language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import esText from '../../../data/model/text/es.json';
import { runCli } from '../../../cli/run';
import { modelBaseline } from '../../../shared/data';
import { exportWords } from '../../../shared/export/export-words';
import { formatTextNumbers } from '../../../shared/i18n/text-numbers';
import { EXPORT_MESSAGES_EN } from '../../../shared/export/messages.en';
import { EXPORT_MESSAGES_ES } from '../../../shared/export/messages.es';
import { exportPlaces } from '../../../shared/export/places';
import { exportProvenance } from '../../../shared/export/provenance';
import { projectionWorkbook } from '../../../shared/export/workbook';
import { writeXlsx } from '../../../shared/export/xlsx';
import { leverDefs, outputDefs, parameterDefs, project } from '../../../shared/model';
import { OUTPUT_IDS, RUN_IDS } from '../../../shared/model/types';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import { FIXTURE, io, NOW } from './fixture-io';
import { readWorkbook, type ReadSheet } from './read-workbook';


/** The region format of the exporting screen: its numbers inside the model's words are written "0,56". */
const FORMAT = 'es-CO';

type Words = Record<string, Record<string, string>>;
/** data/model/text/es.json with its "{n:…}" numbers written as the screen's region format writes them. */
const es = Object.fromEntries(
  Object.entries(esText as unknown as Record<string, Words>).map(([kind, byId]) => [
    kind,
    Object.fromEntries(Object.entries(byId).map(([id, fields]) => [id, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? formatTextNumbers(v, FORMAT) : v]))])),
  ]),
) as unknown as {
  levers: Record<string, { label: string; unit: string; source: string }>;
  parameters: Record<string, { label: string; unit: string; source: string; note?: string }>;
  outputs: Record<string, { label: string; unit: string; source: string }>;
};

/** The SDG 10.c example with its country override moved to Brazil, whose name differs in Spanish. */
function scenario(): ScenarioDocument {
  const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.value, countries: { BRA: { regularisationRatePerYear: 0.5 } } };
}

/** Brazil's workbook in Spanish, written and read back as a spreadsheet program reads it. */
async function spanishWorkbook(): Promise<Map<string, ReadSheet>> {
  const doc = scenario();
  const projection = project(modelBaseline(), toScenarioInputs(doc));
  const places = exportPlaces(modelBaseline(), { kind: 'place', id: 'BRA' });
  const sheets = projectionWorkbook({ projection, places, document: doc, provenance: exportProvenance(doc, '9.9.9', NOW), baseline: modelBaseline() }, exportWords('es', undefined, FORMAT));
  return readWorkbook(await writeXlsx(sheets));
}

let workbook: Promise<Map<string, ReadSheet>> | null = null;
const brazil = () => (workbook ??= spanishWorkbook());
const column = (rows: readonly (readonly { value: unknown }[])[], i: number) => rows.map((r) => r[i]?.value);

describe('a workbook exported in Spanish', () => {
  it('names its sheets in Spanish', async () => {
    expect([...(await brazil()).keys()]).toEqual(['Acerca de', 'Proyección', 'Supuestos', 'Fuentes']);
  });

  it('gives every output its Spanish label, unit and source, and Brazil its Spanish name', async () => {
    const sheet = (await brazil()).get('Proyección') ?? [];
    const rows = sheet.filter((r) => r[0]?.value === 'BRA');
    expect(rows).toHaveLength(OUTPUT_IDS.length * RUN_IDS.length);
    expect(new Set(column(rows, 1))).toEqual(new Set(['Brasil']));
    for (const row of rows) {
      const id = row[3]?.value as string;
      expect(row[2]?.value, id).toBe(es.outputs[id]?.label);
      expect(row[4]?.value, id).toBe(es.outputs[id]?.unit);
      expect(row.at(-1)?.value, id).toBe(es.outputs[id]?.source);
    }
    const english = new Set(outputDefs().flatMap((o) => [o.label, o.source]));
    expect(rows.flatMap((r) => [r[2]?.value, r.at(-1)?.value]).filter((v) => english.has(v as string))).toEqual([]);
  });

  it('lists every lever and parameter with its Spanish label, unit, source and note; ids stay', async () => {
    const sheet = (await brazil()).get('Supuestos') ?? [];
    const levers = sheet.filter((r) => r[0]?.value === 'Palanca');
    const parameters = sheet.filter((r) => r[0]?.value === 'Parámetro');
    expect(column(levers, 3)).toEqual(leverDefs().map((l) => l.id));
    expect(column(parameters, 3)).toEqual(parameterDefs().map((p) => p.id));
    for (const row of levers) {
      const t = es.levers[row[3]?.value as string];
      expect([row[2]?.value, row[5]?.value, row[12]?.value]).toEqual([t?.label, t?.unit, t?.source]);
    }
    for (const row of parameters) {
      const t = es.parameters[row[3]?.value as string];
      expect([row[2]?.value, row[5]?.value, row[12]?.value, row[13]?.value ?? undefined]).toEqual([t?.label, t?.unit, t?.source, t?.note]);
    }
    // No English name of a lever or parameter in the name column.
    const english = new Set([...leverDefs(), ...parameterDefs()].map((d) => d.label));
    expect(column([...levers, ...parameters], 2).filter((v) => english.has(v as string))).toEqual([]);
    // The override names Brazil in Spanish; a choice lever's value is a word ("medium" → "Media"), numbers stay numbers.
    expect(sheet.some((r) => r[0]?.value === 'Palanca, solo Brasil' && r[3]?.value === 'regularisationRatePerYear')).toBe(true);
    const absorption = levers.find((r) => r[3]?.value === 'absorptionCapacity');
    expect([absorption?.[6]?.value, absorption?.[7]?.value]).toEqual(['Media', 'Media']);
    const rate = levers.find((r) => r[3]?.value === 'regularisationRatePerYear');
    expect([rate?.[7]?.value, rate?.[7]?.isNumber, rate?.[7]?.numFmt]).toEqual([0.25, true, '0.0%']);
  });

  it('names the sources of every output, lever and parameter in Spanish', async () => {
    const sheet = (await brazil()).get('Fuentes') ?? [];
    const rows = new Map(sheet.map((r) => [r[0]?.value, r[1]?.value]));
    for (const o of outputDefs()) expect(rows.get(`Resultado: ${es.outputs[o.id]?.label}`), o.id).toBe(es.outputs[o.id]?.source);
    for (const l of leverDefs()) expect(rows.get(`Palanca: ${es.levers[l.id]?.label}`), l.id).toBe(es.levers[l.id]?.source);
    for (const p of parameterDefs()) expect(rows.get(`Parámetro: ${es.parameters[p.id]?.label}`), p.id).toBe(es.parameters[p.id]?.source);
    expect(String(rows.get('Datos base'))).toMatch(/ registros\)$/);
    // Numbers inside the words follow the screen's region format: es-CO writes 5,8 where English writes 5.8.
    expect(String(rows.get(`Parámetro: ${es.parameters.costSemiElasticity?.label}`))).toMatch(/= 5,8\s?%/);
  });

  it('holds no English word of the model or of the export catalogue in any cell', async () => {
    // Every English phrase the file could carry, where Spanish has its own words (not "USD", "Puente {version}").
    const model = [...leverDefs(), ...parameterDefs(), ...outputDefs()].flatMap((d) => [d.label, d.unit, d.source, ...('note' in d && d.note ? [d.note] : [])]);
    const spanish = new Set([...Object.values(es.levers), ...Object.values(es.parameters), ...Object.values(es.outputs)].flatMap((t) => Object.values(t).flat()));
    const catalogue = Object.entries(EXPORT_MESSAGES_EN).filter(([key, en]) => en !== EXPORT_MESSAGES_ES[key as keyof typeof EXPORT_MESSAGES_ES]).map(([, en]) => en);
    const english = new Set([...model, ...catalogue, 'Brazil', ...leverDefs().flatMap((l) => l.choices ?? [])].filter((w) => !spanish.has(w)));
    const found: string[] = [];
    for (const [name, sheet] of await brazil()) {
      for (const row of sheet) for (const c of row) if (typeof c.value === 'string' && english.has(c.value)) found.push(`${name}: ${c.value}`);
    }
    expect(found).toEqual([]);
  });
});

describe('a CSV exported in Spanish (project --format csv --lang es)', () => {
  it('writes the place’s name and the output’s source in Spanish; column names, ids and unit codes stay', async () => {
    const out = await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'BRA', '--lang', 'es'], io);
    expect(out.exitCode).toBe(0);
    const english = (await runCli(['project', FIXTURE, '--format', 'csv', '--country', 'BRA'], io)).stdout;
    const [header, ...rows] = out.stdout.trim().split('\r\n');
    expect(header).toBe(english.split('\r\n')[0]);
    const remittances = rows.find((r) => r.includes(',scenario,remittancesUsd,'));
    expect(remittances).toContain(',BRA,Brasil,scenario,remittancesUsd,USD,');
    expect(remittances?.endsWith(`,"${es.outputs.remittancesUsd?.source}"`) || remittances?.endsWith(`,${es.outputs.remittancesUsd?.source}`)).toBe(true);
    expect(rows.find((r) => r.includes(',scenario,remittancesPctGdp,'))).toContain(',remittancesPctGdp,% of GDP,');
  });
});
