// Model values stored as shares (0–1) are shown as per cent (shared/model/display-unit.ts, used by the command line too).
export { displayUnit, type DisplayUnit } from '../../../shared/model/display-unit';

/** Decimals to show for a slider step in shown units (0.5 → 1, 0.01 → 2). */
export function decimalsForStep(step: number): number {
  if (!(step > 0)) return 2;
  return Math.min(3, Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** Removes float noise from a scaled value (0.07 × 100 = 7.000000000000001). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
