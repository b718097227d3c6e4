// The delivered translations of the model's words (data/model/text/<lang>.json), parsed on first use. A language
// without a file keeps the English words; the catalogue test lists which languages must have one.
import esText from '../../data/model/text/es.json';
import ptText from '../../data/model/text/pt.json';
import frText from '../../data/model/text/fr.json';
import type { Language } from './languages';
import { applyModelText, modelTextSchema, type ModelText } from './model-text';
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


const units = new Map<Language, ReadonlyMap<string, string>>();

/** The model's unit words in `language`, by English unit ("US$ per permit" → "US$ por permiso"); empty for English. */
export function modelUnitWords(language: Language): ReadonlyMap<string, string> {
  let words = units.get(language);
  if (!words) {
    words = applyModelText({ levers: leverDefs(), parameters: parameterDefs(), outputs: outputDefs() }, modelTextFor(language)).unitWords;
    units.set(language, words);
  }
  return words;
}

/** The model's catalogues with their words in `language` (the command line's report and messages). */
export function modelCataloguesIn(language: Language) {
  return applyModelText({ levers: leverDefs(), parameters: parameterDefs(), outputs: outputDefs() }, modelTextFor(language));
}
