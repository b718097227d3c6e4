// What one run shares across countries: its parameter values and, for the paper-anchored run, the knot path of
// Venezuelans abroad. Growth paths are per country (they start from each country's record) and live in growth.ts.
import type { ParamValues } from './parameter-ids';
import { historyValues } from './parameters';
import type { InflowKnots, InflowPath } from './types';
import { N_YEARS as N_YEARS_, STOCK_START_INDEX as STOCK_START_INDEX_, YEARS as YEARS_ } from './years';
// Local copies of imported constants for the inner loops (why: shared/model/years.ts).
const N_YEARS = N_YEARS_;
const STOCK_START_INDEX = STOCK_START_INDEX_;
const YEARS = YEARS_;

/** Which end of the parameter ranges a run was built from (the paper anchor's knots follow it). */
export type ParameterSet = 'default' | 'low' | 'high';

export interface RunContext {
  readonly p: ParamValues;
  /** The values used in history years (to the last observed year): `p` with the parameters known in history at central. */
  readonly history: ParamValues;
  readonly set: ParameterSet;
  /** Paper anchor only: W_t / W_2019 along each inflow path (each host keeps its 2019 share); null otherwise. */
  readonly knotRatio: Readonly<Record<InflowPath, Float64Array>> | null;
}

/** Piecewise-linear path through the knots (flat after the last), as a ratio to the first knot. */
function knotPath(years: readonly number[], values: readonly number[]): Float64Array {
  const out = new Float64Array(N_YEARS);
  const w0 = values[0] ?? 0;
  for (let i = 0; i < N_YEARS; i++) {
    const year = YEARS[i] ?? 0;
    let value = w0;
    for (let k = 1; k < years.length; k++) {
      const y0 = years[k - 1] ?? 0;
      const y1 = years[k] ?? 0;
      const v0 = values[k - 1] ?? 0;
      const v1 = values[k] ?? 0;
      if (year > y0 && year <= y1) value = v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
      else if (year > y1 && k === years.length - 1) value = v1;
    }
    out[i] = i < STOCK_START_INDEX ? 1 : w0 > 0 ? value / w0 : 1;
  }
  return out;
}

/** A run's context; `central` (the low and high runs) holds the parameters known in history at it in history years. */
export function runContext(p: ParamValues, set: ParameterSet, knots: InflowKnots | null, central: ParamValues = p): RunContext {
  return {
    p,
    history: central === p ? p : historyValues(p, central),
    set,
    knotRatio: knots
      ? {
          low: knotPath(knots.years, knots.low[set]),
          central: knotPath(knots.years, knots.central[set]),
          high: knotPath(knots.years, knots.high[set]),
        }
      : null,
  };
}
