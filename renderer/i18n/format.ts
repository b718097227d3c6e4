// Number formatting with Intl: compact with unit on charts and cards ("USD 35.7 bn", "864k people", "2.3% of GDP"),
// full precision in tooltips and tables. Never more than three significant digits in compact form.
// Two settings: the region format writes the digits (es-CO "1.234,5", es-MX "1,234.5"); the language writes the
// words around them ("1,2 mil millones de personas" is the language's, its comma the region's). language.ts sets both.
import { COMPACT_SCALES, type ScaleWord } from '../../shared/i18n/compact-scales';
import { languageOf, type Language } from '../../shared/i18n/languages';
import type { OutputUnit } from '../../shared/model/types';
import { translatorIn, type MessageKey } from './t';

let currentLocale = 'en';
let currentLanguage: Language = 'en';

/** Set from the locale settings (language.ts); tests pass a locale explicitly. `language` picks the words. */
export function setNumberLocale(locale: string, language: Language = languageOf(locale) ?? 'en'): void {
  currentLanguage = language;
  try {
    new Intl.NumberFormat(locale);
    currentLocale = locale;
  } catch {
    currentLocale = 'en';
  }
}

export function numberLanguage(): Language {
  return currentLanguage;
}

export function numberLocale(): string {
  return currentLocale;
}

export interface FormatOptions {
  /** Show + for positive values (changes against the baseline). */
  signed?: boolean;
  /** A difference between two values: percentages become percentage points. */
  difference?: boolean;
  locale?: string;
  /** The language of the words ("people", "of GDP", "mil millones"); the current one by default. */
  language?: Language;
  /** Percentages: exactly this many decimals (a rate the source states as "5%"). */
  digits?: number;
}

/** "{value} people" split around its value once per language: formatting stays a concatenation on hot paths. */
interface Template { before: string; after: string }
const templates = new Map<string, Template>();
function wrap(key: MessageKey, value: string, language: Language, params: Readonly<Record<string, string>> = {}): string {
  const id = `${language}|${key}|${JSON.stringify(params)}`;
  let template = templates.get(id);
  if (!template) {
    const [before = '', after = ''] = translatorIn(language)(key, { ...params, value: '\u0000' }).split('\u0000');
    template = { before, after };
    templates.set(id, template);
  }
  return template.before + value + template.after;
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

const pluralRules = new Map<Language, Intl.PluralRules>();
function scaleWord(scale: ScaleWord, scaled: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(Math.abs(scaled)) === 'one' ? scale.one : scale.other;
}

function compactNumber(value: number, locale: string, signed: boolean, language: Language = currentLanguage, short = false): string {
  const abs = Math.abs(value);
  const scale = COMPACT_SCALES[language].find((s) => abs >= s.at * 0.9995);
  const formatter = numberFormat(locale, {
    maximumSignificantDigits: 3,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  if (!scale) return formatter.format(value);
  // Round first, so the plural agrees with what is printed ("1 millón", never "1 millones" from 0.9996).
  const scaled = value / scale.at;
  return formatter.format(scaled) + (short ? scale.short : scaleWord(scale, Number(scaled.toPrecision(3)), language));
}

/** "+USD 1.2 bn": the sign stays in front of the currency code. */
function withCurrency(n: string, language: Language): string {
  const sign = /^[+\-−]/.test(n) ? n[0] : '';
  return sign + wrap('format.usd', sign ? n.slice(1) : n, language);
}

/** Words around a count of an output's unit ("864k people", "12k permits"); other units keep their name. */
function withUnit(n: string, unit: string, language: Language): string {
  if (unit === 'persons') return wrap('format.people', n, language);
  if (unit === 'permits') return wrap('format.permits', n, language);
  if (unit === 'jobs') return wrap('format.jobs', n, language);
  if (unit === 'job-years') return wrap('format.jobYears', n, language);
  if (unit === 'person-years') return wrap('format.personYears', n, language);
  return `${n} ${unit}`;
}

/** What a share of the US$200 transfer is a share of, in the region's digits. */
const transferAmount = (locale: string, language: Language) => wrap('format.usd', numberFormat(locale, {}).format(200), language);

/** Compact value with its unit, e.g. "USD 35.7 bn", "+864k people", "2.3% of GDP", "+0.4 pp of GDP". */
export function formatCompact(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const language = options.language ?? currentLanguage;
  const signed = options.signed ?? false;
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'USD':
      return withCurrency(compactNumber(value, locale, signed, language), language);
    case '% of GDP':
      return wrap('format.ofGdp', formatPercent(value, { ...options, locale, language }), language);
    case '% of US$200':
      return formatPercent(value, { ...options, locale, language });
    default:
      return withUnit(compactNumber(value, locale, signed, language), unit, language);
  }
}

/** A percentage value already in percent units (2.3 → "2.3%"); a difference prints percentage points ("+0.4 pp"). */
export function formatPercent(value: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const language = options.language ?? currentLanguage;
  const abs = Math.abs(value);
  // One decimal from 1% up ("8.0%" beside "6.7%" in a ranked list); two below, where one would hide the value.
  const digits = options.digits ?? (abs >= 1 ? 1 : 2);
  const style = {
    maximumFractionDigits: digits,
    minimumFractionDigits: options.digits ?? (abs >= 1 && abs < 100 ? 1 : 0),
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  } as const;
  if (options.difference) return wrap('format.pp', numberFormat(locale, style).format(value), language);
  // The region writes the sign: "5.8%" (en), "5,8 %" (fr-FR, es-CO).
  return numberFormat(locale, { ...style, style: 'percent' }).format(value / 100);
}

/** Full precision for tooltips and tables: grouped digits, no abbreviation. */
export function formatFull(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const language = options.language ?? currentLanguage;
  if (!Number.isFinite(value)) return '–';
  const signDisplay = options.signed ? 'exceptZero' : 'auto';
  if (unit === '% of GDP' || unit === '% of US$200') {
    const n = options.difference
      ? wrap('format.pp', numberFormat(locale, { maximumFractionDigits: 2, signDisplay }).format(value), language)
      : numberFormat(locale, { maximumFractionDigits: 2, signDisplay, style: 'percent' }).format(value / 100);
    return unit === '% of GDP' ? wrap('format.ofGdp', n, language) : wrap('format.ofAmount', n, language, { amount: transferAmount(locale, language) });
  }
  const n = numberFormat(locale, { maximumFractionDigits: 0, signDisplay }).format(value);
  return unit === 'USD' ? withCurrency(n, language) : withUnit(n, unit, language);
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
  if (unit === '% of GDP' || unit === '% of US$200') return numberFormat(locale, { maximumSignificantDigits: 3, style: 'percent', signDisplay: options.signed ? 'exceptZero' : 'auto' }).format(value / 100);
  return compactNumber(value, locale, options.signed ?? false, options.language ?? currentLanguage, true);
}
