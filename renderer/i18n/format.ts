// Number formatting with Intl. One rule for every result and measured value on screen (cards, charts, axes, tables,
// tooltips, lever baselines): at most three significant figures, and no fractions of a person, a permit, a job or a
// dollar — the model's inputs are not known better than that, so more digits would be false precision. Settings the
// user chooses (lever and parameter values) are shown as set.
// Compact with unit on charts and cards ("USD 35.7 bn", "864k people", "2.3% of GDP").
import type { OutputUnit } from '../../shared/model/types';

let currentLocale = 'en';

/** Set once at start-up from the browser (navigator.languages); tests pass a locale explicitly. */
export function setNumberLocale(locale: string): void {
  try {
    new Intl.NumberFormat(locale);
    currentLocale = locale;
  } catch {
    currentLocale = 'en';
  }
}

export function numberLocale(): string {
  return currentLocale;
}

/** "A, B and C" (or, as a choice, "A, B or C") in the screen's language. */
export function listFormat(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', locale = currentLocale): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

export interface FormatOptions {
  /** Show + for positive values (changes against the baseline). */
  signed?: boolean;
  /** A difference between two values: percentages become percentage points. */
  difference?: boolean;
  locale?: string;
}

// Building an Intl.NumberFormat costs far more than using one; axis ticks format hundreds of numbers per frame.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The one rounding rule: results are shown to at most this many significant figures. */
export const SIGNIFICANT_FIGURES = 3;

/** Units counted in whole things: below a thousand they are shown without decimals. */
const WHOLE_UNITS = new Set(['USD', 'persons', 'permits', 'jobs', 'job-years', 'person-years']);

const SCALES = [
  { at: 1e9, suffix: ' bn' },
  { at: 1e6, suffix: 'm' },
  { at: 1e3, suffix: 'k' },
] as const;

function compactNumber(value: number, locale: string, signed: boolean, whole = false): string {
  const abs = Math.abs(value);
  const scale = SCALES.find((s) => abs >= s.at * 0.9995);
  const scaled = scale ? value / scale.at : whole ? Math.round(value) : value;
  const formatter = numberFormat(locale, {
    maximumSignificantDigits: SIGNIFICANT_FIGURES,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return formatter.format(scaled) + (scale?.suffix ?? '');
}

/** A plain number at the rule's significant figures, with the locale's grouping ("19.6", "6,730", "+0.0523"). */
export function formatSignificant(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(options.locale ?? currentLocale, {
    maximumSignificantDigits: SIGNIFICANT_FIGURES,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** Compact value with its unit, e.g. "USD 35.7 bn", "+864k people", "2.3% of GDP", "+0.4 pp of GDP". */
export function formatCompact(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const signed = options.signed ?? false;
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'USD': {
      const n = compactNumber(value, locale, signed, true);
      // Keep the sign in front of the currency code: "+USD 1.2 bn", "−USD 3m".
      const sign = n.startsWith('+') || n.startsWith('-') || n.startsWith('−') ? n[0] : '';
      return `${sign}USD ${sign ? n.slice(1) : n}`;
    }
    case '% of GDP':
      return formatPercent(value, { ...options, locale }) + ' of GDP';
    case '% of US$200':
      return formatPercent(value, { ...options, locale });
    case 'persons':
      return `${compactNumber(value, locale, signed, true)} people`;
    default:
      return `${compactNumber(value, locale, signed, WHOLE_UNITS.has(unit))} ${unit}`;
  }
}

/** A percentage value already in percent units (2.3 → "2.3%"); a difference prints percentage points ("+0.4 pp"). */
export function formatPercent(value: number, options: FormatOptions = {}): string {
  const n = formatSignificant(value, options);
  return options.difference ? `${n} pp` : `${n}%`;
}

/** A plain number in the user's locale, for slider values and typed fields. */
export function formatPlain(value: number, maximumFractionDigits = 2, locale = currentLocale): string {
  return numberFormat(locale, { maximumFractionDigits, useGrouping: false }).format(value);
}

/** A number with the locale's digit grouping, for tables ("4,769,498"; es-CO "4.769.498"). */
export function formatGrouped(value: number, maximumFractionDigits = 2, locale = currentLocale): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Axis tick: compact number with the scale suffix but without the unit words (the unit is in the chart header). */
export function formatAxis(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  return bare(value, unit, options, false);
}

/**
 * A figure next to one that states its unit (the low–high range under a key figure): compact, without the unit
 * words ("+3.76 bn", "+120 to +450"); percentages keep "%", or "pp" for a difference.
 */
export function formatShort(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  return bare(value, unit, options, WHOLE_UNITS.has(unit));
}

function bare(value: number, unit: string, options: FormatOptions, whole: boolean): string {
  if (!Number.isFinite(value)) return '';
  const n = compactNumber(value, options.locale ?? currentLocale, options.signed ?? false, whole);
  if (unit === '% of GDP' || unit === '% of US$200') return options.difference ? `${n} pp` : `${n}%`;
  return n;
}

/** "A, B and C" in the user's locale (Intl.ListFormat; plain commas where a runtime lacks it). */
export function formatList(items: readonly string[], locale = currentLocale): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
