// The screen's catalogues, one per language. A language without a catalogue here is not offered (the Language menu
// and the start-up choice read AVAILABLE_LANGUAGES). Each catalogue is typed against English, so a missing key does
// not compile; tests/unit/i18n/catalogues.test.ts also catches extra keys, changed placeholders and bad ICU.
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { messagesEn, type MessageKey } from './messages.en';
import { messagesEs } from './messages.es';
import { messagesFr } from './messages.fr';
import { messagesPt } from './messages.pt';

export type Catalogue = Readonly<Record<MessageKey, string>>;

export const CATALOGUES: Readonly<Partial<Record<Language, Catalogue>>> = {
  es: messagesEs,
  pt: messagesPt,
  fr: messagesFr,
  en: messagesEn,
};

export const AVAILABLE_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => CATALOGUES[l] !== undefined);
