// A scenario's name as the screen shows it. One nobody has named keeps the file format's UNTITLED_NAME in the
// document (and in its autosave and exported files) and reads "Escenario sin título", "Untitled scenario"... in the
// screen's language of the moment, so a language switch renames nothing the user named and leaves no stale word.
import type { ScenarioDocument } from '../../../shared/scenario/document';
import { UNTITLED_NAME } from '../../../shared/scenario/defaults';
import { t } from '../../i18n/t';

export function scenarioName(name: string): string {
  return name === UNTITLED_NAME ? t('title.untitled') : name;
}

/** A name typed in a dialog: the screen's own words for "untitled", left as they were offered, stay untitled. */
export function nameAsTyped(typed: string): string {
  return typed.trim() === t('title.untitled') ? UNTITLED_NAME : typed;
}

/** The document as exported files name it: a scenario nobody named is named in the screen's language. */
export function withShownName(doc: ScenarioDocument): ScenarioDocument {
  return doc.name === UNTITLED_NAME ? { ...doc, name: scenarioName(doc.name) } : doc;
}
