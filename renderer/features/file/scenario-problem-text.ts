// Why a scenario file was refused, in the screen's language and region format. The wording is shared with the
// command line (shared/scenario/problem-words.ts): a lever by its label, a value in the unit the screen shows it in,
// never a field path and a share. Pure: tested under node.
import { wordScenarioProblem, type ProblemWording } from '../../../shared/scenario/problem-words';
import type { ScenarioProblem } from '../../../shared/scenario/problems';
import { formatPlain, listFormat } from '../../i18n/format';
import { messageLanguage, t } from '../../i18n/t';

/** The screen's way of wording a problem: its language, t() and its region's formats, as they are now. */
const screenWording = (): ProblemWording => ({
  language: messageLanguage(),
  t,
  plain: (value, digits) => formatPlain(value, digits),
  list: (items, type) => listFormat(items, type),
});

/** One sentence (or two) saying what is wrong with the file and how to put it right. */
export function scenarioProblemText(problem: ScenarioProblem): string {
  return wordScenarioProblem(problem, screenWording());
}
