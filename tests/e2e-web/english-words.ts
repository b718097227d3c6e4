// The English words that cannot be Spanish, for the test that the Spanish screen shows none (issue 12): every word of
// the English catalogues (the screen's messages and the model's words) that occurs nowhere in their Spanish
// translations, so the list follows the catalogues instead of being picked by hand. Source titles kept as published
// and proper names are the reviewed exceptions, on screen and in the Spanish catalogue alike.
import { messagesEn } from '../../renderer/i18n/messages.en';
import { messagesEs } from '../../renderer/i18n/messages.es';
import { modelTextFor } from '../../shared/i18n/model-text-data';
import { leverDefs, outputDefs, parameterDefs } from '../../shared/model/catalogue';

/**
 * Titles of reports, journals and databases, which stay as published in every language (docs/glossary.md), names of
 * programmes, documents and formats, and words quoted from a source. Reviewed by hand: none is an English sentence.
 */
export const SOURCE_TITLES_AND_NAMES: readonly string[] = [
  'Latin America and the Caribbean in the Spotlight: In Search of Better Migration Governance and Increased Cooperation',
  'International Migrant Stock',
  'Remittance Prices Worldwide',
  'Refugee Data Finder',
  'International Financial Statistics',
  'World Development Indicators',
  'World Economic Outlook',
  'J. Dev. Econ.',
  // The design note the methodology follows.
  'A transparent projection model for migration & development levers in LAC',
  'model-evidence',
  // Italy's 2007 regularisation quota ("click day"), a programme's name.
  'click day',
  // The scenario file's format name, as files write it.
  'puente-scenario',
  // The paper's own words, quoted ("35,659 USD billions").
  'USD billions',
];

/** File paths, web addresses, data codes and identifiers (data/observed, parameters.json, SI.RMT.COST.IB.ZS,
 * inflowShiftLow, κ_low), and anything written with digits (fingerprints such as 00be5d822b95, dataset ids such as
 * lac-baseline-2019+observed-2025, figures): code and numbers, not words. */
const CODE = /[\p{L}\p{N}]+(?:[/._][\p{L}\p{N}]+)+\/?|\b\p{Ll}+(?:\p{Lu}\p{Ll}*)+\b|[^\s(]*\d[^\s)]*/gu;

/** ICU syntax around the words of a message: placeholders, "plural," and the plural categories. */
const ICU = /\{\s*\w+\s*,\s*(?:plural|select|selectordinal|number|date|time)\s*,|(?:^|\s)(?:=\d+|zero|one|two|few|many|other)\s*\{|\{\w+\}/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLES = new RegExp(SOURCE_TITLES_AND_NAMES.map(escape).join('|'), 'giu');

/** The text with source titles, names and code taken out: what is left must be in the screen's language. */
export function withoutTitlesAndCode(text: string): string {
  return text.replace(TITLES, ' ').replace(CODE, ' ');
}

/** The words of a text, lower case, two letters or more (one-letter words are both English and Spanish, or symbols). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => !/^\p{Script=Greek}+$/u.test(w));
}

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

function englishModelWords(): string[] {
  return [...leverDefs(), ...parameterDefs(), ...outputDefs()].flatMap((d) => [
    d.label,
    'description' in d ? d.description : '',
    d.unit,
    d.source,
    'note' in d ? (d.note ?? '') : '',
    'definition' in d ? d.definition : '',
    ...('references' in d ? d.references.map((r) => r.label) : []),
  ]);
}

/**
 * Words of the English catalogues that are Spanish words too but happen not to occur in the Spanish ones: "las
 * series", "era", and the month abbreviations of Spanish dates ("2 may 2026", "2 nov 2026").
 */
const ALSO_SPANISH: readonly string[] = ['series', 'era', 'may', 'nov'];

const vocabulary = (texts: readonly string[]) => new Set(texts.flatMap((text) => wordsOf(withoutTitlesAndCode(text.replace(ICU, ' ')))));

const spanish = vocabulary([...Object.values(messagesEs), ...stringsIn(modelTextFor('es'))]);

/** Every English catalogue word that no Spanish catalogue text uses. */
export const ENGLISH_ONLY: ReadonlySet<string> = new Set(
  [...vocabulary([...Object.values(messagesEn), ...englishModelWords()])].filter((word) => !spanish.has(word) && !ALSO_SPANISH.includes(word)),
);

/** The words of ENGLISH_ONLY in a text shown in Spanish (titles, names and code left out). */
export function englishWordsIn(text: string): string[] {
  return wordsOf(withoutTitlesAndCode(text)).filter((word) => ENGLISH_ONLY.has(word));
}

/** English words the two catalogues share, for review: each must be Spanish too, a name, or a symbol. */
export function sharedWords(): string[] {
  return [...vocabulary([...Object.values(messagesEn), ...englishModelWords()])].filter((word) => spanish.has(word)).sort();
}
