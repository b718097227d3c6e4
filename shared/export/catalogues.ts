// The exported files' words per language, for callers without the screen's catalogue (the command line, and the
// desktop's save dialog).
import type { ExportKind } from '../host/export-kinds';
import type { Language } from '../i18n/languages';
import { createTranslator } from '../i18n/message-format';
import { EXPORT_MESSAGES_EN, type ExportMessageKey, type ExportText } from './messages.en';
import { EXPORT_MESSAGES_ES } from './messages.es';
import { EXPORT_MESSAGES_FR } from './messages.fr';
import { EXPORT_MESSAGES_PT } from './messages.pt';

export const EXPORT_CATALOGUES: Readonly<Partial<Record<Language, Readonly<Record<ExportMessageKey, string>>>>> = {
  en: EXPORT_MESSAGES_EN,
  es: EXPORT_MESSAGES_ES,
  pt: EXPORT_MESSAGES_PT,
  fr: EXPORT_MESSAGES_FR,
};

/** The exported files' words in `language` (English where a language has no catalogue). */
export function exportText(language: Language): ExportText {
  return createTranslator(language, EXPORT_CATALOGUES[language] ?? EXPORT_MESSAGES_EN, EXPORT_MESSAGES_EN);
}

/** The save dialog's name for a kind of file ("Libro de Excel"), in `language`: a label, chosen by language code. */
export function fileTypeName(kind: ExportKind, language: Language): string {
  return exportText(language)(`export.fileType.${kind}`);
}
