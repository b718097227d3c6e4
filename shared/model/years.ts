// The model's calendar. Extending the horizon is a change to LAST_YEAR; everything else (series length, chart
// axes, key-figure years, lever ranges written as year names in data/model/levers.json) follows from these.
//
// Local copies: the model's hot files copy the constants they loop over into module-level consts
// (`const N_YEARS = N_YEARS_`). Under tsx (the command line and `npm run bench`), an imported binding compiles to a
// getter call on every read. Measured on a full projection (every country recomputed, 18 years, bands by sign), CPU
// time under tsx: 6.4-7.3 ms with the getters, 3.5-3.8 ms with the copies. The renderer's bundle does not need them
// (the bundler hoists the bindings into one scope), and they cost nothing there. This is the one place it is said.

/** The paper's base year for remittances and GDP (WDI 2018). */
export const FIRST_YEAR = 2018;
/** The paper's base year for migrant stocks (UN DESA mid-2019, R4V Dec 2019); arrivals are counted from here. */
export const STOCK_BASE_YEAR = 2019;
/** The first year no main series has an observation (remittances and GDP end in 2024); the default policy start. */
export const FIRST_PROJECTION_YEAR = 2025;
/** SDG 10.c deadline, marked on charts and reported in the key figures. */
export const SDG_YEAR = 2030;
/** The projection horizon. */
export const LAST_YEAR = 2035;

export const YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
export const N_YEARS = YEARS.length;
export const STOCK_START_INDEX = STOCK_BASE_YEAR - FIRST_YEAR;
/** Index of the first projection year: years before it are history (parameters known in history stay central). */
export const FIRST_PROJECTION_INDEX = FIRST_PROJECTION_YEAR - FIRST_YEAR;

/** Index of a year in every series, or -1 outside the horizon. */
export function yearIndex(year: number): number {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year - FIRST_YEAR : -1;
}

/** Year names data files may use instead of numbers (data/model/levers.json), resolved by the catalogue. */
export const NAMED_YEARS = {
  firstYear: FIRST_YEAR,
  stockBaseYear: STOCK_BASE_YEAR,
  firstProjectionYear: FIRST_PROJECTION_YEAR,
  sdgYear: SDG_YEAR,
  lastYear: LAST_YEAR,
} as const;
export type YearName = keyof typeof NAMED_YEARS;
