// Message lookup: the only way the UI gets words. Missing placeholders stay visible ("{name}") so they are caught in review.
import { fillTemplate } from '../../shared/export/messages.en';
import { messagesEn, type MessageKey } from './messages.en';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogue: Readonly<Record<string, string>> = messagesEn;

export function t(key: MessageKey, params?: MessageParams): string {
  return fillTemplate(catalogue[key] ?? key, params);
}

/** For keys built from data ids (e.g. `card.${outputId}`); falls back to the given text when the catalogue has none. */
export function tMaybe(key: string, fallback: string): string {
  return catalogue[key] ?? fallback;
}
