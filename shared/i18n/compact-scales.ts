// How each language writes large figures in prose. Intl's compact notation is right for English ("1.2B" aside,
// which we write "1.2 bn") but not for a ministry's Spanish ("1,2 mil M") or French ("1,2 Md"): this reviewed table
// gives the words an official document would use. The plural form follows Intl.PluralRules of the language
// ("1,2 bilhão", "2,5 bilhões"; "1,2 millones"). Axes, short of width, take the press's abbreviations ("1,2 mil M").
import type { Language } from './languages';

export interface ScaleWord {
  /** The value at which this scale starts. */
  at: number;
  /** Appended to the number, by plural category; `other` is the fallback. */
  one: string;
  other: string;
  /** On chart axes, where width is scarce: the abbreviation the language's press uses (Intl's compact short form). */
  short: string;
  /** The scale word is a noun, so a counted thing follows with "de" ("1,2 millones de personas"). */
  of?: boolean;
}

export const COMPACT_SCALES: Readonly<Record<Language, readonly ScaleWord[]>> = {
  en: [
    { at: 1e9, one: ' bn', other: ' bn', short: ' bn' },
    { at: 1e6, one: 'm', other: 'm', short: 'm' },
    { at: 1e3, one: 'k', other: 'k', short: 'k' },
  ],
  es: [
    { at: 1e9, one: ' mil millones', other: ' mil millones', short: ' mil M', of: true },
    { at: 1e6, one: ' millón', other: ' millones', short: ' M', of: true },
    { at: 1e3, one: ' mil', other: ' mil', short: ' mil' },
  ],
  pt: [
    { at: 1e9, one: ' bilhão', other: ' bilhões', short: ' bi', of: true },
    { at: 1e6, one: ' milhão', other: ' milhões', short: ' mi', of: true },
    { at: 1e3, one: ' mil', other: ' mil', short: ' mil' },
  ],
  // French prose writes thousands in full ("864 000 personnes"), never "864 k"; axes likewise ("864 000").
  fr: [
    { at: 1e9, one: ' milliard', other: ' milliards', short: ' Md', of: true },
    { at: 1e6, one: ' million', other: ' millions', short: ' M', of: true },
  ],
};
