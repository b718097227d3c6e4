// Band order where the user pinned parameters. The band plan's directions were found at the parameters' defaults; a
// pinned value can reverse one (a long-run formal share below today's makes faster convergence lower formal jobs),
// putting the central value outside its band or the low run above the high. Such a cell's band becomes the envelope
// of the three values, so a reversal widens the band instead of collapsing it, and the cell is reported.
import { N_YEARS } from './years';

/** Relative gap below which an inversion is rounding, not a reversal (ordered silently). */
const ROUNDING = 1e-9;

/**
 * Orders low ≤ central ≤ high in place, over records laid out output by output (N_YEARS values each). Returns the
 * flat indices of the cells whose order was reversed by more than rounding.
 */
export function orderBands(central: Float64Array, low: Float64Array, high: Float64Array): number[] {
  const reversed: number[] = [];
  for (let k = 0; k < central.length; k++) {
    const c = central[k] ?? NaN;
    const l = low[k] ?? NaN;
    const h = high[k] ?? NaN;
    if (!(l > c || c > h || l > h)) continue; // ordered, or NaN
    const lo = Math.min(l, h, c);
    const hi = Math.max(l, h, c);
    if (hi - lo > ROUNDING * Math.abs(c) + 1e-6 && (l - lo > ROUNDING * Math.abs(c) + 1e-6 || hi - h > ROUNDING * Math.abs(c) + 1e-6)) reversed.push(k);
    low[k] = lo;
    high[k] = hi;
  }
  return reversed;
}

/** Flat record indices → years by output id. */
export function cellsByOutput<Id extends string>(cells: readonly number[], outputIds: readonly Id[], years: readonly number[]): Partial<Record<Id, number[]>> {
  const out: Partial<Record<Id, number[]>> = {};
  for (const k of cells) {
    const id = outputIds[Math.floor(k / N_YEARS)];
    const year = years[k % N_YEARS];
    if (id === undefined || year === undefined) continue;
    (out[id] ??= []).push(year);
  }
  return out;
}
