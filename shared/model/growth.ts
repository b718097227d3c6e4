// The anchoring rule shared by every series the model extends past its record (docs/methodology.md, "Anchoring"):
// the record is followed through its last observed year L; after it, growth starts from the rate derived from the
// record and fades towards a long-run rate: g_t = g_LR + (g_recent − g_LR)·φ^(t − L − 1).
import type { CountryInputs, YearValues } from './types';
import { N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;

/** A series filled through its last observed year (gaps interpolated), with that year's index. */
export interface Anchored {
  readonly values: Float64Array;
  /** Index of the last observed year; -1 where the series has no value at all. */
  readonly last: number;
  /** Whether each year was observed (not interpolated or projected). */
  readonly observed: Uint8Array;
}

/** Per country, the anchored record of each series the engine extends (computed once per CountryInputs). */
export interface PreparedCountry {
  readonly gdp: Anchored;
  readonly remittances: Anchored;
  /** WDI's own remittances/GDP ratio where published; NaN elsewhere. */
  readonly pctObserved: Float64Array;
  readonly cost: Anchored;
  readonly venezuelans: Anchored;
  /** Non-Venezuelan immigrants: UN DESA total − Venezuelans where observed (paper anchor: the 2019 stock). */
  readonly others: Anchored;
}

/** Fills gaps between observed values: geometric for positive stocks and flows, linear otherwise. */
function anchor(source: readonly (number | null)[], geometric: boolean): Anchored {
  const values = new Float64Array(N_YEARS).fill(NaN);
  const observed = new Uint8Array(N_YEARS);
  let previous = -1;
  for (let i = 0; i < N_YEARS; i++) {
    const v = source[i];
    if (v === null || v === undefined) continue;
    values[i] = v;
    observed[i] = 1;
    if (previous >= 0 && i - previous > 1) {
      const a = values[previous] ?? NaN;
      for (let k = previous + 1; k < i; k++) {
        const f = (k - previous) / (i - previous);
        values[k] = geometric && a > 0 && v > 0 ? a * Math.pow(v / a, f) : a + (v - a) * f;
      }
    }
    previous = i;
  }
  return { values, last: previous, observed };
}

const single = (index: number, value: number | null): (number | null)[] => Array.from({ length: N_YEARS }, (_, i) => (i === index ? value : null));

/**
 * Non-Venezuelan immigrants O_t for the anchored run: where UN DESA's total is observed, O = total − V_t (the
 * model's Venezuelans, so M_t reproduces the total exactly); linear between; back to 2019 along the first observed
 * trend (UN DESA 2024 gives 2020 and 2024 only). Years after the last observation are left NaN for the caller.
 */
export function othersFromTotals(immigrants: Float64Array, venezuelans: Float64Array, out: Float64Array): number {
  const record = Array.from(immigrants, (m, i) => (m === m ? Math.max(0, m - (venezuelans[i] ?? 0)) : null));
  const a = anchor(record, false);
  out.set(a.values);
  const first = a.observed.indexOf(1);
  if (first > STOCK_START_INDEX) {
    const second = a.observed.indexOf(1, first + 1);
    const v0 = a.values[first] ?? 0;
    const slope = second > first ? ((a.values[second] ?? 0) - v0) / (second - first) : 0;
    for (let i = STOCK_START_INDEX; i < first; i++) out[i] = Math.max(0, v0 - slope * (first - i));
  }
  return a.last;
}

function prepare(country: CountryInputs): PreparedCountry {
  const h = country.history;
  if (!h) {
    // Paper anchor: the 2018 flows and the 2019 stocks of the paper era, nothing after.
    return {
      gdp: anchor(single(0, country.gdp2018Usd), true),
      remittances: anchor(single(0, country.remittances2018Usd), true),
      pctObserved: new Float64Array(N_YEARS).fill(NaN),
      cost: anchor(single(0, country.remittanceCostPct), false),
      venezuelans: anchor(single(STOCK_START_INDEX, country.venezuelans2019), true),
      others: anchor(single(STOCK_START_INDEX, country.otherImmigrants2019), true),
    };
  }
  const recorded = anchor(h.venezuelans.map((v, i) => (v === null && i === STOCK_START_INDEX ? country.venezuelans2019 : v)), false);
  // The migration record ends with the later of the two series: a host whose Venezuelan count ends before UN DESA's
  // last year keeps its last count until then, so the stock reproduces UN DESA's total exactly.
  let lastTotal = -1;
  for (let i = 0; i < N_YEARS; i++) if (h.immigrants[i] !== null && h.immigrants[i] !== undefined) lastTotal = i;
  const venezuelans = holdUntil(recorded, lastTotal);
  const others = new Float64Array(N_YEARS).fill(NaN);
  const othersLast = lastTotal >= 0 ? othersFromTotals(Float64Array.from(h.immigrants, (v) => (v === null ? NaN : v)), venezuelans.values, others) : -1;
  const cost = anchor(h.remittanceCostPct, false);
  return {
    gdp: anchor(h.gdpUsd, true),
    remittances: anchor(h.remittancesUsd, true),
    pctObserved: Float64Array.from(h.remittancesPctGdp, (v) => (v === null ? NaN : v)),
    cost: cost.last >= 0 ? cost : anchor(single(0, country.remittanceCostPct), false),
    venezuelans,
    others: othersLast >= 0 ? { values: others, last: othersLast, observed: new Uint8Array(N_YEARS) } : anchor(single(STOCK_START_INDEX, country.otherImmigrants2019), true),
  };
}

/** Holds a record's last value until index `until` (and moves its last index there). */
function holdUntil(a: Anchored, until: number): Anchored {
  if (a.last < 0 || until <= a.last) return a;
  const values = new Float64Array(a.values);
  for (let i = a.last + 1; i <= until; i++) values[i] = values[a.last] ?? 0;
  return { values, last: until, observed: a.observed };
}

const cache = new WeakMap<CountryInputs, PreparedCountry>();
export function prepared(country: CountryInputs): PreparedCountry {
  let p = cache.get(country);
  if (!p) {
    p = prepare(country);
    cache.set(country, p);
  }
  return p;
}

/**
 * Copies the anchored record into `out` and extends it past the last observed year:
 *   out_t = out_{t−1}·(1 + g_t),  g_t = lr + (recent − lr)·φ^(t − L − 1)   (recent = lr where the record gives none)
 * Years before the first value stay NaN.
 */
export function extendFading(a: Anchored, recent: number | null, lr: number, persistence: number, out: Float64Array): void {
  out.set(a.values);
  if (a.last < 0) return;
  const start = recent ?? lr;
  let fade = 1;
  for (let i = a.last + 1; i < N_YEARS; i++) {
    out[i] = (out[i - 1] ?? NaN) * (1 + lr + (start - lr) * fade);
    fade *= persistence;
  }
}

/** Whether each year of a record was observed, for callers that need to know (tests, charts). */
export function observedYears(values: YearValues): boolean[] {
  return values.map((v) => v !== null);
}
