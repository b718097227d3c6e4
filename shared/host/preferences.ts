// The user's choices a host remembers between sessions (web: localStorage; desktop: the same, in the app's own
// origin), and what the system says about the user's languages and formats. Read synchronously at start-up, so
// the first frame is already in the right language.
import { z } from 'zod';

export const PREFERENCE_KEYS = ['language', 'regionFormat'] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

/** A BCP 47 tag ("es", "es-CO", "fr-HT"); anything else read back from storage is ignored. */
export const localeTagSchema = z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

export interface PreferenceStorage {
  get(key: PreferenceKey): string | null;
  /** null forgets the choice (back to the system's). */
  set(key: PreferenceKey, value: string | null): void;
}

export interface SystemLocale {
  /** Languages the system prefers, best first. */
  readonly languages: readonly string[];
  /** The system's region format (Windows "Region" setting; browsers: their language), e.g. "es-CO". */
  readonly formatLocale: string;
}

/** The part of Web Storage (localStorage) the preferences use. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The system locale as the desktop's main process hands it to the preload; anything malformed is dropped. */
export const systemLocaleSchema = z.strictObject({
  languages: z.array(localeTagSchema).max(20),
  formatLocale: localeTagSchema,
});

/** Preferences kept in a Web Storage (localStorage), each value checked when read back. */
export function webStoragePreferences(storage: WebStorageLike | null): PreferenceStorage {
  const name = (key: PreferenceKey) => `puente.${key}`;
  return {
    get(key) {
      try {
        const parsed = localeTagSchema.safeParse(storage?.getItem(name(key)));
        return parsed.success ? parsed.data : null;
      } catch {
        return null; // storage disabled (private mode, policy): the system's choice applies
      }
    },
    set(key, value) {
      try {
        if (value === null) storage?.removeItem(name(key));
        else if (localeTagSchema.safeParse(value).success) storage?.setItem(name(key), value);
      } catch {
        // Not remembered; the choice still applies to this session.
      }
    },
  };
}

/** Preferences for a session only (tests, the memory host). */
export function memoryPreferences(initial: Partial<Record<PreferenceKey, string>> = {}): PreferenceStorage {
  const values = new Map<PreferenceKey, string>(Object.entries(initial) as [PreferenceKey, string][]);
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => (value === null ? values.delete(key) : values.set(key, value), undefined),
  };
}
