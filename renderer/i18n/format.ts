// Number formatting with Intl: compact with unit on charts and cards ("USD 35.7 bn", "864k people", "2.3% of GDP"),
// full precision in tooltips and tables. Never more than three significant digits in compact form.
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

const SCALES = [
  { at: 1e9, suffix: ' bn' },
  { at: 1e6, suffix: 'm' },
  { at: 1e3, suffix: 'k' },
] as const;

function compactNumber(value: number, locale: string, signed: boolean): string {
  const abs = Math.abs(value);
  const scale = SCALES.find((s) => abs >= s.at * 0.9995);
  const scaled = scale ? value / scale.at : value;
  const formatter = numberFormat(locale, {
    maximumSignificantDigits: 3,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return formatter.format(scaled) + (scale?.suffix ?? '');
}

/** Compact value with its unit, e.g. "USD 35.7 bn", "+864k people", "2.3% of GDP", "+0.4 pp of GDP". */
export function formatCompact(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const signed = options.signed ?? false;
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'USD': {
      const n = compactNumber(value, locale, signed);
      // Keep the sign in front of the currency code: "+USD 1.2 bn", "−USD 3m".
      const sign = n.startsWith('+') || n.startsWith('-') || n.startsWith('−') ? n[0] : '';
      return `${sign}USD ${sign ? n.slice(1) : n}`;
    }
    case '% of GDP':
      return formatPercent(value, { ...options, locale }) + ' of GDP';
    case '% of US$200':
      return formatPercent(value, { ...options, locale });
    case 'persons':
      return `${compactNumber(value, locale, signed)} people`;
    default:
      return `${compactNumber(value, locale, signed)} ${unit}`;
  }
}

/** A percentage value already in percent units (2.3 → "2.3%"); a difference prints percentage points ("+0.4 pp"). */
export function formatPercent(value: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const abs = Math.abs(value);
  // One decimal from 1% up ("8.0%" beside "6.7%" in a ranked list); two below, where one would hide the value.
  const digits = abs >= 1 ? 1 : 2;
  const n = numberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: abs >= 1 && abs < 100 ? 1 : 0,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(value);
  return options.difference ? `${n} pp` : `${n}%`;
}

/** Full precision for tooltips and tables: grouped digits, no abbreviation. */
export function formatFull(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  if (!Number.isFinite(value)) return '–';
  if (unit === '% of GDP' || unit === '% of US$200') {
    const n = numberFormat(locale, { maximumFractionDigits: 2, signDisplay: options.signed ? 'exceptZero' : 'auto' }).format(value);
    const of = unit === '% of GDP' ? 'GDP' : 'US$200';
    return options.difference ? `${n} pp of ${of}` : `${n}% of ${of}`;
  }
  const n = numberFormat(locale, { maximumFractionDigits: 0, signDisplay: options.signed ? 'exceptZero' : 'auto' }).format(value);
  if (unit === 'USD') {
    const sign = /^[+\-−]/.test(n) ? n[0] : '';
    return `${sign}USD ${sign ? n.slice(1) : n}`;
  }
  if (unit === 'persons') return `${n} people`;
  return `${n} ${unit}`;
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
  const locale = options.locale ?? currentLocale;
  if (!Number.isFinite(value)) return '';
  const n = compactNumber(value, locale, options.signed ?? false);
  return unit === '% of GDP' || unit === '% of US$200' ? `${n}%` : n;
}
