// The languages Puente speaks, and how a language is chosen from what the user, the URL or the system prefers.
// Pure: the renderer, the command line and the desktop's main process all use it.

export const LANGUAGES = ['es', 'pt', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as the Language menu lists it (a reader finds their own whatever is on screen). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  en: 'English',
};

/**
 * The region format a language writes numbers in where nothing else says (a report or workbook from the command line,
 * the methodology's tables): the language's main region for Puente's users (es: Latin America, pt: Brazil, fr: France).
 */
export const MAIN_REGION_FORMAT: Readonly<Record<Language, string>> = { es: 'es-419', pt: 'pt-BR', fr: 'fr-FR', en: 'en-US' };

/** "es-CO", "pt_BR", "FR" → the language Puente has for it, or null. */
export function languageOf(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : null;
}

export interface LanguageSources {
  /** `?lang=` in the web build's address. */
  url?: string | null;
  /** The user's remembered choice. */
  remembered?: string | null;
  /** The system's preferred languages, best first (navigator.languages, or the desktop host's list). */
  system?: readonly string[];
}

/** URL first, then the remembered choice, then the first system language Puente has, then English. */
export function chooseLanguage(sources: LanguageSources, available: readonly Language[]): Language {
  const has = (tag: string | null | undefined): Language | null => {
    const language = languageOf(tag);
    return language !== null && available.includes(language) ? language : null;
  };
  const fromSystem = (sources.system ?? []).map(has).find((l) => l !== null) ?? null;
  return has(sources.url) ?? has(sources.remembered) ?? fromSystem ?? 'en';
}
