// Sources cite Puente's own files by their repository paths ("(data/observed)"); a reader knows them by what they
// are ("Puente's table of observed data"). The charts on screen, their exported images, the slides and the PDF
// report all name them so.
import { t } from '../../i18n/t';

/** Files of the repository that sources cite, and the words a reader knows them by. */
const REPOSITORY_REFERENCES: readonly [RegExp, 'report.ref.parameters' | 'report.ref.observed' | 'report.ref.methodology' | 'report.ref.data'][] = [
  [/data\/model\/parameters\.json/g, 'report.ref.parameters'],
  [/data\/observed\b/g, 'report.ref.observed'],
  [/docs\/methodology\.md/g, 'report.ref.methodology'],
  [/docs\/data\.md/g, 'report.ref.data'],
];

/** The text with each repository path it cites replaced by what the file is, in the current language. */
export function readerReferences(text: string): string {
  return REPOSITORY_REFERENCES.reduce((out, [pattern, key]) => out.replace(pattern, t(key)), text);
}
