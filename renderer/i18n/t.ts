// Message lookup: the only way the UI gets words. Missing placeholders stay visible ("{name}") so they are caught in review.
import { messagesEn, type MessageKey } from './messages.en';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogue: Readonly<Record<string, string>> = messagesEn;

export function t(key: MessageKey, params?: MessageParams): string {
  const template = catalogue[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** For keys built from data ids (e.g. `card.${outputId}`); falls back to the given text when the catalogue has none. */
export function tMaybe(key: string, fallback: string): string {
  return catalogue[key] ?? fallback;
}
