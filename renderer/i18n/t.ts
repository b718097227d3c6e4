// Message lookup: the only way the UI gets words, in the current language (language.ts). Messages are ICU
// MessageFormat (plurals: "{count, plural, one {# scenario} other {# scenarios}}"), compiled once per language.
// Missing placeholders stay visible ("{name}") so they are caught in review.
import { createTranslator, type MessageParams, type Translate } from '../../shared/i18n/message-format';
import type { Language } from '../../shared/i18n/languages';
import { CATALOGUES } from './catalogues';
import { messagesEn, type MessageKey } from './messages.en';

export type { MessageKey, MessageParams };

const translators = new Map<Language, Translate>();
let current: { language: Language; translate: Translate; catalogue: Readonly<Record<string, string>> } = {
  language: 'en',
  translate: translatorFor('en'),
  catalogue: messagesEn,
};

function translatorFor(language: Language): Translate {
  let translate = translators.get(language);
  if (!translate) {
    translate = createTranslator(language, CATALOGUES[language] ?? messagesEn, messagesEn);
    translators.set(language, translate);
  }
  return translate;
}

/** Switches the words t() returns; language.ts calls it (components re-render through useLocale). */
export function setMessageLanguage(language: Language): void {
  current = { language, translate: translatorFor(language), catalogue: CATALOGUES[language] ?? messagesEn };
}

export function messageLanguage(): Language {
  return current.language;
}

export function t(key: MessageKey, params?: MessageParams): string {
  return current.translate(key, params);
}

/** For keys built from data ids (e.g. `card.${outputId}`); falls back to the given text when the catalogue has none. */
export function tMaybe(key: string, fallback: string): string {
  return key in current.catalogue || key in messagesEn ? current.translate(key) : fallback;
}

/** A translator for one language, for a window that prints in a language other than the screen's (reports). */
export function translatorIn(language: Language): (key: MessageKey, params?: MessageParams) => string {
  return translatorFor(language);
}
