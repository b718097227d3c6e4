// The projection workbook, described as plain sheets of cells (no spreadsheet library here, so it is pure and
// testable): About (the provenance block), Projection (every output, year and run per place), Assumptions (every
// lever and parameter with its baseline and scenario value, evidence and source) and Sources. xlsx.ts writes it.
// The app (File ▸ Export Projection as Excel) and the command line (`project --format xlsx`) both build it here.
// Words come from the caller's ExportWords, all in the export's language: headings from its catalogue (the app's,
// or the command line's --lang), the model's labels, units, sources and notes, and the places' names. Ids stay
// ids; numbers are the model's full-precision values, stored as numbers, with a number format for their unit.
import { baselineDataset, baselineManifest, observedManifest } from '../data';
import { baselineLeverValue, currentCostPct } from '../model/levers';
import { parameterValues } from '../model/parameters';
import type { ParamValues } from '../model/parameter-ids';
import { OUTPUT_IDS, RUN_IDS, type CountryInputs, type LeverDef, type Levers, type ModelBaseline, type OutputUnit, type Projection, type RegionId } from '../model/types';
import type { ScenarioDocument } from '../scenario/document';
import type { ExportWords } from './export-words';
import type { ExportText } from './messages.en';
import { namedPlaces, type ExportPlace } from './places';
import { printedTime, provenanceLine, type ExportProvenance } from './provenance';

export type CellValue = string | number | null;
export type CellStyle = 'title' | 'header' | 'label' | 'note' | 'wrap';
export interface Cell {
  value: CellValue;
  /** Number format code (Excel syntax), for numbers. */
  format?: string;
  style?: CellStyle;
}
export type Row = readonly (Cell | CellValue)[];

export interface SheetSpec {
  name: string;
  rows: readonly Row[];
  /** Column widths in characters. */
  widths: readonly number[];
  /** Rows kept in view while scrolling (the heading block and the column headers). */
  frozenRows: number;
}

export interface WorkbookInput {
  projection: Projection;
  places: readonly RegionId[];
  document: Pick<ScenarioDocument, 'name' | 'author' | 'notes' | 'levers' | 'countries' | 'parameters'>;
  provenance: ExportProvenance;
  baseline: Pick<ModelBaseline, 'countries'>;
}

/** Number format of a projected output: whole units, two decimals for a share of GDP (already in per cent). */
const OUTPUT_FORMAT: Readonly<Record<OutputUnit, string>> = {
  USD: '#,##0',
  '% of GDP': '0.00',
  persons: '#,##0',
  permits: '#,##0',
  '% of US$200': '0.00',
  jobs: '#,##0',
};

/** Number format of a lever or parameter value in its model unit: shares as per cent, money and people whole. */
function assumptionFormat(unit: string): string {
  if (unit === 'share' || unit.startsWith('share ')) return '0.0%';
  if (unit === 'year') return '0';
  if (unit === 'persons' || unit.startsWith('US$')) return '#,##0';
  return '0.00';
}

const YEAR_FORMAT = '0';
const cell = (value: CellValue, style?: CellStyle, format?: string): Cell => ({ value, ...(style ? { style } : {}), ...(format ? { format } : {}) });
const headers = (labels: readonly (string | number)[]): Row => labels.map((l) => (typeof l === 'number' ? cell(l, 'header', YEAR_FORMAT) : cell(l, 'header')));

/** The two lines every sheet starts with: what it shows, and where it comes from. */
function heading(title: string, provenance: ExportProvenance, text: ExportText): Row[] {
  return [[cell(title, 'title')], [cell(provenanceLine(provenance, text), 'note')]];
}

function placesLabel(places: readonly ExportPlace[], every: boolean, text: ExportText): string {
  return every ? text('workbook.everyCountry') : places.map((p) => p.name).join(', ');
}

function projectionSheet(input: WorkbookInput, places: readonly ExportPlace[], placeText: string, words: ExportWords): SheetSpec {
  const { projection, provenance } = input;
  const { text } = words;
  const years = projection.years;
  const title = text('workbook.title.projection', { scenario: provenance.scenarioName, first: years[0] ?? '', last: years.at(-1) ?? '', places: placeText });
  const rows: Row[] = [
    ...heading(title, provenance, text),
    [cell(text('workbook.projectionNote'), 'note')],
    headers([
      text('workbook.col.placeCode'), text('workbook.col.place'), text('workbook.col.output'), text('workbook.col.outputId'),
      text('workbook.col.unit'), text('workbook.col.run'), ...years, text('workbook.col.source'),
    ]),
  ];
  const frozenRows = rows.length;
  for (const place of places) {
    for (const output of OUTPUT_IDS) {
      const def = words.output(output);
      if (!def) continue;
      const format = OUTPUT_FORMAT[def.unit];
      for (const run of RUN_IDS) {
        const series = place.runs[run][output];
        rows.push([
          place.id, place.name, def.label, output, words.unit(def.unit), text(`workbook.run.${run}`),
          ...series.map((v) => (v === null ? null : cell(v, undefined, format))), def.source,
        ]);
      }
    }
  }
  return { name: text('workbook.sheet.projection'), rows, widths: [10, 26, 34, 20, 10, 10, ...years.map(() => 16), 70], frozenRows };
}

/** A lever's value for the places exported: a number or choice; null when it varies by country, undefined without one. */
function leverValue(lever: LeverDef, countries: readonly CountryInputs[], params: ParamValues): number | string | null | undefined {
  const values = countries.map((c) => baselineLeverValue(lever.id, currentCostPct(c), params));
  const first = values[0];
  if (first === undefined) return undefined;
  return values.every((v) => v === first) ? first : null;
}

/** A value's cell: a number in its unit's format, a choice in words, or "each country's own value". */
function valueCell(value: number | string | null | undefined, unit: string, words: ExportWords): Cell | CellValue {
  if (value === undefined) return null;
  if (value === null) return words.text('workbook.eachCountry');
  return typeof value === 'number' ? cell(value, undefined, assumptionFormat(unit)) : words.choice(value);
}

function assumptionsSheet(input: WorkbookInput, places: readonly ExportPlace[], words: ExportWords): SheetSpec {
  const { document: doc, provenance, baseline } = input;
  const { text } = words;
  const inPlaces = new Set(places.map((p) => p.id));
  // The countries whose baseline a lever row shows: the place exported when it is one country, else all of them.
  const single = baseline.countries.filter((c) => inPlaces.has(c.iso3));
  const countries = single.length === 1 && places.length === 1 ? single : baseline.countries;
  const defaults = parameterValues('default');
  const pinned = parameterValues('default', doc.parameters);
  const changed = (before: unknown, after: unknown) => (before === after ? null : text('workbook.changed'));
  const leverRow = (lever: LeverDef, kind: string, set: Levers, own: readonly CountryInputs[]): Row => {
    const before = leverValue(lever, own, defaults);
    const after = set[lever.id] ?? leverValue(lever, own, pinned);
    return [
      kind, text(`workbook.module.${lever.module}`), lever.label, lever.id, null, words.unit(lever.unit),
      valueCell(before, lever.unit, words), valueCell(after, lever.unit, words), changed(before, after), null, null,
      text(`workbook.evidence.${lever.evidence}`), lever.source, null,
    ];
  };
  const rows: Row[] = [
    ...heading(text('workbook.title.assumptions', { scenario: provenance.scenarioName }), provenance, text),
    [cell(text('workbook.assumptionsNote'), 'note')],
    headers([
      text('workbook.col.kind'), text('workbook.col.module'), text('workbook.col.name'), text('workbook.col.id'), text('workbook.col.symbol'),
      text('workbook.col.unit'), text('workbook.col.baselineValue'), text('workbook.col.scenarioValue'), text('workbook.col.changed'),
      text('workbook.col.lowRun'), text('workbook.col.highRun'), text('workbook.col.evidence'), text('workbook.col.source'), text('workbook.col.note'),
    ]),
  ];
  const frozenRows = rows.length;
  for (const lever of words.levers) rows.push(leverRow(lever, text('workbook.kind.lever'), doc.levers, countries));
  for (const [iso3, own] of Object.entries(doc.countries)) {
    const country = baseline.countries.filter((c) => c.iso3 === iso3);
    for (const lever of words.levers) {
      if (own[lever.id] !== undefined) rows.push(leverRow(lever, text('workbook.kind.override', { place: words.place(iso3) }), own, country));
    }
  }
  const low = parameterValues('low', doc.parameters);
  const high = parameterValues('high', doc.parameters);
  for (const p of words.parameters) {
    const id = p.id as keyof ParamValues;
    rows.push([
      text('workbook.kind.parameter'), text(`workbook.module.${p.module}`), p.label, p.id, p.symbol, words.unit(p.unit),
      valueCell(p.default, p.unit, words), valueCell(pinned[id], p.unit, words), changed(p.default, pinned[id]),
      valueCell(low[id], p.unit, words), valueCell(high[id], p.unit, words), text(`workbook.evidence.${p.evidence}`), p.source, p.note ?? null,
    ]);
  }
  return { name: text('workbook.sheet.assumptions'), rows, widths: [22, 36, 46, 32, 12, 30, 16, 16, 10, 14, 14, 22, 90, 70], frozenRows };
}

function sourcesSheet(input: WorkbookInput, words: ExportWords): SheetSpec {
  const { provenance } = input;
  const { text } = words;
  const rows: Row[] = [
    ...heading(text('workbook.title.sources', { scenario: provenance.scenarioName }), provenance, text),
    [],
    headers([text('workbook.col.usedFor'), text('workbook.col.source')]),
  ];
  const frozenRows = rows.length;
  for (const o of words.outputs) rows.push([text('workbook.source.output', { label: o.label }), o.source]);
  for (const l of words.levers) rows.push([text('workbook.source.lever', { label: l.label }), l.source]);
  for (const p of words.parameters) rows.push([text('workbook.source.parameter', { label: p.label }), p.source]);
  const baseline = baselineManifest();
  const dataset = {
    title: baselineDataset().title,
    dataset: provenance.datasetId,
    version: provenance.datasetVersion,
    baseline: baseline.recordCount,
    observed: observedManifest().recordCount,
  };
  rows.push([text('workbook.source.dataset'), text('workbook.source.datasetLine', dataset)]);
  for (const from of baseline.builtFrom) rows.push([text('workbook.source.builtFrom'), from]);
  rows.push([text('workbook.source.vintage'), cell(baseline.modelVintage, 'wrap')]);
  rows.push([text('workbook.source.paper'), text('workbook.source.paperCitation')]);
  return { name: text('workbook.sheet.sources'), rows, widths: [62, 160], frozenRows };
}

function aboutSheet(input: WorkbookInput, placeText: string, text: ExportText): SheetSpec {
  const { provenance, document: doc } = input;
  const pair = (label: string, value: CellValue): Row => [cell(label, 'label'), cell(value, 'wrap')];
  const rows: Row[] = [
    [cell(text('workbook.title.about', { scenario: provenance.scenarioName }), 'title')],
    [],
    pair(text('workbook.about.scenario'), provenance.scenarioName),
    ...(doc.author ? [pair(text('workbook.about.author'), doc.author)] : []),
    ...(doc.notes ? [pair(text('workbook.about.notes'), doc.notes)] : []),
    pair(text('workbook.about.fingerprint'), provenance.fingerprint),
    [null, cell(text('workbook.about.fingerprintHint'), 'wrap')],
    pair(text('workbook.about.places'), placeText),
    pair(text('workbook.about.dataset'), provenance.datasetId),
    pair(text('workbook.about.datasetVersion'), provenance.datasetVersion),
    pair(text('workbook.about.checksum'), provenance.datasetChecksum),
    pair(text('workbook.about.madeWith'), text('workbook.about.app', { version: provenance.appVersion })),
    pair(text('workbook.about.exported'), printedTime(provenance.exportedAt)),
    [],
    pair(text('workbook.about.runs'), text('workbook.about.runsText')),
    pair(text('workbook.about.sheets'), text('workbook.about.sheetsText')),
  ];
  return { name: text('workbook.sheet.about'), rows, widths: [30, 110], frozenRows: 0 };
}

/** The workbook's sheets, in the order a reader meets them, in the language of `words`. */
export function projectionWorkbook(input: WorkbookInput, words: ExportWords): SheetSpec[] {
  const places = namedPlaces(input.projection, input.places, words.place);
  const every = input.places.length > 1;
  const placeText = placesLabel(places, every, words.text);
  return [
    aboutSheet(input, placeText, words.text),
    projectionSheet(input, places, placeText, words),
    assumptionsSheet(input, places, words),
    sourcesSheet(input, words),
  ];
}
