// Model values stored as shares (0–1) are shown as per cent (shared/i18n/display-unit-in.ts, used by the command
// line too); on screen the unit's words are the current language's (data/model/text).
import { displayUnitIn } from '../../../shared/i18n/display-unit-in';
import type { DisplayUnit } from '../../../shared/model/display-unit';
import { formatPlain, formatSignificant, SIGNIFICANT_FIGURES } from '../../i18n/format';
import { messageLanguage, t, tMaybe, type MessageKey } from '../../i18n/t';

export type { DisplayUnit };

/** The unit as the screen writes it, in the current language. */
export function displayUnit(modelUnit: string): DisplayUnit {
  return displayUnitIn(modelUnit, messageLanguage(), (unit, fallback) => tMaybe(`unit.${unit}`, fallback));
}

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

/**
 * A lever's baseline in shown units, rounded by the screen's one rule (three significant figures) wherever it is
 * shown — the (i) card, the slider's marker, the field while the lever is at its baseline — so a measured baseline
 * such as a country's cost of sending money reads the same everywhere. Years are years.
 */
export function shownBaseline(value: number, modelUnit: string): number {
  if (modelUnit === 'year' || value === 0) return value;
  return Number(value.toPrecision(SIGNIFICANT_FIGURES));
}

/** Decimals a number needs to be written in full (2.59 → 2; 30 → 0), at most three. */
export function decimalsOf(value: number): number {
  for (let d = 0; d < 3; d++) if (Math.abs(roundTo(value, d) - value) < 1e-9) return d;
  return 3;
}

/** The text of a lever's baseline value: "2.59 %", "2030" (a year is written bare, never grouped). */
export function baselineText(shown: number, modelUnit: string, shownUnit: string): string {
  return modelUnit === 'year' ? formatPlain(shown, 0) : `${formatSignificant(shown)} ${shownUnit}`;
}

/** Units the model names in the plural ("years"): a count of them takes the language's singular or plural. */
const COUNTED_UNITS: Readonly<Record<string, MessageKey>> = {
  years: 'unit.countYears',
  'years of running cost': 'unit.countYearsOfRunningCost',
};

/**
 * A value written with its unit as a sentence reads it, decided on the model's unit code (the words are the
 * language's): a calendar year bare ("2027", never "2027 año"); a count of years in the singular or plural ("1 año",
 * "2 ans"); any other unit after the number, as the screen writes it ("60 % por año"). `value` is the number as shown.
 */
export function valueWithUnit(number: string, value: number, modelUnit: string): string {
  if (modelUnit === 'year') return number;
  const counted = COUNTED_UNITS[modelUnit];
  if (counted) return t(counted, { count: value, value: number });
  const { unit } = displayUnit(modelUnit);
  return unit === '' ? number : `${number} ${unit}`;
}
