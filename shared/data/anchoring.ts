// Anchoring (docs/methodology.md): the observed record each country's projection follows through its last observed
// year, the near-term growth derived from it by the documented rule (data/model/anchoring.json), and the link from
// every history value to the record it reproduces.
import { z } from 'zod';
import type { CountryHistory, DerivedGrowth, OutputId, Subregion, YearValues } from '../model/types';
import { FIRST_PROJECTION_YEAR, FIRST_YEAR, N_YEARS, STOCK_BASE_YEAR, YEARS } from '../model/years';
import type { Country } from './countries';
import type { ObservedDataset, ObservedRecord } from './observed-schema';

const Setting = z.strictObject({ id: z.string().min(1), value: z.number().finite(), unit: z.string().min(1), evidence: z.enum(['S', 'D', 'A']), why: z.string().min(1) });
const SETTING_IDS = [
  'remittancesWindow', 'remittancesMin', 'remittancesMax', 'gdpWindow', 'gdpMin', 'gdpMax',
  'venezuelansWindow', 'venezuelansMin', 'venezuelansMax', 'otherImmigrantsMin', 'otherImmigrantsMax', 'ownWeight', 'latestYearWeight',
] as const;
export type AnchoringSettingId = (typeof SETTING_IDS)[number];
export type AnchoringSetting = z.infer<typeof Setting>;
export type AnchoringRule = Readonly<Record<AnchoringSettingId, number>>;

/** Parses data/model/anchoring.json: every setting the rule needs, once each. */
export function parseAnchoringRule(raw: unknown): { rule: AnchoringRule; settings: AnchoringSetting[] } {
  const parsed = z.strictObject({ about: z.string(), settings: z.array(Setting) }).safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid data/model/anchoring.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const byId = new Map(parsed.data.settings.map((s) => [s.id, s.value]));
  const missing = SETTING_IDS.filter((id) => !byId.has(id));
  const unknown = [...byId.keys()].filter((id) => !(SETTING_IDS as readonly string[]).includes(id));
  if (missing.length || unknown.length || byId.size !== parsed.data.settings.length) {
    throw new Error(`Invalid data/model/anchoring.json: missing [${missing.join(', ')}], unknown or repeated [${unknown.join(', ')}]`);
  }
  return { rule: Object.fromEntries(byId) as AnchoringRule, settings: parsed.data.settings };
}

/** One observed value behind a history year: the record it comes from and its source key. */
export interface ObservedPoint {
  year: number;
  value: number;
  /** `observed:<id>` for data/observed records, `baseline:<id>` for the paper-era 2018 value. */
  record: string;
  /** The source as the record names it, with its key in the dataset (e.g. "WDI BX.TRF.PWKR.CD.DT personal remittances received (S1)"). */
  source: string;
}

/** The outputs whose history years reproduce observed values. */
export const OBSERVED_OUTPUTS = ['remittancesUsd', 'remittancesPctGdp', 'remittanceCostPct', 'venezuelans', 'immigrants'] as const satisfies readonly OutputId[];
export type ObservedOutput = (typeof OBSERVED_OUTPUTS)[number];
export type CountryObserved = Readonly<Record<ObservedOutput, readonly ObservedPoint[]>>;

/** The 2018 (paper-era) values the record starts from, with their record ids (from the baseline dataset). */
export interface PaperEraBase {
  remittances2018: { value: number; record: string; source: string } | null;
  gdp2018: { value: number; record: string; source: string } | null;
}

const yearIndex = (year: number): number => year - FIRST_YEAR;

/** The decision whose records are reporting breaks in the Venezuelan counts (level shifts). */
export const VENEZUELAN_BREAKS_DECISION = 'series-breaks-venezuelans';

/** Model-use records of one country by indicator, in year order. */
export class ObservedIndex {
  private readonly byKey = new Map<string, ObservedRecord[]>();
  private readonly breaks: ReadonlySet<string>;

  constructor(dataset: ObservedDataset) {
    this.breaks = new Set(dataset.decisions.find((d) => d.id === VENEZUELAN_BREAKS_DECISION)?.records ?? []);
    for (const r of dataset.records) {
      if (r.use !== 'model') continue;
      const key = `${r.iso3}|${r.indicator}`;
      const list = this.byKey.get(key) ?? [];
      list.push(r);
      this.byKey.set(key, list);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => a.year - b.year);
  }

  records(iso3: string, indicator: string): readonly ObservedRecord[] {
    return this.byKey.get(`${iso3}|${indicator}`) ?? [];
  }

  /** Years in which a country's Venezuelan count breaks (a level shift by reporting). */
  venezuelanBreakYears(iso3: string): readonly number[] {
    return this.records(iso3, 'venezuelans_hosted').filter((r) => this.breaks.has(r.id)).map((r) => r.year);
  }
}

const point = (r: ObservedRecord): ObservedPoint => ({ year: r.year, value: r.value, record: `observed:${r.id}`, source: `${r.sourceText} (${r.source})` });

/** GDP: the implied GDP of WDI's own release where it exists, the Oct-2024 file otherwise (decision gdp-two-vintages). */
function gdpPoints(index: ObservedIndex, iso3: string): ObservedPoint[] {
  const implied = new Map(index.records(iso3, 'gdp_usd_implied_wdi').map((r) => [r.year, r]));
  const file = new Map(index.records(iso3, 'gdp_usd').map((r) => [r.year, r]));
  return [...new Set([...implied.keys(), ...file.keys()])].sort((a, b) => a - b).flatMap((year) => {
    const r = implied.get(year) ?? file.get(year);
    return r ? [point(r)] : [];
  });
}

function toValues(points: readonly ObservedPoint[]): (number | null)[] {
  const out: (number | null)[] = YEARS.map(() => null);
  for (const p of points) {
    const i = yearIndex(p.year);
    if (i >= 0 && i < N_YEARS) out[i] = p.value;
  }
  return out;
}

/** The observed points of one country for each output the history reproduces, plus its GDP record. */
export function countryObserved(index: ObservedIndex, iso3: string, base: PaperEraBase): { observed: CountryObserved; gdp: ObservedPoint[] } {
  const withBase = (b: PaperEraBase['remittances2018'], points: ObservedPoint[]): ObservedPoint[] =>
    b ? [{ year: FIRST_YEAR, value: b.value, record: b.record, source: b.source }, ...points] : points;
  const remittances = index.records(iso3, 'remittances_usd').map(point);
  return {
    observed: {
      // The 2018 value starts the record only where the record continues it (Barbados' carried-forward 2019-2024
      // values are excluded, and its 2018 value is then the last paper-era value, not an observation since).
      remittancesUsd: withBase(remittances.length > 0 ? base.remittances2018 : null, remittances),
      remittancesPctGdp: index.records(iso3, 'remittances_pct_gdp').map(point),
      remittanceCostPct: index.records(iso3, 'cost_to_country_pct').map(point),
      venezuelans: index.records(iso3, 'venezuelans_hosted').map(point),
      immigrants: index.records(iso3, 'immigrants').map(point),
    },
    gdp: withBase(base.gdp2018, gdpPoints(index, iso3)),
  };
}

/** The engine's record for one country: observed values by year (null elsewhere). */
export function countryHistory(observed: CountryObserved, gdp: readonly ObservedPoint[], base: PaperEraBase, venezuelanBreakYears: readonly number[] = []): CountryHistory {
  // The series starts at 2018 where the paper-era values exist, even if nothing was observed since (Barbados).
  const remittances = toValues(observed.remittancesUsd);
  if (remittances[0] === null && base.remittances2018 && observed.remittancesUsd.length === 0) remittances[0] = base.remittances2018.value;
  const gdpValues = toValues(gdp);
  if (gdpValues[0] === null && base.gdp2018) gdpValues[0] = base.gdp2018.value;
  return {
    remittancesUsd: remittances,
    remittancesPctGdp: toValues(observed.remittancesPctGdp),
    gdpUsd: gdpValues,
    remittanceCostPct: toValues(observed.remittanceCostPct),
    venezuelans: toValues(observed.venezuelans),
    immigrants: toValues(observed.immigrants),
    venezuelanBreaks: YEARS.map((year) => venezuelanBreakYears.includes(year)),
  };
}

/** A record with its reporting breaks taken out: each break year's change is removed from it and every later year. */
export function withoutBreaks(values: YearValues, breaks: readonly boolean[]): (number | null)[] {
  let factor = 1;
  return values.map((v, i) => {
    const previous = values[i - 1] ?? null;
    if (breaks[i] && v !== null && previous !== null && v > 0 && previous > 0) factor *= previous / v;
    return v === null ? null : v * factor;
  });
}

// ---------- derived growth ----------

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** Compound growth per year between the values at two years, or null where either is missing or not positive. */
function cagr(values: YearValues, from: number, to: number): number | null {
  const a = values[yearIndex(from)] ?? null;
  const b = values[yearIndex(to)] ?? null;
  if (a === null || b === null || !(a > 0) || !(b > 0) || to <= from) return null;
  return Math.pow(b / a, 1 / (to - from)) - 1;
}

function lastYear(values: YearValues, from = FIRST_YEAR): number | null {
  for (let i = N_YEARS - 1; i >= yearIndex(from); i--) if (values[i] !== null && values[i] !== undefined) return FIRST_YEAR + i;
  return null;
}

/**
 * Recent growth of a record ending at `last`: the latest year's growth weighted `latest`, the compound growth over the
 * `window` years to `last` the rest (a turn in the latest year, like Mexico's remittances in 2025, shows at once);
 * null where either is missing.
 */
function recentGrowth(values: YearValues, last: number, window: number, latest: number): number | null {
  const compound = cagr(values, last - window, last);
  const lastYearGrowth = cagr(values, last - 1, last);
  return compound === null || lastYearGrowth === null ? null : latest * lastYearGrowth + (1 - latest) * compound;
}

/** Standard deviation of the annual log growth over consecutive observed years from `from`. */
export function logGrowthSd(values: YearValues, from: number): number | null {
  const all: number[] = [];
  for (let i = yearIndex(from) + 1; i < N_YEARS; i++) {
    const a = values[i - 1] ?? null;
    const b = values[i] ?? null;
    if (a !== null && b !== null && a > 0 && b > 0) all.push(Math.log(b / a));
  }
  // A one-off year (Panama's 2020-2021 swing) is not a volatility to expect every year: with four or more growth
  // rates, the one farthest from the median is left out.
  const g = all.length >= 4 ? withoutOutlier(all) : all;
  if (g.length < 2) return null;
  const mean = g.reduce((s, x) => s + x, 0) / g.length;
  return Math.sqrt(g.reduce((s, x) => s + (x - mean) ** 2, 0) / (g.length - 1));
}

/** The values without the one farthest from their median. */
function withoutOutlier(xs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  let far = 0;
  xs.forEach((x, i) => {
    if (Math.abs(x - median) > Math.abs((xs[far] ?? 0) - median)) far = i;
  });
  return xs.filter((_, i) => i !== far);
}

/** Sum over countries of the values observed at every year for all of them (a balanced panel), by year. */
function panelSum(series: readonly YearValues[]): (number | null)[] {
  return YEARS.map((_, i) => {
    let sum = 0;
    let any = false;
    for (const s of series) {
      const v = s[i] ?? null;
      if (v !== null) {
        sum += v;
        any = true;
      }
    }
    return any ? sum : null;
  });
}

export interface GrowthInputs {
  iso3: string;
  subregion: Subregion;
  history: CountryHistory;
  /** Non-Venezuelan immigrants in the two UN DESA years (total minus UNHCR's Venezuelans). */
  others: YearValues;
}

/** The reference rate a country's own record is blended with: its subregion's aggregate, or the worldwide count. */
interface Reference {
  rate: number | null;
  volatility: number | null;
  window: readonly [number, number] | null;
}

const NO_REFERENCE: Reference = { rate: null, volatility: null, window: null };

function referenceOf(series: YearValues, window: number, sdFrom: number, latest: number): Reference {
  const last = lastYear(series);
  if (last === null) return { rate: null, volatility: null, window: null };
  const from = last - window;
  return { rate: recentGrowth(series, last, window, latest), volatility: logGrowthSd(series, sdFrom), window: [from, last] };
}

/**
 * The rule: recent = clamp(w·own + (1 − w)·reference), own = compound growth over the last `window` observed years
 * of the country's record; where the country has no such pair, the reference alone (basis 'subregion'); where
 * neither exists, none (the long-run rate applies). Volatility blends variances the same way.
 */
function derive(own: number | null, ownWindow: readonly [number, number] | null, ref: Reference, refKind: 'subregion' | 'worldwide', w: number, lo: number, hi: number, volatility = 0): DerivedGrowth {
  const bounded = (x: number) => ({ recent: clamp(x, lo, hi), capped: x < lo || x > hi });
  if (own !== null) {
    const blend = ref.rate !== null;
    return { ...bounded(blend ? w * own + (1 - w) * (ref.rate ?? 0) : own), basis: 'country', window: ownWindow, volatility, ownShare: blend ? w : 1, reference: blend ? refKind : null };
  }
  if (ref.rate !== null) return { ...bounded(ref.rate), basis: 'subregion', window: ref.window, volatility, ownShare: null, reference: refKind };
  return NO_RECORD(volatility);
}

const NO_RECORD = (volatility = 0): DerivedGrowth => ({ recent: null, basis: 'none', window: null, volatility, ownShare: null, reference: null, capped: false });

/** Derived growth for every country (the subregion references are computed from the same records). */
export function deriveGrowth(countries: readonly GrowthInputs[], worldVenezuelans: YearValues, rule: AnchoringRule, panelEnd = FIRST_PROJECTION_YEAR - 1): Map<string, CountryGrowthSet> {
  const bySub = new Map<Subregion, GrowthInputs[]>();
  for (const c of countries) bySub.set(c.subregion, [...(bySub.get(c.subregion) ?? []), c]);
  const w = rule.ownWeight;
  const refs = new Map<Subregion, { remittances: Reference; gdp: Reference }>();
  for (const [sub, members] of bySub) {
    // A balanced panel: the countries observed in every year of the window, so composition does not drive growth.
    const observedThrough = (c: GrowthInputs, key: 'remittancesUsd' | 'gdpUsd', from: number) =>
      YEARS.every((y, i) => y < from || y > panelEnd || c.history[key][i] !== null);
    const remMembers = members.filter((c) => observedThrough(c, 'remittancesUsd', STOCK_BASE_YEAR));
    const gdpMembers = members.filter((c) => observedThrough(c, 'gdpUsd', STOCK_BASE_YEAR));
    refs.set(sub, {
      // The panel runs 2019-2024, the years every member was observed (a few countries also have 2025).
      remittances: referenceOf(panelSum(remMembers.map((c) => c.history.remittancesUsd.map((v, i) => (FIRST_YEAR + i < STOCK_BASE_YEAR || FIRST_YEAR + i > panelEnd ? null : v)))), rule.remittancesWindow, STOCK_BASE_YEAR, rule.latestYearWeight),
      gdp: referenceOf(panelSum(gdpMembers.map((c) => c.history.gdpUsd.map((v, i) => (FIRST_YEAR + i < STOCK_BASE_YEAR || FIRST_YEAR + i > panelEnd ? null : v)))), rule.gdpWindow, STOCK_BASE_YEAR, 0),
    });
  }
  const world = referenceOf(worldVenezuelans, rule.venezuelansWindow, STOCK_BASE_YEAR, rule.latestYearWeight);
  const out = new Map<string, CountryGrowthSet>();
  for (const c of countries) {
    const ref = refs.get(c.subregion) ?? { remittances: NO_REFERENCE, gdp: NO_REFERENCE };
    const h = c.history;
    // Remittances: own compound growth over the window ending at the last observed year (from 2019: one release).
    const remLast = lastYear(h.remittancesUsd, STOCK_BASE_YEAR);
    const remFrom = remLast === null ? null : remLast - rule.remittancesWindow;
    const remOwn = remLast === null ? null : recentGrowth(h.remittancesUsd, remLast, rule.remittancesWindow, rule.latestYearWeight);
    const ownSd = logGrowthSd(h.remittancesUsd, STOCK_BASE_YEAR);
    const refSd = ref.remittances.volatility;
    const volatility = ownSd !== null && refSd !== null ? Math.sqrt(w * ownSd ** 2 + (1 - w) * refSd ** 2) : (ownSd ?? refSd ?? 0);
    const remittances = derive(remOwn, remOwn === null || remFrom === null || remLast === null ? null : [remFrom, remLast], ref.remittances, 'subregion', w, rule.remittancesMin, rule.remittancesMax, volatility);
    // GDP
    const gdpLast = lastYear(h.gdpUsd, STOCK_BASE_YEAR);
    const gdpFrom = gdpLast === null ? null : Math.max(STOCK_BASE_YEAR, gdpLast - rule.gdpWindow);
    const gdpOwn = gdpLast === null || gdpFrom === null ? null : cagr(h.gdpUsd, gdpFrom, gdpLast);
    const gdp = derive(gdpOwn, gdpOwn === null || gdpFrom === null || gdpLast === null ? null : [gdpFrom, gdpLast], ref.gdp, 'subregion', w, rule.gdpMin, rule.gdpMax);
    // Venezuelans: own growth over the last observed years, blended with the worldwide count's.
    const vLast = lastYear(h.venezuelans, STOCK_BASE_YEAR);
    const vFrom = vLast === null ? null : vLast - rule.venezuelansWindow;
    // Reporting breaks are level shifts: their change is taken out before measuring the pace.
    const vOwn = vLast === null ? null : recentGrowth(withoutBreaks(h.venezuelans, h.venezuelanBreaks), vLast, rule.venezuelansWindow, rule.latestYearWeight);
    const venezuelans =
      vLast === null
        ? NO_RECORD()
        : derive(vOwn, vOwn === null || vFrom === null ? null : [vFrom, vLast], world, 'worldwide', w, rule.venezuelansMin, rule.venezuelansMax);
    // Other immigrants: own growth between the two UN DESA years.
    const oYears = c.others.flatMap((v, i) => (v === null ? [] : [FIRST_YEAR + i]));
    const oFirst = oYears[0];
    const oLast = oYears.at(-1);
    const oOwn = oFirst !== undefined && oLast !== undefined ? cagr(c.others, oFirst, oLast) : null;
    const otherImmigrants: DerivedGrowth =
      oOwn === null || oFirst === undefined || oLast === undefined
        ? NO_RECORD()
        : derive(oOwn, [oFirst, oLast], NO_REFERENCE, 'subregion', w, rule.otherImmigrantsMin, rule.otherImmigrantsMax);
    out.set(c.iso3, { remittances, gdp, venezuelans, otherImmigrants });
  }
  return worldwideConsistent(out, countries, world.rate);
}

/**
 * The hosts together cannot outgrow the worldwide count of Venezuelans abroad: where the stock-weighted recent growth of
 * all hosts exceeds the worldwide count's, every rising host's growth is scaled down by one factor (falling hosts are
 * left as they are). Each host's stock then tapers from its own pace, and their sum from the worldwide pace.
 */
function worldwideConsistent(growth: Map<string, CountryGrowthSet>, countries: readonly GrowthInputs[], worldRate: number | null): Map<string, CountryGrowthSet> {
  if (worldRate === null) return growth;
  let total = 0;
  let rising = 0;
  let falling = 0;
  for (const c of countries) {
    const g = growth.get(c.iso3)?.venezuelans.recent ?? null;
    const last = lastYear(c.history.venezuelans, STOCK_BASE_YEAR);
    const stock = last === null ? 0 : (c.history.venezuelans[yearIndex(last)] ?? 0);
    if (g === null || !(stock > 0)) continue;
    total += stock;
    if (g > 0) rising += stock * g;
    else falling += stock * g;
  }
  const allowed = worldRate * total - falling;
  const scale = rising > allowed && rising > 0 ? Math.max(0, allowed) / rising : 1;
  for (const set of growth.values()) {
    const v = set.venezuelans;
    if (v.recent === null) continue;
    set.venezuelans = { ...v, recent: v.recent > 0 ? v.recent * scale : v.recent, worldwideScale: v.recent > 0 ? scale : 1 };
  }
  return growth;
}

export interface CountryGrowthSet {
  remittances: DerivedGrowth;
  gdp: DerivedGrowth;
  venezuelans: DerivedGrowth;
  otherImmigrants: DerivedGrowth;
}

/** Non-Venezuelan immigrants where UN DESA's total is observed: total minus UNHCR's Venezuelans (interpolated). */
export function othersFromHistory(history: CountryHistory, venezuelans2019: number): (number | null)[] {
  // Venezuelans in the UN DESA years: the record, interpolated linearly where a year is missing.
  const v = history.venezuelans.map((x, i) => (x === null && FIRST_YEAR + i === STOCK_BASE_YEAR ? venezuelans2019 : x));
  const at = (i: number): number => {
    if (v[i] !== null && v[i] !== undefined) return v[i] as number;
    let a = i - 1;
    while (a >= 0 && (v[a] === null || v[a] === undefined)) a--;
    let b = i + 1;
    while (b < N_YEARS && (v[b] === null || v[b] === undefined)) b++;
    const va = a >= 0 ? (v[a] as number) : null;
    const vb = b < N_YEARS ? (v[b] as number) : null;
    if (va !== null && vb !== null) return va + ((vb - va) * (i - a)) / (b - a);
    return va ?? vb ?? 0;
  };
  return history.immigrants.map((m, i) => (m === null ? null : Math.max(0, m - at(i))));
}

/** The country list order, for callers that build per-country structures. */
export type CountryList = readonly Country[];
