// A lever's or parameter's unit as people read it in a language: shares as per cent with the catalogue's words for
// them ("% por año", the `unit.share…` keys), every other unit in the model's words for that language
// (data/model/text). The screen and the command line both write units with it, so a value reads the same in both.
import { displayUnit, type DisplayUnit } from '../model/display-unit';
import type { Language } from './languages';
import { modelUnitWords } from './model-text-data';

/** `shareWords(modelUnit, fallback)`: the catalogue's words for a share unit, or `fallback` where it has none. */
export function displayUnitIn(modelUnit: string, language: Language, shareWords: (modelUnit: string, fallback: string) => string): DisplayUnit {
  const shown = displayUnit(modelUnit);
  if (shown.scale !== 1) return { unit: shareWords(modelUnit, shown.unit), scale: shown.scale };
  const words = modelUnitWords(language).get(modelUnit);
  return words === undefined ? shown : displayUnit(words);
}
