// Builds Puente's observed dataset (data/observed/observed-2019-2025.json + manifest.json) from the read-only
// research file ../shared/reference/observed/observed-2019-2024.json and the hand-curated programmes table in
// data/observed/sources/. Deterministic: same inputs, byte-identical outputs.
// Run: npx tsx scripts/build-observed.ts [--out <dir>]   (npm run data:build builds both datasets)
//
// Every source record is kept, with how the model uses it: `model` values are reproduced exactly in the history
// years, `reference` values are kept for comparison, `excluded` values were judged not to be observations. Each
// exclusion and each oddity of the sources is a named decision below, written into the dataset.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { canonicalJson } from '../shared/data/canonical-json';
import { COUNTRIES } from '../shared/data/countries';
import {
  ObservedDatasetSchema, ObservedManifestSchema, ProgrammeSchema,
  type Decision, type ObservedDataset, type ObservedManifest, type ObservedRecord, type ObservedTableId, type RecordUse,
} from '../shared/data/observed-schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_PATH = resolve(ROOT, '../shared/reference/observed/observed-2019-2024.json');
const PROGRAMMES_PATH = resolve(ROOT, 'data/observed/sources/regularisation-programmes.json');
const REMITTANCES_2025_PATH = resolve(ROOT, 'data/observed/sources/remittances-2025-central-banks.json');
const BASELINE_PATH = resolve(ROOT, 'data/baseline/lac-baseline.json');
const BASELINE_MANIFEST_PATH = resolve(ROOT, 'data/baseline/manifest.json');
const outFlag = process.argv.indexOf('--out');
const OUT_DIR = outFlag >= 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1] ?? '') : resolve(ROOT, 'data/observed');

export const OBSERVED_ID = 'lac-observed-2019-2025';
export const OBSERVED_VERSION = '1.1.0';
/** The id scenario files are stamped with: the paper-era baseline plus the observed record. */
const DATA_STAMP_ID = 'lac-baseline-2019+observed-2025';

// ---------- the research file, read like any other untrusted input ----------

const SourceRecord = z.strictObject({
  table: z.enum(['remittances', 'gdp', 'remittanceCosts', 'venezuelans', 'regularisation', 'migrantStocks']),
  iso3: z.string().regex(/^[A-Z]{3}$/),
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  value: z.number().finite(),
  unit: z.string().min(1),
  year: z.number().int(),
  period: z.string().nullable(),
  source: z.string().regex(/^S\d+\b/),
  location: z.string().min(1),
  confidence: z.enum(['from source copy', 'computed from source copy', 'from secondary report (press/agency) copy', 'recalled, unverified']),
  note: z.string(),
});
const SourceFile = z.object({
  meta: z.object({
    sources: z.record(z.string(), z.object({ name: z.string(), location: z.string(), vintage: z.string(), note: z.string().optional() }).passthrough()),
  }).passthrough(),
  records: z.array(SourceRecord),
});
type SourceRecord = z.infer<typeof SourceRecord>;

// ---------- 2025 remittances from the central banks (data/observed/sources/remittances-2025-central-banks.json) ----------

const Remittances2025File = z.strictObject({
  what: z.string().min(1),
  compiled: z.string().min(1),
  source: z.strictObject({ key: z.string().regex(/^S\d+$/), name: z.string().min(1), location: z.string().min(1), vintage: z.string().min(1) }),
  countries: z.array(
    z.strictObject({
      iso3: z.string().regex(/^[A-Z]{3}$/),
      bank: z.string().min(1),
      value2025: z.number().positive(),
      value2024: z.number().positive(),
      definition: z.string().min(1),
      source: z.string().url(),
    }),
  ),
});

/**
 * One 2025 record per country: the central bank's growth from 2024 to 2025 applied to WDI's 2024 value, so the series
 * keeps WDI's definition (the banks' levels differ from it) and only the 2025 movement comes from the bank.
 */
function remittances2025(file: z.infer<typeof Remittances2025File>, records: readonly SourceRecord[]): SourceRecord[] {
  return file.countries.map((c) => {
    const wdi2024 = records.find((r) => r.iso3 === c.iso3 && r.indicator === 'remittances_usd' && r.year === 2024);
    if (!wdi2024) throw new Error(`remittances 2025: no WDI 2024 value for ${c.iso3}`);
    const growth = c.value2025 / c.value2024;
    return {
      table: 'remittances',
      iso3: c.iso3,
      indicator: 'remittances_usd',
      value: Math.round(wdi2024.value * growth),
      unit: 'USD',
      year: 2025,
      period: 'end-year',
      source: `${file.source.key}: ${c.bank}, ${c.definition}`,
      location: c.source,
      confidence: 'computed from source copy',
      note: `Computed: WDI 2024 (${Math.round(wdi2024.value).toLocaleString('en-US')}) x the bank's 2025/2024 ratio (${c.value2025.toLocaleString('en-US')} / ${c.value2024.toLocaleString('en-US')} = ${((growth - 1) * 100).toFixed(2)}%).`,
    };
  });
}

// ---------- decisions on the oddities (observed-2019-2024.md "Things to watch", and what the build found) ----------

interface DecisionRule extends Omit<Decision, 'records'> {
  /** Records the decision applies to. */
  matches: (r: SourceRecord) => boolean;
  /** The use it sets; undefined keeps the table's rule (the decision only documents). */
  use?: RecordUse;
}

const CARIBBEAN = new Set(COUNTRIES.filter((c) => c.subregion === 'Caribbean').map((c) => c.iso3));

const DECISIONS: readonly DecisionRule[] = [
  {
    id: 'brb-remittances-carried-forward',
    finding: 'WDI repeats US$85.18 million of remittances to Barbados for every year 2017-2024: a value carried forward, not an observation. The share of GDP, and the GDP implied by it, inherit it.',
    decision: 'Excluded from the model, with the implied GDP (the Oct-2024 GDP file is used instead). Barbados has no observed remittance history: it is projected from its 2018 value at the Caribbean rate, and its charts say there is no observed value.',
    matches: (r) => r.iso3 === 'BRB' && (r.table === 'remittances' || r.indicator === 'gdp_usd_implied_wdi'),
    use: 'excluded',
  },
  {
    id: 'slv-cost-zero',
    finding: "El Salvador's average cost of sending US$200 is exactly 0% in 2020 and 2022, between 3.0% (2019), 1.9% (2021) and 2.0% (2023): an artefact of the corridor average, not a free service.",
    decision: 'The two zeros are excluded. The cost path interpolates between the observed neighbours in those years, and the lever ramps from the 2023 value.',
    matches: (r) => r.iso3 === 'SLV' && r.table === 'remittanceCosts' && r.value === 0,
    use: 'excluded',
  },
  {
    id: 'ecu-cost-2022-dip',
    finding: "Ecuador's cost falls to 0.31% in 2022 between 2.48% (2021) and 2.30% (2023), a one-year dip of more than 2 percentage points that reverses at once; no other corridor average in the region is below 1%.",
    decision: 'Treated like El Salvador\'s zeros: excluded, and 2022 interpolated.',
    matches: (r) => r.iso3 === 'ECU' && r.table === 'remittanceCosts' && r.year === 2022,
    use: 'excluded',
  },
  {
    id: 'caribbean-zero-venezuelans-2022',
    finding: 'UNHCR reports 0 Venezuelans in 2022 for Antigua and Barbuda, Grenada, Jamaica, Saint Kitts and Nevis and Saint Vincent, after positive counts (or none) in earlier years: missing reports, not departures.',
    decision: 'Excluded. These hosts keep their last positive count (Antigua and Barbuda has none, so it keeps the paper-era value of 0).',
    matches: (r) => r.table === 'venezuelans' && r.indicator === 'venezuelans_hosted' && r.year === 2022 && r.value === 0 && CARIBBEAN.has(r.iso3),
    use: 'excluded',
  },
  {
    id: 'nic-remittance-surge',
    finding: "Nicaragua's remittances reach 26.6% of GDP in 2024, up from 13.3% in 2019.",
    decision: 'Kept: the US$ series shows the same surge (US$1.7 bn to US$5.2 bn), so it is a real rise in recorded inflows, not a GDP revision. The near-term growth rule caps momentum at 15% a year, so the surge is not extrapolated.',
    matches: (r) => r.iso3 === 'NIC' && r.table === 'remittances',
  },
  {
    id: 'guy-oil-gdp',
    finding: "Guyana's remittances fall from 7.4% to 2.4% of GDP because oil GDP grows about fivefold.",
    decision: 'Kept: GDP really grew. The GDP growth rule caps near-term growth at 12% a year, so the oil boom is not extrapolated to 2035.',
    matches: (r) => r.iso3 === 'GUY' && (r.table === 'gdp' || r.indicator === 'remittances_pct_gdp'),
  },
  {
    id: 'cub-cost-rise',
    finding: "Cuba's cost of sending money rises from 6.4% (2019) to 19.6% (2023).",
    decision: 'Kept as observed (sanctions and the closure of Western Union in 2020 explain it). Cuba has no recorded remittances in WDI, so the cost changes no flow in the model.',
    matches: (r) => r.iso3 === 'CUB' && r.table === 'remittanceCosts',
  },
  {
    id: 'series-breaks-venezuelans',
    finding: "Some host counts jump with reporting changes, not with arrivals or departures: Colombia +605,000 in 2022, as the ETPV's registration made visible migrants the earlier estimates missed (Migración Colombia's director: not necessarily new migrants, but more transparency; EFE via infobae.com, 26 Oct 2021); Chile +26% in 2025, as UNHCR's figures follow the periodic INE/SERMIG estimates with a lag (its 2024 figure, 532,715, is INE's end-2022 estimate, La Tercera, Jul 2024; INE put Venezuelans at 728,586 at end-2023, elimpulso.com, May 2025); Dominican Republic 34,064 (2019) to 114,307 (2020); Panama 147,631 (2022) to 58,240 (2023); 2025 drops for Bolivia (-55%), Uruguay (-39%) and the Dominican Republic (-21%).",
    decision: 'Kept as reported in the history years, and treated as level shifts: the change in the break year is not carried into the projection by the growth rule, and a rise is not counted as arrivals (people already in the country need no reception support). They are split between regular and irregular status like arrivals.',
    matches: (r) =>
      r.table === 'venezuelans' && r.indicator === 'venezuelans_hosted' &&
      ((r.iso3 === 'COL' && r.year === 2022) || (r.iso3 === 'CHL' && r.year === 2025) || (r.iso3 === 'PAN' && r.year === 2023) || (r.iso3 === 'DOM' && (r.year === 2020 || r.year === 2025)) || ((r.iso3 === 'BOL' || r.iso3 === 'URY') && r.year === 2025)),
  },
  {
    id: 'carried-forward-venezuelans',
    finding: 'Some host counts repeat a value: Aruba 17,000 for 2019-2022 and 11,470 for 2024-2025; Guyana, Honduras and Mexico repeat 2024 in 2025.',
    decision: 'Kept as observed (UNHCR publishes them as end-year figures); flagged here. The projection starts from the last value.',
    matches: (r) => r.table === 'venezuelans' && r.indicator === 'venezuelans_hosted' && ((r.iso3 === 'ABW') || ((r.iso3 === 'GUY' || r.iso3 === 'HND' || r.iso3 === 'MEX') && r.year >= 2024)),
  },
  {
    id: 'unhcr-as-r4v',
    finding: 'UNHCR end-year figures stand in for the R4V platform counts the paper used; Colombia end-2019 is 1,780,486 against the paper\'s 1.6 million (R4V, 5 Dec 2019).',
    decision: 'The anchored baseline follows UNHCR end-year figures from 2019; the paper-anchored run keeps the paper\'s R4V figures, so the "Paper vs. what happened" view shows the difference.',
    matches: (r) => r.table === 'venezuelans' && r.indicator === 'venezuelans_hosted' && r.iso3 === 'COL' && r.year === 2019,
  },
  {
    id: 'gdp-two-vintages',
    finding: 'GDP comes in two vintages: the Oct-2024 WDI file (to 2023; the model\'s 2018 GDP is from it) and the GDP implied by WDI\'s 2024-release remittance share (to 2024). They differ by more than 2% for a few small economies (Bahamas, Barbados, Trinidad and Tobago, Suriname, Aruba, Dominica).',
    decision: 'The history years use the implied GDP, from the same release as the remittance figures, so remittances as % of GDP equal WDI\'s published ratio; the Oct-2024 file fills years without an implied value. Small breaks between 2018 and 2019 remain for the economies listed.',
    matches: (r) => r.table === 'gdp' && r.indicator === 'gdp_usd_implied_wdi' && ['BHS', 'BRB', 'TTO', 'SUR', 'ABW', 'DMA'].includes(r.iso3) && r.year === 2020,
  },
  {
    id: 'remittance-series-start-later',
    finding: 'Aruba and Curaçao (from 2019) and the Bahamas (from 2020) have WDI remittances, though the paper-era extract had no 2018 value for them.',
    decision: 'The anchored baseline shows their remittances from the first observed year; before it, none.',
    matches: (r) => r.table === 'remittances' && r.indicator === 'remittances_usd' && ((r.iso3 === 'BHS' && r.year === 2020) || ((r.iso3 === 'ABW' || r.iso3 === 'CUW') && r.year === 2019)),
  },
  {
    id: 'undesa-2024-revision',
    finding: "UN DESA's 2024 revision gives immigrant stocks for mid-2020 and mid-2024 only; its 2020 value is not the 2019 revision the paper used.",
    decision: 'The anchored baseline reproduces both values; the non-Venezuelan part of the stock is interpolated between them and after 2024 starts from its 2020-2024 pace (within the caps of data/model/anchoring.json), fading towards the long-run rate.',
    matches: (r) => r.table === 'migrantStocks' && r.iso3 === 'COL',
  },
  {
    id: 'remittances-2025-central-banks',
    finding: 'WDI has no 2025 remittances; the central banks of Mexico, Guatemala, Honduras, El Salvador, the Dominican Republic and Colombia published their 2025 totals (Mexico -4.6%, Guatemala +18.7%, Honduras +25.3%, El Salvador +17.8%, Dominican Republic +10.3%, Colombia +10.6%). Their levels differ from WDI\'s (Mexico US$64.7bn against US$67.6bn in 2024).',
    decision: 'Used for 2025 as the bank\'s growth applied to WDI\'s 2024 value (data/observed/sources/remittances-2025-central-banks.json). For these six countries the record ends in 2025 and the projection starts in 2026; the others still end in 2024.',
    matches: (r) => r.table === 'remittances' && r.year === 2025 && /^S17\b/.test(r.source),
  },
  {
    id: 'regularisation-definitions',
    finding: 'Press counts of permits conflict (registered, approved, authorised, delivered; Colombia\'s PPT 1.84-2.00 million approved in 2023-24).',
    decision: 'Kept for reference. The programmes table picks one definition per programme (Colombia: PPT approved/authorised) and lists the others.',
    matches: (r) => r.table === 'regularisation' && r.iso3 === 'COL' && r.indicator === 'permits_approved',
  },
];

// ---------- records ----------

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const GENERIC_PERIODS = new Set(['end-year', 'mid-year']);
const recordId = (r: SourceRecord): string =>
  [r.table, r.iso3, r.indicator, r.year, ...(r.period !== null && !GENERIC_PERIODS.has(r.period) ? [slug(r.period)] : [])].join('.');

/** The use a record gets from its table's rule, before decisions. */
function tableUse(r: SourceRecord, impliedGdp: ReadonlySet<string>): RecordUse {
  // Barbados' implied GDP is excluded (decision brb-remittances-carried-forward): its GDP file fills in.
  if (r.iso3 === 'BRB' && r.indicator === 'gdp_usd') return 'model';
  if (r.iso3 === 'LAC') return 'reference';
  switch (r.indicator) {
    case 'remittances_usd':
    case 'remittances_pct_gdp':
    case 'gdp_usd_implied_wdi':
    case 'cost_to_country_pct':
    case 'immigrants':
    case 'venezuelans_hosted':
    case 'venezuelans_abroad_unhcr_total':
      return 'model';
    case 'gdp_usd':
      // The Oct-2024 file fills the years where the same-release implied GDP is missing.
      return impliedGdp.has(`${r.iso3}.${r.year}`) ? 'reference' : 'model';
    default:
      return 'reference';
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every `observed:` and `baseline:` reference in the programmes table must name an existing record. */
function checkReferences(programmes: ObservedDataset['programmes'], observedIds: ReadonlySet<string>, baselineIds: ReadonlySet<string>): void {
  const refs = programmes.flatMap((p) => [
    ...p.permits.map((c) => c.source),
    ...p.lapses.map((c) => c.source),
    ...p.otherCounts.map((c) => c.source),
    ...(p.conversionShare?.sources ?? []),
  ]);
  for (const ref of refs) {
    if (ref.startsWith('observed:') && !observedIds.has(ref.slice(9))) throw new Error(`programmes table: unknown observed record ${ref}`);
    if (ref.startsWith('baseline:') && !baselineIds.has(ref.slice(9))) throw new Error(`programmes table: unknown baseline record ${ref}`);
  }
  const known = new Set(COUNTRIES.map((c) => c.iso3));
  for (const p of programmes) {
    if (!known.has(p.iso3)) throw new Error(`programmes table: ${p.id} names unknown country ${p.iso3}`);
    const dates = p.permits.map((c) => c.asOf);
    if (dates.some((d, i) => i > 0 && d <= (dates[i - 1] ?? ''))) throw new Error(`programmes table: ${p.id} permits are not in date order`);
    if (dates.some((d) => d < p.start)) throw new Error(`programmes table: ${p.id} has a count before its start`);
    if (p.modelUse === 'flows' && p.permits.length === 0) throw new Error(`programmes table: ${p.id} is used as flows but has no permit counts`);
  }
}

function build(): void {
  const sourceText = readFileSync(SOURCE_PATH, 'utf8');
  const programmesText = readFileSync(PROGRAMMES_PATH, 'utf8');
  const remittancesText = readFileSync(REMITTANCES_2025_PATH, 'utf8');
  const research = SourceFile.parse(JSON.parse(sourceText));
  if (research.records.some((r) => r.confidence === 'recalled, unverified')) throw new Error('the observed file holds recalled values');
  const remittancesFile = Remittances2025File.parse(JSON.parse(remittancesText));
  if (research.meta.sources[remittancesFile.source.key]) throw new Error(`source key ${remittancesFile.source.key} is already used by the research file`);
  const source = {
    meta: { ...research.meta, sources: { ...research.meta.sources, [remittancesFile.source.key]: { name: remittancesFile.source.name, location: remittancesFile.source.location, vintage: remittancesFile.source.vintage, note: undefined } } },
    records: [...research.records, ...remittances2025(remittancesFile, research.records)],
  };

  const impliedGdp = new Set(source.records.filter((r) => r.indicator === 'gdp_usd_implied_wdi').map((r) => `${r.iso3}.${r.year}`));
  const applied = new Map<string, string[]>(DECISIONS.map((d) => [d.id, []]));
  const records: ObservedRecord[] = source.records.map((r) => {
    const id = recordId(r);
    let use = tableUse(r, impliedGdp);
    let decision: string | null = null;
    for (const d of DECISIONS) {
      if (!d.matches(r)) continue;
      applied.get(d.id)?.push(id);
      if (d.use && decision === null) {
        use = d.use;
        decision = d.id;
      }
    }
    const key = /^(S\d+)\b/.exec(r.source)?.[1] ?? '';
    return {
      id,
      table: r.table as ObservedTableId,
      iso3: r.iso3,
      indicator: r.indicator,
      value: r.value,
      unit: r.unit,
      year: r.year,
      period: r.period,
      source: key,
      sourceText: r.source.replace(/^S\d+:\s*/, ''),
      location: r.location,
      confidence: r.confidence as ObservedRecord['confidence'],
      note: r.note,
      use,
      decision,
    };
  });
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) throw new Error(`duplicate record id ${r.id}`);
    ids.add(r.id);
  }
  const decisions: Decision[] = DECISIONS.map(({ id, finding, decision }) => {
    const matched = [...(applied.get(id) ?? [])].sort();
    if (matched.length === 0) throw new Error(`decision ${id} matches no record: the source changed, review it`);
    return { id, finding, decision, records: matched };
  });

  const programmesFile = z.object({ programmes: z.array(ProgrammeSchema) }).passthrough().parse(JSON.parse(programmesText));
  const baselineIds = new Set<string>(
    Object.values(z.object({ tables: z.record(z.string(), z.array(z.object({ id: z.string() }).passthrough())) }).passthrough().parse(JSON.parse(readFileSync(BASELINE_PATH, 'utf8'))).tables)
      .flat()
      .map((r) => r.id),
  );
  checkReferences(programmesFile.programmes, ids, baselineIds);

  const sources = Object.fromEntries(
    Object.entries(source.meta.sources)
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([k, s]) => [k, { name: s.name, location: s.location, vintage: s.vintage, ...(s.note ? { note: s.note } : {}) }]),
  );
  const builtFrom = [
    `shared/reference/observed/observed-2019-2024.json (${research.records.length} records; sha256 ${sha256(sourceText)})`,
    `data/observed/sources/regularisation-programmes.json (${programmesFile.programmes.length} programmes; sha256 ${sha256(programmesText)})`,
    `data/observed/sources/remittances-2025-central-banks.json (${remittancesFile.countries.length} countries; sha256 ${sha256(remittancesText)})`,
  ];
  const dataset: ObservedDataset = {
    id: OBSERVED_ID,
    version: OBSERVED_VERSION,
    title: 'Puente observed record: Latin America and the Caribbean 2019-2024 (2025 where published), and the regularisation programmes that ran',
    builtFrom,
    sources,
    decisions,
    records,
    programmes: programmesFile.programmes,
  };
  const checked = ObservedDatasetSchema.safeParse(dataset);
  if (!checked.success) throw new Error(checked.error.message);

  const baselineManifest = z.object({ id: z.string(), version: z.string(), sha256: z.string() }).passthrough().parse(JSON.parse(readFileSync(BASELINE_MANIFEST_PATH, 'utf8')));
  const observedSha = sha256(canonicalJson({ records, decisions, programmes: programmesFile.programmes }));
  const manifest: ObservedManifest = {
    id: OBSERVED_ID,
    version: OBSERVED_VERSION,
    sha256: observedSha,
    recordCount: records.length,
    programmeCount: programmesFile.programmes.length,
    builtFrom,
    dataStamp: {
      datasetId: DATA_STAMP_ID,
      checksum: sha256(canonicalJson({ baseline: { id: baselineManifest.id, version: baselineManifest.version, sha256: baselineManifest.sha256 }, observed: { id: OBSERVED_ID, version: OBSERVED_VERSION, sha256: observedSha } })),
    },
  };
  const checkedManifest = ObservedManifestSchema.safeParse(manifest);
  if (!checkedManifest.success) throw new Error(checkedManifest.error.message);

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(resolve(OUT_DIR, 'observed-2019-2025.json'), `${JSON.stringify(dataset, null, 1)}\n`);
  writeFileSync(resolve(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const byUse = records.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.use]: (acc[r.use] ?? 0) + 1 }), {});
  console.log(`Wrote ${records.length} observed records (${Object.entries(byUse).map(([k, v]) => `${k} ${v}`).join(', ')}), ${decisions.length} decisions, ${programmesFile.programmes.length} programmes; sha256 ${observedSha}`);
}

build();
