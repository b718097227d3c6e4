// Builds Puente's committed baseline dataset (data/baseline/lac-baseline.json + manifest.json) from the
// read-only research file ../shared/reference/baseline-data.json and the UN DESA supplement in
// data/baseline/sources/. Deterministic: same inputs, byte-identical outputs.
// Run: npx tsx scripts/build-baseline.ts [--out <dir>]
//
// Every source record is either mapped to a dataset table or listed in PAPER_SKIPPED; anything else fails the
// build, so nothing is dropped silently.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { canonicalJson } from '../shared/data/canonical-json';
import { COUNTRIES } from '../shared/data/countries';
import { TABLE_IDS, type Confidence, type DatasetRecord, type TableId, type BaselineDataset, type BaselineManifest } from '../shared/data/dataset-schema';
import { parseDataset, parseManifest } from '../shared/data/parse-dataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_PATH = resolve(ROOT, '../shared/reference/baseline-data.json');
const SUPPLEMENT_PATH = resolve(ROOT, 'data/baseline/sources/undesa-2019-venezuelan-born-by-host.json');
// `--out <dir>` writes elsewhere (the determinism test builds into a temp folder and compares bytes).
const outFlag = process.argv.indexOf('--out');
const OUT_DIR = outFlag >= 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1] ?? '') : resolve(ROOT, 'data/baseline');
const OUT_DATASET = resolve(OUT_DIR, 'lac-baseline.json');
const OUT_MANIFEST = resolve(OUT_DIR, 'manifest.json');

const DATASET_ID = 'lac-baseline-2019';
const DATASET_VERSION = '1.0.0';
const MODEL_VINTAGE =
  'Later WDI vintages throughout: remittances 2018 = WDI BX.TRF.PWKR.CD.DT, 2025 vintage (S1); GDP 2018 = WDI NY.GDP.MKTP.CD, Oct-2024 vintage (S3); ' +
  'population 2019 = WDI SP.POP.TOTL, 2026 vintage (S15); remittance cost = WDI SI.RMT.COST.IB.ZS 2019 (S16), else the mean of the 2019 quarterly ' +
  'LAC corridor means (RPW, S17); migrant stocks = UN DESA IMS 2019; Venezuelans = R4V 5 Dec 2019 (paper or source copy, never recalled values). ' +
  "The paper's own Oct-2019 World Bank figures are kept in the 'paper' table for comparison only.";

// ---------- source schema (the research file is read like any other untrusted input) ----------

const SourceRecord = z.strictObject({
  section: z.enum(['A_paper', 'B_remittances', 'C_venezuelans', 'D_undesa', 'E_pop_gdp', 'F_costs', 'G_levers']),
  country: z.string(),
  iso3: z.string(),
  indicator: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  unit: z.string(),
  year: z.union([z.number(), z.string()]),
  measures: z.string(),
  source: z.string(),
  location: z.string(),
  confidence: z.enum(['from paper', 'from source copy', 'recalled, unverified', 'n/a (not found)']),
  note: z.string(),
});
type SourceRecord = z.infer<typeof SourceRecord>;
const SourceFile = z.object({ meta: z.unknown(), records: z.array(SourceRecord) });

const Supplement = z.object({
  source: z.string(),
  location: z.string(),
  unit: z.literal('persons'),
  year: z.literal(2019),
  values: z.record(z.string(), z.number().int().nonnegative()),
});

// ---------- small helpers ----------

const AGGREGATE_BY_NAME: Record<string, string> = {
  LAC: 'LAC',
  'LAC (sum of countries in extract)': 'LAC',
  'LAC (destination)': 'LAC',
  'LAC (corridors monitored)': 'LAC',
  'Low & middle income': 'LMY',
  'Northern America': 'NAM',
  Europe: 'EUR',
  'Guatemala/Honduras/El Salvador': 'NCA',
  'Central America': 'CAM',
};

const COUNTRY_ISO3_BY_NAME: Record<string, string> = {
  ...Object.fromEntries(COUNTRIES.map((c) => [c.name, c.iso3])),
  'United States of America': 'USA',
  'Venezuela (Bolivarian Republic of)': 'VEN',
  'Bolivia (Plurinational State of)': 'BOL',
  Spain: 'ESP',
  Italy: 'ITA',
  Portugal: 'PRT',
  France: 'FRA',
  Canada: 'CAN',
  Japan: 'JPN',
  Netherlands: 'NLD',
  'United Kingdom': 'GBR',
};

function iso3Of(name: string): string {
  const code = COUNTRY_ISO3_BY_NAME[name];
  if (!code) throw new Error(`No ISO3 code known for "${name}"`);
  return code;
}

function regionOf(src: SourceRecord): string {
  if (src.iso3) return src.iso3;
  const code = AGGREGATE_BY_NAME[src.country];
  if (!code) throw new Error(`No region code for source country "${src.country}" (${src.indicator})`);
  return code;
}

/** Reference year = the latest year named outside parentheses ("Jan 2016-Oct 2019" → 2019, "2016 (ILO 2018)" → 2016). */
function yearAndPeriod(year: number | string): { year: number | null; period: string | null } {
  if (typeof year === 'number') return { year, period: null };
  const years = (year.replace(/\([^)]*\)/g, '').match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number);
  const ref = years.length > 0 ? Math.max(...years) : null;
  return { year: ref, period: year.trim() === String(ref) ? null : year.trim() || null };
}

function confidenceOf(src: SourceRecord): Confidence {
  return src.confidence === 'n/a (not found)' ? 'not found' : src.confidence;
}

/** Short key (for ids) and a readable label for the data vintage, derived from where the value was read. */
function vintageOf(src: SourceRecord): { key: string; label: string } {
  const loc = src.location;
  if (src.confidence === 'recalled, unverified') return { key: 'recalled', label: 'recalled, no archived copy' };
  if (src.confidence === 'n/a (not found)') return { key: 'none', label: 'not found in any archived copy' };
  if (src.section === 'A_paper' || loc.includes('shared/seed')) return { key: 'paper', label: 'as printed in the paper (ICMPD/UNDP, 2019)' };
  if (loc.includes(' ; ')) return { key: 'computed', label: 'computed: WDI 2022-vintage % of GDP x WDI Oct-2024 GDP (vintages mixed)' };
  if (loc.includes('martinbarrosgtown')) return { key: 'wdi2025', label: 'WDI, 2025 vintage (S1)' };
  if (loc.includes('remittances_received_share_gdp')) return { key: 'wdi2022', label: 'WDI, 2022 vintage (S2)' };
  if (loc.includes('datasets/gdp')) return { key: 'wdi2024', label: 'WDI, Oct-2024 vintage (S3)' };
  if (loc.includes('52d3bf4c1d54cd9a8a1f6c0f990d7616d5f3cf47')) return { key: 'wdi2020', label: 'WDI, early-2020 vintage (S14), closest to the paper' };
  if (loc.includes('425fc447a53a26c767a15a7de60c4cc2478a0595')) return { key: 'wdi2026', label: 'WDI, Mar-2026 vintage (S15)' };
  if (loc.includes('average_cost_sending')) return { key: 'wdi2022', label: 'WDI SI.RMT.COST.IB.ZS, Feb-2022 vintage (S16)' };
  if (loc.includes('sdg_10C')) return { key: 'rpw2020', label: 'RPW corridors, Dec-2020 release (S17)' };
  if (loc.includes('stepladderChapter')) return { key: 'undesa2019', label: 'UN DESA International Migrant Stock 2019 (S12/S13)' };
  if (loc.startsWith('value / R4V total')) return { key: 'computed', label: 'computed: host count / R4V total 4,769,498' };
  return { key: 'web', label: src.year === '' ? 'archived web copy' : `archived web copy (${String(src.year)})` };
}

/** Base units: USD, persons, %; the source's wording ('about', 'more than') moves to the note. */
function normaliseUnit(raw: string): { unit: string; scale: number; wording: string | null } {
  const m = /^(.*?)\s*\((['"].*)\)$/.exec(raw);
  const base = (m ? m[1] : raw)?.trim() ?? '';
  const wording = m ? (m[2] ?? null) : null;
  const table: Record<string, { unit: string; scale: number }> = {
    'USD billion': { unit: 'USD', scale: 1e9 },
    'USD million': { unit: 'USD', scale: 1e6 },
    USD: { unit: 'USD', scale: 1 },
    'million persons': { unit: 'persons', scale: 1e6 },
    'thousand persons': { unit: 'persons', scale: 1e3 },
    persons: { unit: 'persons', scale: 1 },
    '%': { unit: '%', scale: 1 },
    '% of GDP': { unit: '% of GDP', scale: 1 },
    '% of amount sent (USD 200)': { unit: '% of USD 200', scale: 1 },
    '% of USD 200': { unit: '% of USD 200', scale: 1 },
    '% of 4,769,498': { unit: '% of R4V total (4,769,498)', scale: 1 },
    '% global average': { unit: '%', scale: 1 },
    rank: { unit: 'rank', scale: 1 },
    'x (multiplier)': { unit: 'multiplier', scale: 1 },
    applications: { unit: 'applications', scale: 1 },
    claims: { unit: 'claims', scale: 1 },
    visas: { unit: 'visas', scale: 1 },
    text: { unit: 'text', scale: 1 },
    '': { unit: 'n/a', scale: 1 },
  };
  const hit = table[base];
  if (!hit) throw new Error(`Unknown unit "${raw}"`);
  return { ...hit, wording };
}

function scaled(value: number, scale: number): number {
  // Counts and money are whole numbers; scaling 42.7 by 1e6 must give 42,700,000, not 42,700,000.00000001.
  return scale === 1 ? value : Math.round(value * scale);
}

function joinNotes(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').map((p) => p.trim()).join(' ');
}

// ---------- mapping: source indicator → dataset table + indicator id ----------

interface Mapping {
  table: TableId;
  indicator: string;
  /** Overrides the region code (the paper's aggregates have no ISO3). */
  iso3?: string;
  counterpart?: string;
  /** Overrides a text value with the number it states (SDG 10.c "less than 3%"). */
  value?: number;
  note?: string;
}

/** The paper's migration and development figures (section A), keyed by "country|indicator". */
const PAPER: Record<string, Mapping & { quote?: string }> = {
  'LAC|LAC share of world population': { table: 'paper', indicator: 'population_share_of_world_pct' },
  "LAC|Share of world's international migrants born in LAC": { table: 'paper', indicator: 'emigrants_share_of_world_migrants_pct' },
  'LAC|Emigrants born in LAC': { table: 'paper', indicator: 'emigrants' },
  'Mexico|Emigrants': { table: 'paper', indicator: 'emigrants' },
  'Mexico|World rank by number of emigrants': { table: 'paper', indicator: 'emigrants_world_rank' },
  'Venezuela|Venezuelans abroad': { table: 'paper', indicator: 'emigrants' },
  'Colombia|Emigrants': { table: 'paper', indicator: 'emigrants', note: "Paper truncates: UN DESA's 2,869,305 is printed as '2.8 million'." },
  'Brazil|Emigrants': { table: 'paper', indicator: 'emigrants' },
  'Cuba|Emigrants': { table: 'paper', indicator: 'emigrants', note: "Paper truncates: UN DESA's 1,654,754 is printed as '1.6'." },
  'LAC|Share of LAC-born living abroad': { table: 'paper', indicator: 'emigrants_pct_native_born' },
  'World|International migrants worldwide': { table: 'paper', indicator: 'immigrants' },
  'World|Migrants as share of world population': { table: 'paper', indicator: 'immigrants_pct_population' },
  'LAC|Immigrants living in LAC': { table: 'paper', indicator: 'immigrants' },
  'LAC|LAC immigrants as share of world migrants': { table: 'paper', indicator: 'immigrants_share_of_world_migrants_pct' },
  'LAC|Share of LAC immigrants born in another LAC country': { table: 'paper', indicator: 'immigrants_born_in_lac_pct' },
  'LAC|Share of LAC immigrants born in Venezuela': { table: 'paper', indicator: 'immigrants_born_in_venezuela_pct' },
  'LAC|Remittances received': { table: 'paper', indicator: 'remittances_usd', quote: "Paper: 'the LAC region received 89,579 USD billions as remittances in 2018'." },
  'LAC|Remittances as share of regional GDP': { table: 'paper', indicator: 'remittances_pct_gdp', quote: "Paper: 'that is, 1.7% of the regional GDP'." },
  'Mexico|Remittances received': { table: 'paper', indicator: 'remittances_usd', quote: "Paper: 'Mexico, with 35,659 USD billions, is the fourth remittance-recipient in the world'." },
  'Mexico|World rank as remittance recipient': { table: 'paper', indicator: 'remittances_world_rank' },
  'Haiti|Remittances % of GDP': { table: 'paper', indicator: 'remittances_pct_gdp', quote: "Paper: 'remittances represent 30,7% of its GDP'. Pre-rebase Haiti GDP." },
  'El Salvador|Remittances % of GDP': { table: 'paper', indicator: 'remittances_pct_gdp', quote: "Paper: 'El Salvador (21,1%)'." },
  'Honduras|Remittances % of GDP': { table: 'paper', indicator: 'remittances_pct_gdp', quote: "Paper: 'Honduras (19,9%)'." },
  'Jamaica|Remittances % of GDP': { table: 'paper', indicator: 'remittances_pct_gdp', quote: "Paper: 'Jamaica (15,9%)'." },
  'Mexico|3x1 programme matching multiple': { table: 'paper', indicator: 'diaspora_matching_multiplier' },
  'Guatemala/Honduras/El Salvador|Deportations to Northern Central America': { table: 'paper', indicator: 'deportations' },
  'Guatemala|Share of NCA deportations': { table: 'paper', indicator: 'deportations_share_pct' },
  'Honduras|Share of NCA deportations': { table: 'paper', indicator: 'deportations_share_pct' },
  'El Salvador|Share of NCA deportations': { table: 'paper', indicator: 'deportations_share_pct' },
  'Guatemala/Honduras/El Salvador|Female share of forced returnees': { table: 'paper', indicator: 'deportations_female_share_pct' },
  'Venezuela|Venezuelans who left since 2015': { table: 'paper', indicator: 'venezuelans_left_since_2015' },
  'Venezuela|Share of Venezuelan emigrants in LAC': { table: 'paper', indicator: 'venezuelans_abroad_in_lac_pct' },
  'Colombia|Venezuelan migrants in Colombia': { table: 'paper', indicator: 'venezuelans_hosted', quote: "Paper: 'Colombia hosts 1.6 million Venezuelan migrants (34.2% of the overall Venezuelan migrant population)'." },
  'Colombia|Colombia share of Venezuelan migrants': { table: 'paper', indicator: 'venezuelans_hosted_share_pct' },
  'Colombia|Colombian returnees from Venezuela': { table: 'paper', indicator: 'returnees_from_venezuela' },
  'Peru|Venezuelan migrants in Peru': { table: 'paper', indicator: 'venezuelans_hosted', quote: "Paper: 'Peru (864 thousand people)'." },
  'Ecuador|Venezuelan migrants in Ecuador': { table: 'paper', indicator: 'venezuelans_hosted', quote: "Paper: 'Ecuador (385)'." },
  'Chile|Venezuelan migrants in Chile': { table: 'paper', indicator: 'venezuelans_hosted', quote: "Paper: 'Chile (371)'." },
  'Aruba|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Curaçao|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Colombia|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Peru|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Panama|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Ecuador|Venezuelans as share of population': { table: 'paper', indicator: 'venezuelans_pct_host_population' },
  'Colombia|Female share of Venezuelan migrants': { table: 'paper', indicator: 'venezuelans_female_share_pct' },
  'Colombia|Share of Venezuelan migrants under 30': { table: 'paper', indicator: 'venezuelans_under_30_share_pct' },
  'Central America|Central American transit migrants': { table: 'paper', indicator: 'transit_migrants' },
  'Central America|Share of transit migrants who succeeded': { table: 'paper', indicator: 'transit_migrants_reached_usa_pct' },
  'Central America|Share of transit migrants stopped': { table: 'paper', indicator: 'transit_migrants_stopped_pct' },
  'LAC|Informal employment among migrants and nationals': { table: 'paper', indicator: 'informal_employment_share_pct' },
};

/** Section-A records that are not migration or development figures (dates, boilerplate, figure captions). */
const PAPER_SKIPPED = new Set([
  '(GFMD)|GFMD edition', '(GFMD)|GFMD Summit dates (cover)', '(GFMD)|GFMD Summit dates (text)', '(UNDP)|UNDP country presence',
  '(ICMPD)|ICMPD Member States', '(ICMPD)|ICMPD active countries', '(ICMPD)|ICMPD pillars', 'LAC|Regional workshops held',
  'Costa Rica|Workshop San José (RT 1.2)', 'Jamaica|Workshop Kingston (RT 3.2)', 'Ecuador|Workshop Quito (RT 1.1)', 'Peru|Workshop Lima (RT 3.1)',
  'LAC|Workshop participants', 'LAC|Governments represented', '(UN)|Global Compact for Migration adoption', '(Figure 1)|Figure 1 unit',
  '(Figure 4)|Figure 4 reference date', '(Figures 2-3)|Figures 2-3 scope',
]);

const EXACT: Record<string, Record<string, Mapping>> = {
  B_remittances: {
    'Personal remittances received (BX.TRF.PWKR.CD.DT)': { table: 'remittances', indicator: 'remittances_usd' },
    'Personal remittances received, % of GDP (BX.TRF.PWKR.DT.GD.ZS)': { table: 'remittances', indicator: 'remittances_pct_gdp' },
    'Personal remittances received': { table: 'remittances', indicator: 'remittances_usd' },
    'Personal remittances received (computed)': { table: 'remittances', indicator: 'remittances_usd' },
    'Personal remittances received, sum': { table: 'remittances', indicator: 'remittances_usd_sum_of_countries' },
    'Personal remittances received, % of GDP': { table: 'remittances', indicator: 'remittances_pct_gdp' },
    'Remittance flows to LAC (World Bank, Apr 2019)': { table: 'remittances', indicator: 'remittances_usd_wb_apr2019' },
    'Remittances (World Bank, Apr 2019)': { table: 'remittances', indicator: 'remittances_usd_wb_apr2019' },
    'Remittances to LMICs': { table: 'remittances', indicator: 'remittances_usd_wb_apr2019' },
    'Global remittances (incl. high income)': { table: 'remittances', indicator: 'remittances_usd_wb_apr2019' },
    'Top remittance recipients worldwide (World Bank, Apr 2019)': { table: 'remittances', indicator: 'remittances_usd_world_top' },
    'Family remittances to LAC (Inter-American Dialogue)': { table: 'remittances', indicator: 'family_remittances_usd_iad' },
  },
  C_venezuelans: {
    'Venezuelan refugees and migrants worldwide (R4V)': { table: 'venezuelans', indicator: 'venezuelans_hosted' },
    'Venezuelan refugees and migrants in LAC (R4V)': { table: 'venezuelans', indicator: 'venezuelans_hosted' },
    'Venezuelan refugees and migrants hosted': { table: 'venezuelans', indicator: 'venezuelans_hosted' },
    'Share of all Venezuelan refugees and migrants': { table: 'venezuelans', indicator: 'venezuelans_hosted_share_pct' },
    'Venezuelans as % of host population (UN DESA 2019 pop)': { table: 'venezuelans', indicator: 'venezuelans_pct_host_population_undesa' },
    'Venezuelans as % of host population (WDI 2019 pop, 2026 vintage)': { table: 'venezuelans', indicator: 'venezuelans_pct_host_population_wdi' },
  },
  D_undesa: {
    'Emigrants (born in country, living abroad)': { table: 'migrantStocks', indicator: 'emigrants' },
    'Emigrants in LAC': { table: 'migrantStocks', indicator: 'emigrants_in_lac' },
    'Emigrants in Northern America (USA, Canada, Bermuda, Greenland, St Pierre & Miquelon)': { table: 'migrantStocks', indicator: 'emigrants_in_northern_america' },
    'Emigrants in Europe': { table: 'migrantStocks', indicator: 'emigrants_in_europe' },
    'Emigrants in rest of world': { table: 'migrantStocks', indicator: 'emigrants_in_rest_of_world' },
    'Emigrants in USA': { table: 'migrantStocks', indicator: 'emigrants_in_usa' },
    'Emigrants in Spain': { table: 'migrantStocks', indicator: 'emigrants_in_spain' },
    'Emigrants as % of (population + emigrants)': { table: 'migrantStocks', indicator: 'emigrants_pct_native_born' },
    'Immigrants (international migrant stock in country)': { table: 'migrantStocks', indicator: 'immigrants' },
    'Immigrants as % of population': { table: 'migrantStocks', indicator: 'immigrants_pct_population' },
    'Total population (UN DESA / WPP2019)': { table: 'populationGdp', indicator: 'population' },
    'LAC-born emigrants (UN DESA only)': { table: 'migrantStocks', indicator: 'emigrants' },
    'LAC-born emigrants living in LAC': { table: 'migrantStocks', indicator: 'emigrants_in_lac' },
    'LAC-born emigrants living in NorthernAmerica': { table: 'migrantStocks', indicator: 'emigrants_in_northern_america' },
    'LAC-born emigrants living in Europe': { table: 'migrantStocks', indicator: 'emigrants_in_europe' },
    'LAC-born emigrants living in Other': { table: 'migrantStocks', indicator: 'emigrants_in_rest_of_world' },
    'LAC-born emigrants, R4V-adjusted': { table: 'migrantStocks', indicator: 'emigrants_r4v_adjusted' },
    'Immigrants in LAC (UN DESA Table 1)': { table: 'migrantStocks', indicator: 'immigrants' },
    'Immigrants in LAC as % of population': { table: 'migrantStocks', indicator: 'immigrants_pct_population' },
    'Total population': { table: 'populationGdp', indicator: 'population' },
    'International migrant stock': { table: 'migrantStocks', indicator: 'immigrants' },
    'Immigrants in LAC born in another LAC country': { table: 'migrantStocks', indicator: 'immigrants_born_in_lac' },
    'Immigrants in LAC, R4V-adjusted': { table: 'migrantStocks', indicator: 'immigrants_r4v_adjusted' },
  },
  E_pop_gdp: {
    'Population, total (SP.POP.TOTL)': { table: 'populationGdp', indicator: 'population' },
    'Population, total': { table: 'populationGdp', indicator: 'population' },
    'GDP, current US$ (NY.GDP.MKTP.CD)': { table: 'populationGdp', indicator: 'gdp_usd' },
    'GDP, current US$': { table: 'populationGdp', indicator: 'gdp_usd' },
  },
  F_costs: {
    'Average transaction cost of sending remittances to country (SI.RMT.COST.IB.ZS)': { table: 'remittanceCosts', indicator: 'cost_to_country_pct' },
    'SI.RMT.COST.IB.ZS': { table: 'remittanceCosts', indicator: 'cost_to_country_pct' },
    'Unweighted mean of LAC-receiving corridor costs': { table: 'remittanceCosts', indicator: 'lac_corridor_mean_cost_pct' },
    'Global average cost of sending USD 200': { table: 'remittanceCosts', indicator: 'global_average_cost_pct' },
    'RPW regional average cost to LAC': { table: 'remittanceCosts', indicator: 'rpw_regional_average_cost_pct' },
    'SDG target 10.c': { table: 'remittanceCosts', indicator: 'sdg_10c_target_cost_pct', value: 3, note: "SDG 10.c: 'by 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent'." },
    'G20 / 5x5 objective': { table: 'remittanceCosts', indicator: 'g20_5x5_target_cost_pct' },
  },
  G_levers: {
    'Venezuelans in Colombia': { table: 'regularisation', indicator: 'venezuelans_stock' },
    'Venezuelans in Colombia - regular': { table: 'regularisation', indicator: 'venezuelans_regular' },
    'Venezuelans in Colombia - in regularisation (RAMV, PEP pending)': { table: 'regularisation', indicator: 'venezuelans_in_regularisation' },
    'Venezuelans in Colombia - irregular (overstay)': { table: 'regularisation', indicator: 'venezuelans_irregular_overstay' },
    'Venezuelans in Colombia - irregular (unauthorised entry)': { table: 'regularisation', indicator: 'venezuelans_irregular_unauthorised_entry' },
    'Venezuelans in Colombia - irregular': { table: 'regularisation', indicator: 'venezuelans_irregular' },
    'Venezuelans in Colombia - regular (as stated in source)': { table: 'regularisation', indicator: 'venezuelans_regular' },
    'Venezuelans in Colombia - irregular (as stated in source)': { table: 'regularisation', indicator: 'venezuelans_irregular' },
    'PEP (Permiso Especial de Permanencia) beneficiaries': { table: 'regularisation', indicator: 'pep_beneficiaries' },
    'Irregular share of Venezuelans in Colombia': { table: 'regularisation', indicator: 'venezuelans_irregular_share_pct' },
    'Regularisation instrument (2019)': { table: 'regularisation', indicator: 'regularisation_instrument' },
    'Regularisation instrument': { table: 'regularisation', indicator: 'regularisation_instrument' },
    'Venezuelans in Peru': { table: 'regularisation', indicator: 'venezuelans_stock' },
    'PTP applications (granted and in process)': { table: 'regularisation', indicator: 'ptp_applications' },
    'Asylum claims by Venezuelans': { table: 'regularisation', indicator: 'asylum_claims' },
    'Venezuelans arrived in/transited Peru since 2017': { table: 'regularisation', indicator: 'venezuelans_arrived_or_transited' },
    'PTP holders': { table: 'regularisation', indicator: 'ptp_holders' },
    'VERHU visas granted': { table: 'regularisation', indicator: 'verhu_visas' },
    'Venezuelans regularised Aug 2019-Aug 2020': { table: 'regularisation', indicator: 'venezuelans_regularised' },
    'Venezuelans residing (official records)': { table: 'regularisation', indicator: 'venezuelans_registered' },
    'Venezuelans in Ecuador (official estimate at decree)': { table: 'regularisation', indicator: 'venezuelans_stock' },
    'Venezuelans registered (registration exercise)': { table: 'regularisation', indicator: 'venezuelans_registered' },
    'Informal employment share of global employment': { table: 'informality', indicator: 'informal_employment_share_pct' },
    'Informal employment share (LAC)': { table: 'informality', indicator: 'informal_employment_share_pct' },
    'Informal employment among migrants and nationals (paper)': { table: 'informality', indicator: 'informal_employment_migrants_nationals_pct' },
  },
};

/** Caveats the research file states elsewhere (docs/data.md), attached to the record a user will look at. */
const EXTRA_NOTES: Record<string, string> = {
  'E_pop_gdp|HTI|GDP, current US$ (NY.GDP.MKTP.CD)':
    "Haiti's GDP series was rebased (revised upward) after Oct 2019. The paper's 30.7% remittances/GDP used the pre-rebase GDP; " +
    'with this vintage remittances are 16.7% of GDP. No pre-rebase GDP figure was found in an archived copy, so only this vintage is kept ' +
    "(the implied pre-rebase GDP, about USD 8.9 bn = 2.735 bn / 0.307, is an inference, not data). Both ratios are kept: 'paper' and 'remittances' tables.",
  'E_pop_gdp|VEN|GDP, current US$ (NY.GDP.MKTP.CD)': 'The model uses null GDP for Venezuela: no remittances/GDP or fiscal ratios are computed for it.',
  'B_remittances|CUB|Personal remittances received': 'The model uses null remittances for Cuba (and Venezuela, Bahamas, Aruba, Curaçao): no remittance outputs for them.',
};

function mappingFor(src: SourceRecord): Mapping | 'skip' {
  if (src.section === 'A_paper') {
    const key = `${src.country}|${src.indicator}`;
    if (PAPER_SKIPPED.has(key)) return 'skip';
    const m = PAPER[key];
    if (!m) throw new Error(`Unmapped paper record "${key}"`);
    return m;
  }
  const corridor = /^Average total cost, corridor (.+) -> (.+)$/.exec(src.indicator);
  if (src.section === 'F_costs' && corridor?.[1]) {
    return { table: 'remittanceCosts', indicator: 'corridor_cost_pct', counterpart: iso3Of(corridor[1]) };
  }
  const byOrigin = /^Immigrants in LAC born in (.+)$/.exec(src.indicator);
  if (src.section === 'D_undesa' && byOrigin?.[1] && byOrigin[1] !== 'another LAC country') {
    return { table: 'migrantStocks', indicator: 'immigrants_by_origin', counterpart: iso3Of(byOrigin[1]) };
  }
  const m = EXACT[src.section]?.[src.indicator];
  if (!m) throw new Error(`Unmapped ${src.section} record "${src.indicator}" (${src.country})`);
  return m;
}

// ---------- record construction ----------

interface Draft extends Omit<DatasetRecord, 'id'> {
  vintageKey: string;
}

function draftFrom(src: SourceRecord, m: Mapping & { quote?: string }): Draft {
  const { unit, scale, wording } = normaliseUnit(src.unit);
  const { year, period } = yearAndPeriod(src.year);
  const vintage = vintageOf(src);
  const isText = typeof src.value === 'string';
  const value = m.value ?? (typeof src.value === 'number' ? scaled(src.value, scale) : null);
  const sourceText = joinNotes(src.source, src.location ? `(${src.location})` : '') || 'no source found';
  return {
    table: m.table,
    iso3: m.iso3 ?? regionOf(src),
    indicator: m.indicator,
    value,
    unit: m.value !== undefined ? '%' : unit,
    year,
    period,
    counterpart: m.counterpart ?? null,
    source: sourceText,
    vintage: vintage.label,
    confidence: confidenceOf(src),
    note: joinNotes(
      m.quote,
      m.note,
      isText && m.value === undefined ? `Text value: ${String(src.value)}.` : null,
      scale !== 1 ? `Source states ${String(src.value)} ${src.unit}.` : null,
      wording ? `Source wording: ${wording}.` : null,
      src.measures && src.measures !== 'not found' ? `Measures: ${src.measures}.` : null,
      src.note,
      EXTRA_NOTES[`${src.section}|${src.iso3}|${src.indicator}`],
    ),
    vintageKey: vintage.key,
  };
}

function venezuelanBornDrafts(raw: unknown): Draft[] {
  const sup = Supplement.parse(raw);
  return COUNTRIES.map((c) => {
    const value = sup.values[c.iso3];
    if (value === undefined) throw new Error(`Supplement has no Venezuelan-born figure for ${c.iso3}`);
    return {
      table: 'migrantStocks',
      iso3: c.iso3,
      indicator: 'immigrants_by_origin',
      value,
      unit: 'persons',
      year: sup.year,
      period: null,
      counterpart: 'VEN',
      source: `${sup.source} (${sup.location})`,
      vintage: 'UN DESA International Migrant Stock 2019 (S12)',
      confidence: 'from source copy',
      note: 'Venezuelan-born immigrants counted by UN DESA (mid-2019), transcribed from the origin x destination matrix; the 35 values plus 4 non-Puente territories sum to the LAC total 1,924,877. Used to avoid double counting with R4V.',
      vintageKey: 'undesa2019',
    } satisfies Draft;
  });
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** ids: table.iso3.indicator.year[.counterpart].vintage, plus the period where that is still ambiguous. */
function assignIds(drafts: Draft[]): DatasetRecord[] {
  const base = drafts.map((d) =>
    [d.table, d.iso3, d.indicator, d.year ?? 'na', d.counterpart, d.vintageKey].filter((p) => p !== null).join('.'),
  );
  const counts = new Map<string, number>();
  for (const id of base) counts.set(id, (counts.get(id) ?? 0) + 1);
  const records = drafts.map((d, i) => {
    const { vintageKey: _vintageKey, ...rest } = d;
    const id = (counts.get(base[i] ?? '') ?? 0) > 1 && d.period ? `${base[i]}.${slug(d.period)}` : (base[i] ?? '');
    return { id, ...rest };
  });
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new Error(`Duplicate record id ${r.id}`);
    seen.add(r.id);
  }
  return records;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function build(): void {
  const sourceText = readFileSync(SOURCE_PATH, 'utf8');
  const supplementText = readFileSync(SUPPLEMENT_PATH, 'utf8');
  const source = SourceFile.parse(JSON.parse(sourceText));

  const drafts: Draft[] = [];
  let skipped = 0;
  for (const src of source.records) {
    const m = mappingFor(src);
    if (m === 'skip') skipped += 1;
    else drafts.push(draftFrom(src, m));
  }
  drafts.push(...venezuelanBornDrafts(JSON.parse(supplementText)));

  const records = assignIds(drafts);
  const tables = Object.fromEntries(TABLE_IDS.map((t) => [t, records.filter((r) => r.table === t)])) as BaselineDataset['tables'];
  const builtFrom = [
    `shared/reference/baseline-data.json (${source.records.length} records, sections A-G; sha256 ${sha256(sourceText)}; ${skipped} non-statistical paper records left out)`,
    `data/baseline/sources/undesa-2019-venezuelan-born-by-host.json (sha256 ${sha256(supplementText)})`,
  ];
  const dataset: BaselineDataset = {
    id: DATASET_ID,
    version: DATASET_VERSION,
    title: 'Puente baseline: migration and development in Latin America and the Caribbean, 2018-2019',
    builtFrom,
    modelVintage: MODEL_VINTAGE,
    tables,
  };
  const checked = parseDataset(dataset);
  if (!checked.ok) throw new Error(checked.message);

  const manifest: BaselineManifest = {
    id: DATASET_ID,
    version: DATASET_VERSION,
    sha256: sha256(canonicalJson(dataset.tables)),
    recordCount: records.length,
    builtFrom,
    modelVintage: MODEL_VINTAGE,
  };
  const checkedManifest = parseManifest(manifest);
  if (!checkedManifest.ok) throw new Error(checkedManifest.message);

  mkdirSync(dirname(OUT_DATASET), { recursive: true });
  writeFileSync(OUT_DATASET, `${JSON.stringify(dataset, null, 1)}\n`);
  writeFileSync(OUT_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  const perTable = TABLE_IDS.map((t) => `${t} ${tables[t].length}`).join(', ');
  console.log(`Wrote ${records.length} records (${perTable}); sha256 ${manifest.sha256}`);
}

build();
