// The language and the region format, outside React like the document store: t() and the number formatters read
// them, components re-render through useLocale() when they change. Switching never reloads the page, so the
// document, its history and the screen's state stay as they are.
import { AVAILABLE_LANGUAGES } from './catalogues';
import { chooseLanguage, languageOf, type Language } from '../../shared/i18n/languages';
import type { PreferenceStorage, SystemLocale } from '../../shared/host/preferences';
import { setNumberLocale } from './format';
import { setMessageLanguage } from './t';

export interface LocaleState {
  language: Language;
  /** The region format the user chose; null follows the system's. */
  regionFormat: string | null;
  /** The locale numbers and dates are written in now (the choice, or the system's). */
  formatLocale: string;
}

export interface LocaleStart {
  /** `?lang=` of the web build's address (wins over everything, and is not remembered). */
  urlLanguage?: string | null;
  preferences: PreferenceStorage;
  system: SystemLocale;
}

/** A locale tag the browser's Intl accepts, or null. */
function supportedFormat(tag: string | null): string | null {
  if (!tag) return null;
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : null;
  } catch {
    return null;
  }
}

export class LocaleSettings {
  private state: LocaleState;
  private readonly listeners = new Set<() => void>();
  private preferences: PreferenceStorage | null = null;
  private system: SystemLocale = { languages: [], formatLocale: 'en' };

  constructor() {
    this.state = { language: 'en', regionFormat: null, formatLocale: 'en' };
  }

  /** Once at start-up, before the first render. */
  start({ urlLanguage, preferences, system }: LocaleStart): void {
    this.preferences = preferences;
    this.system = system;
    const language = chooseLanguage({ url: urlLanguage, remembered: preferences.get('language'), system: system.languages }, AVAILABLE_LANGUAGES);
    this.apply({ language, regionFormat: supportedFormat(preferences.get('regionFormat')) });
  }

  getSnapshot = (): LocaleState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The user picked a language in the menu: applied now, remembered for the next start. */
  setLanguage(language: Language): void {
    if (!AVAILABLE_LANGUAGES.includes(language) || language === this.state.language) return;
    this.preferences?.set('language', language);
    this.apply({ language, regionFormat: this.state.regionFormat });
  }

  /** The user picked a region format (null: the system's). */
  setRegionFormat(tag: string | null): void {
    const regionFormat = supportedFormat(tag);
    if (regionFormat === this.state.regionFormat) return;
    this.preferences?.set('regionFormat', regionFormat);
    this.apply({ language: this.state.language, regionFormat });
  }

  /** A window opened for one job (a report to print) takes the job's language and format, and remembers nothing. */
  useForThisWindow(language: Language, formatLocale: string | null): void {
    this.preferences = null;
    this.apply({ language: AVAILABLE_LANGUAGES.includes(language) ? language : 'en', regionFormat: supportedFormat(formatLocale) ?? this.state.regionFormat });
  }

  /** The system's own region format, as the settings menu names its default. */
  systemFormat(): string {
    return supportedFormat(this.system.formatLocale) ?? 'en';
  }

  private apply(next: { language: Language; regionFormat: string | null }): void {
    const formatLocale = next.regionFormat ?? this.systemFormat();
    setMessageLanguage(next.language);
    setNumberLocale(formatLocale, next.language);
    this.state = { ...next, formatLocale };
    // The page's lang attribute: screen readers and hyphenation follow it (absent in unit tests).
    const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
    if (page) page.documentElement.lang = next.language;
    for (const listener of this.listeners) listener();
  }
}

/** The page's one instance (like t(), the formatters are module-level). */
export const localeSettings = new LocaleSettings();

/** `?lang=es` → "es"; anything Puente does not speak → null. */
export function urlLanguage(search: string): Language | null {
  return languageOf(new URLSearchParams(search).get('lang'));
}
