// What one run (baseline, scenario, low or high) shares across countries: its parameter values and
// the yearly growth factors and inflow paths derived from them, computed once per run.
import type { ParamValues } from './parameter-ids';
import type { InflowPath } from './types';
import { FIRST_YEAR, YEARS } from './types';
import { N_YEARS, STOCK_START_INDEX } from './workspace';

const STOCK_BASE_YEAR = FIRST_YEAR + STOCK_START_INDEX; // 2019

export interface RunContext {
  readonly p: ParamValues;
  /** (1 + g_R)^(t − 2018) */
  readonly remittanceGrowth: Float64Array;
  /** (1 + g_Y)^(t − 2018) */
  readonly gdpGrowth: Float64Array;
  /** (1 + g_O)^(t − 2019); 1 in 2018 and 2019 */
  readonly otherImmigrantGrowth: Float64Array;
  /** W_t / W₀ for each inflow path; 1 in 2018 and 2019 */
  readonly venezuelanRatio: Readonly<Record<InflowPath, Float64Array>>;
}

// The years the inflow-path parameters (inflow{Low,Central,High}{2020,2025,2030}) are named after.
const KNOT_YEARS = [STOCK_BASE_YEAR, 2020, 2025, 2030] as const;

/** Piecewise-linear path through (2019, W₀), (2020, W₂₀₂₀), (2025, W₂₀₂₅), (2030, W₂₀₃₀), as a ratio to W₀. */
function inflowRatio(w0: number, w2020: number, w2025: number, w2030: number): Float64Array {
  const knots = [w0, w2020, w2025, w2030];
  const out = new Float64Array(N_YEARS);
  for (let i = 0; i < N_YEARS; i++) {
    const year = YEARS[i] ?? 0;
    let value = w0;
    for (let k = 1; k < KNOT_YEARS.length; k++) {
      const y0 = KNOT_YEARS[k - 1] ?? 0;
      const y1 = KNOT_YEARS[k] ?? 0;
      if (year > y0 && year <= y1) {
        const v0 = knots[k - 1] ?? 0;
        const v1 = knots[k] ?? 0;
        value = v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
      }
    }
    out[i] = w0 > 0 ? value / w0 : 1;
  }
  return out;
}

function growth(rate: number, fromYear: number): Float64Array {
  const out = new Float64Array(N_YEARS);
  for (let i = 0; i < N_YEARS; i++) out[i] = Math.pow(1 + rate, Math.max(0, (YEARS[i] ?? 0) - fromYear));
  return out;
}

export function runContext(p: ParamValues): RunContext {
  const w0 = p.venezuelansAbroad2019;
  return {
    p,
    remittanceGrowth: growth(p.remittanceGrowthRate, FIRST_YEAR),
    gdpGrowth: growth(p.gdpGrowthRate, FIRST_YEAR),
    otherImmigrantGrowth: growth(p.otherImmigrantGrowthRate, STOCK_BASE_YEAR),
    venezuelanRatio: {
      low: inflowRatio(w0, p.inflowLow2020, p.inflowLow2025, p.inflowLow2030),
      central: inflowRatio(w0, p.inflowCentral2020, p.inflowCentral2025, p.inflowCentral2030),
      high: inflowRatio(w0, p.inflowHigh2020, p.inflowHigh2025, p.inflowHigh2030),
    },
  };
}
