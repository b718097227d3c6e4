// The command line's catalogues by language, through the same ICU translator as the screen.
import type { Language } from '../shared/i18n/languages';
import { createTranslator, type MessageParams } from '../shared/i18n/message-format';
import { CLI_MESSAGES_EN, type CliMessageKey } from './messages.en';
import { CLI_MESSAGES_ES } from './messages.es';
import { CLI_MESSAGES_FR } from './messages.fr';
import { CLI_MESSAGES_PT } from './messages.pt';

export const CLI_CATALOGUES: Readonly<Record<Language, Readonly<Record<CliMessageKey, string>>>> = {
  en: CLI_MESSAGES_EN,
  es: CLI_MESSAGES_ES,
  pt: CLI_MESSAGES_PT,
  fr: CLI_MESSAGES_FR,
};

/** The language of messages, reports and workbooks when --lang is not given (as before --lang existed). */
export const DEFAULT_CLI_LANGUAGE: Language = 'en';

export type CliText = (key: CliMessageKey, params?: MessageParams) => string;

const translators = new Map<Language, CliText>();

export function cliText(language: Language): CliText {
  let text = translators.get(language);
  if (!text) {
    text = createTranslator(language, CLI_CATALOGUES[language], CLI_MESSAGES_EN);
    translators.set(language, text);
  }
  return text;
}
