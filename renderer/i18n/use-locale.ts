// The thin hook over the locale settings: a component that calls it re-renders when the language or the region
// format changes. Every memoised component that shows words calls it (a memo would otherwise keep the old words).
import { useSyncExternalStore } from 'react';
import { localeSettings, type LocaleState } from './language';

export function useLocale(): LocaleState {
  return useSyncExternalStore(localeSettings.subscribe, localeSettings.getSnapshot);
}
