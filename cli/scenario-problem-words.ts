// Why a scenario file was refused or could not be read as text, in the command line's language: the same words the
// screen shows (shared/scenario/problem-words.ts, a test checks both say the same), a lever by its label and a value
// in the unit the screen shows it in, never a field path and a share. Numbers are written in the region format --lang
// gives (by default the language's main region), as the report writes them.
import { MAIN_REGION_FORMAT, type Language } from '../shared/i18n/languages';
import { wordEncodingProblem, wordScenarioProblem, type ProblemWording } from '../shared/scenario/problem-words';
import type { ScenarioProblem } from '../shared/scenario/problems';
import type { EncodingProblem } from '../shared/scenario/utf8';
import { cliText } from './messages';

function cliWording(language: Language, locale: string): ProblemWording {
  return {
    language,
    t: cliText(language),
    plain: (value, digits) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false }).format(value),
    list: (items, type) => new Intl.ListFormat(locale, { style: 'long', type }).format(items),
  };
}

/** One sentence (or two) saying what is wrong with the file and how to put it right. */
export function scenarioProblemWords(problem: ScenarioProblem, language: Language, locale: string = MAIN_REGION_FORMAT[language]): string {
  return wordScenarioProblem(problem, cliWording(language, locale));
}

/** Why a file's bytes are not UTF-8 text, and how to fix it. */
export function encodingProblemWords(problem: EncodingProblem, language: Language, locale: string = MAIN_REGION_FORMAT[language]): string {
  return wordEncodingProblem(problem, cliWording(language, locale));
}
