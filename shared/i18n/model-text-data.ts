// The model's words per language: English from data/model/{levers,parameters,outputs}.json, the delivered
// translations from data/model/text/<lang>.json, parsed on first use. A language without a file keeps the English
// words; the catalogue test lists which languages must have one. Numbers in the words are "{n:…}" until a region
// format writes them (applyModelText).
import esText from '../../data/model/text/es.json';
import ptText from '../../data/model/text/pt.json';
import frText from '../../data/model/text/fr.json';
import leversJson from '../../data/model/levers.json';
import parametersJson from '../../data/model/parameters.json';
import outputsJson from '../../data/model/outputs.json';
import { MAIN_REGION_FORMAT, type Language } from './languages';
import { applyModelText, modelTextSchema, type ModelCatalogues, type ModelText } from './model-text';
import { leverDefs, outputDefs, parameterDefs } from '../model/catalogue';

export const MODEL_TEXT_FILES: Readonly<Partial<Record<Language, unknown>>> = { es: esText, pt: ptText, fr: frText };

const parsed = new Map<Language, ModelText | null>();

/** The model's words in `language`, or null for English (and for a language without a file). */
export function modelTextFor(language: Language): ModelText | null {
  if (!parsed.has(language)) {
    const raw = MODEL_TEXT_FILES[language];
    parsed.set(language, raw === undefined ? null : modelTextSchema.parse(raw));
  }
  return parsed.get(language) ?? null;
}

interface RawWords {
  id: string;
  label: string;
  unit: string;
  source: string;
  description?: string;
  definition?: string;
  note?: string;
  references?: readonly { label: string }[];
}
function byId<T>(items: unknown, words: (item: RawWords) => T): Record<string, T> {
  return Object.fromEntries((items as readonly RawWords[]).map((item) => [item.id, words(item)]));
}

let english: ModelText | null = null;

/** The English words as data/model/*.json writes them, numbers as "{n:…}", in the shape of a translation. */
export function englishModelText(): ModelText {
  english ??= modelTextSchema.parse({
    levers: byId(leversJson, (l) => ({ label: l.label, description: l.description, unit: l.unit, source: l.source, references: (l.references ?? []).map((r) => r.label) })),
    parameters: byId(parametersJson, (p) => ({ label: p.label, description: p.description, unit: p.unit, source: p.source, ...(p.note === undefined ? {} : { note: p.note }) })),
    outputs: byId(outputsJson, (o) => ({ label: o.label, unit: o.unit, definition: o.definition, source: o.source })),
  });
  return english;
}

const catalogues = (): ModelCatalogues => ({ levers: leverDefs(), parameters: parameterDefs(), outputs: outputDefs() });

const units = new Map<Language, ReadonlyMap<string, string>>();

/** The model's unit words in `language`, by English unit ("US$ per permit" → "US$ por permiso"); empty for English. */
export function modelUnitWords(language: Language): ReadonlyMap<string, string> {
  let words = units.get(language);
  if (!words) {
    const text = modelTextFor(language);
    words = text === null ? new Map<string, string>() : applyModelText(catalogues(), text, language).unitWords;
    units.set(language, words);
  }
  return words;
}

type LocalizedCatalogues = ModelCatalogues & { unitWords: ReadonlyMap<string, string> };
const localized = new Map<string, LocalizedCatalogues>();

/**
 * The model's catalogues with their words in `language` and their numbers in the region format `locale` (by default
 * the language's main region: es-419 writes "0.56", pt-BR "0,56"), and the unit words by English unit, kept per pair.
 */
export function modelCataloguesIn(language: Language, locale: string = MAIN_REGION_FORMAT[language]): LocalizedCatalogues {
  const key = `${language}|${locale}`;
  let found = localized.get(key);
  if (!found) {
    found = applyModelText(catalogues(), modelTextFor(language) ?? englishModelText(), locale);
    localized.set(key, found);
  }
  return found;
}
