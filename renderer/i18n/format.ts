// Number formatting with Intl. One rule for every result and measured value on screen (cards, charts, axes, tables,
// tooltips, lever baselines): at most three significant figures, and no fractions of a person, a permit, a job or a
// dollar — the model's inputs are not known better than that, so more digits would be false precision. Settings the
// user chooses (lever and parameter values) are shown as set.
// Two settings: the region format writes the digits (es-CO "1.234,5", es-MX "1,234.5"); the language writes the
// words around them ("1,2 mil millones de personas" is the language's, its comma the region's). language.ts sets both.
import { COMPACT_SCALES, type ScaleWord } from '../../shared/i18n/compact-scales';
import { languageOf, type Language } from '../../shared/i18n/languages';
import type { OutputUnit } from '../../shared/model/types';
import { translatorIn, type MessageKey } from './t';

let currentLocale = 'en';
let currentLanguage: Language = 'en';
let currentWordsLocale = 'en';

/** The language with the region format's region ("es" and en-US → "es-US"): Intl's own words (month names, the "y" of
 * a list) are then the language's, its conventions (the clock) the region's. */
function wordsLocaleFor(locale: string, language: Language): string {
  try {
    const region = new Intl.Locale(locale).region;
    const tag = region ? `${language}-${region}` : language;
    new Intl.DateTimeFormat(tag);
    return tag;
  } catch {
    return language;
  }
}

/** Set from the locale settings (language.ts); tests pass a locale explicitly. `language` picks the words. */
export function setNumberLocale(locale: string, language: Language = languageOf(locale) ?? 'en'): void {
  currentLanguage = language;
  try {
    new Intl.NumberFormat(locale);
    currentLocale = locale;
  } catch {
    currentLocale = 'en';
  }
  currentWordsLocale = wordsLocaleFor(currentLocale, language);
}

export function numberLocale(): string {
  return currentLocale;
}

/** The locale for Intl's words (dates with month names, lists): the language's words, the region's conventions. */
export function wordsLocale(): string {
  return currentWordsLocale;
}

/** "A, B and C" (or, as a choice, "A, B or C") in the language's words (plain commas where a runtime lacks it). */
export function listFormat(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', locale = currentWordsLocale): string {
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
  /** The language of the words ("people", "of GDP", "mil millones"); the current one by default. */
  language?: Language;
  /** Percentages: exactly this many decimals (a rate the source states as "5%"). */
  digits?: number;
}

/** "{value} people" split around its value once per language: formatting stays a concatenation on hot paths. */
interface Template { before: string; after: string }
const templates = new Map<string, Template>();
function templateOf(key: MessageKey, language: Language, params: Readonly<Record<string, string>> = {}): Template {
  const id = `${language}|${key}|${JSON.stringify(params)}`;
  let template = templates.get(id);
  if (!template) {
    const [before = '', after = ''] = translatorIn(language)(key, { ...params, value: '\u0000' }).split('\u0000');
    template = { before, after };
    templates.set(id, template);
  }
  return template;
}
function wrap(key: MessageKey, value: string, language: Language, params: Readonly<Record<string, string>> = {}): string {
  const template = templateOf(key, language, params);
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

/** The one rounding rule: results are shown to at most this many significant figures. */
export const SIGNIFICANT_FIGURES = 3;

/** Units counted in whole things: below a thousand they are shown without decimals. */
const WHOLE_UNITS = new Set(['USD', 'persons', 'permits', 'jobs', 'job-years', 'person-years']);

const pluralRules = new Map<Language, Intl.PluralRules>();
function scaleWord(scale: ScaleWord, scaled: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(Math.abs(scaled)) === 'one' ? scale.one : scale.other;
}

interface CompactStyle {
  /** The press's abbreviation ("1,2 mil M") where width is scarce: chart axes. */
  short?: boolean;
  /** Whole things (people, dollars): no decimals below a thousand. */
  whole?: boolean;
}

function compactNumber(value: number, locale: string, signed: boolean, language: Language, style: CompactStyle = {}): string {
  const abs = Math.abs(value);
  const scale = COMPACT_SCALES[language].find((s) => abs >= s.at * 0.9995);
  const formatter = numberFormat(locale, {
    maximumSignificantDigits: SIGNIFICANT_FIGURES,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  if (!scale) return formatter.format(style.whole ? Math.round(value) : value);
  // Round first, so the plural agrees with what is printed ("1 millón", never "1 millones" from 0.9996).
  const scaled = value / scale.at;
  return formatter.format(scaled) + (style.short ? scale.short : scaleWord(scale, Number(scaled.toPrecision(SIGNIFICANT_FIGURES)), language));
}

/** Whether the compact form of `value` ends in a scale noun ("millones", "milhões", "millions") that takes "de". */
function scaleIsNoun(value: number, language: Language): boolean {
  const abs = Math.abs(value);
  return COMPACT_SCALES[language].find((s) => abs >= s.at * 0.9995)?.of === true;
}

/** "+USD 1.2 bn": the sign stays in front of the currency code. */
function withCurrency(n: string, language: Language): string {
  const sign = /^[+\-−]/.test(n) ? n[0] : '';
  return sign + wrap('format.usd', sign ? n.slice(1) : n, language);
}

/** The counted thing's message, for the units counted in things ("864k people", "12k permits"). */
const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  persons: 'format.people',
  permits: 'format.permits',
  jobs: 'format.jobs',
  'job-years': 'format.jobYears',
  'person-years': 'format.personYears',
};

/**
 * Words around a count of an output's unit; other units keep their name. After a scale noun the thing takes "de"
 * ("1,2 millones de personas", "1,2 milhão de pessoas", "1,2 million de personnes", "d’emplois" before a vowel).
 */
function withUnit(n: string, unit: string, language: Language, afterNoun = false): string {
  const key = UNIT_KEYS[unit];
  if (!key) return `${n} ${unit}`;
  const { before, after } = templateOf(key, language);
  if (!afterNoun) return before + n + after;
  const thing = after.trimStart();
  const of = language === 'fr' && /^[aeiouyhâàéèêîôûœ]/i.test(thing) ? ' d’' : ' de ';
  return before + n + of + thing;
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
  const language = options.language ?? currentLanguage;
  const signed = options.signed ?? false;
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'USD':
      return withCurrency(compactNumber(value, locale, signed, language, { whole: true }), language);
    case '% of GDP':
      return wrap('format.ofGdp', formatPercent(value, { ...options, locale, language }), language);
    case '% of US$200':
      return formatPercent(value, { ...options, locale, language });
    default:
      return withUnit(compactNumber(value, locale, signed, language, { whole: WHOLE_UNITS.has(unit) }), unit, language, scaleIsNoun(value, language));
  }
}

/** A percentage value already in percent units (2.3 → "2.3%"); a difference prints percentage points ("+0.4 pp"). */
export function formatPercent(value: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? currentLocale;
  const language = options.language ?? currentLanguage;
  // The rule's significant figures, or exactly the decimals asked for (a rate the source states as "5%").
  const style: Intl.NumberFormatOptions =
    options.digits === undefined
      ? { maximumSignificantDigits: SIGNIFICANT_FIGURES, signDisplay: options.signed ? 'exceptZero' : 'auto' }
      : { minimumFractionDigits: options.digits, maximumFractionDigits: options.digits, signDisplay: options.signed ? 'exceptZero' : 'auto' };
  if (options.difference) return wrap('format.pp', numberFormat(locale, style).format(value), language);
  // The region writes the sign: "5.8%" (en), "5,8 %" (fr-FR, es-CO).
  return numberFormat(locale, { ...style, style: 'percent' }).format(value / 100);
}

/** A plain number in the user's locale, for slider values and typed fields. */
export function formatPlain(value: number, maximumFractionDigits = 2, locale = currentLocale): string {
  return numberFormat(locale, { maximumFractionDigits, useGrouping: false }).format(value);
}

/** A number with the locale's digit grouping, for tables ("4,769,498"; es-CO "4.769.498"). */
export function formatGrouped(value: number, maximumFractionDigits = 2, locale = currentLocale): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Axis tick: compact number with the scale's abbreviation but without the unit words (the unit is in the chart header). */
export function formatAxis(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  return bare(value, unit, options, { short: true });
}

/**
 * A figure next to one that states its unit (the low–high range under a key figure): compact, without the unit
 * words ("+3.76 bn", "+120 to +450"); percentages keep "%", or "pp" for a difference.
 */
export function formatShort(value: number, unit: OutputUnit | string, options: FormatOptions = {}): string {
  return bare(value, unit, options, { short: true, whole: WHOLE_UNITS.has(unit) });
}

function bare(value: number, unit: string, options: FormatOptions, style: CompactStyle): string {
  if (!Number.isFinite(value)) return '';
  const locale = options.locale ?? currentLocale;
  const language = options.language ?? currentLanguage;
  if (unit === '% of GDP' || unit === '% of US$200') return formatPercent(value, { ...options, locale, language });
  return compactNumber(value, locale, options.signed ?? false, language, style);
}
