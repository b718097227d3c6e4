// Model values stored as shares (0–1) are shown as per cent: people read "25 %" faster than "0.25".
import { modelUnitWords } from '../../../shared/i18n/model-text-data';
import { messageLanguage, tMaybe } from '../../i18n/t';

export interface DisplayUnit {
  unit: string;
  scale: number;
}

/** The unit as the screen writes it, in the current language (the model's unit words, data/model/text). */
export function displayUnit(modelUnit: string): DisplayUnit {
  if (modelUnit === 'share' || modelUnit.startsWith('share ')) return { unit: tMaybe(`unit.${modelUnit}`, `%${modelUnit.slice('share'.length)}`), scale: 100 };
  const words = modelUnitWords(messageLanguage()).get(modelUnit) ?? modelUnit;
  return { unit: words.replace('US$', 'USD '), scale: 1 };
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
