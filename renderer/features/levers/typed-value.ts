// Reads a value typed into a lever or parameter field. Out-of-range or unreadable input is refused with a message
// and nothing else changes (the caller keeps the previous value).
import { t } from '../../i18n/t';
import { formatPlain } from '../../i18n/format';

export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

export interface FieldBounds {
  min: number;
  max: number;
  unit: string;
  /** Shown values are scaled from model units, e.g. a 0–1 share shown as 0–100 %. */
  scale?: number;
}

/** Accepts "3", "3.5", "3,5" (decimal comma), " 3 % ". Grouping separators are not accepted: they are ambiguous. */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(/\s+/g, '').replace(/^−/, '-');
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Returns the value in model units, or a message for the field. Bounds are in shown units. */
export function readTypedValue(text: string, bounds: FieldBounds, locale?: string): TypedValue {
  const shown = parseTypedNumber(text);
  const min = formatPlain(bounds.min, 2, locale);
  const max = formatPlain(bounds.max, 2, locale);
  if (shown === null) return { ok: false, message: t('levers.notANumber', { example: formatPlain((bounds.min + bounds.max) / 2, 1, locale) }) };
  // A small tolerance so "3.0000001" from a rounded display is not refused.
  const eps = 1e-9 * Math.max(1, Math.abs(bounds.max - bounds.min));
  if (shown < bounds.min - eps || shown > bounds.max + eps) {
    return { ok: false, message: t('levers.outOfRange', { min, max, unit: bounds.unit }).replace(/\s+\./, '.') };
  }
  return { ok: true, value: shown / (bounds.scale ?? 1) };
}
