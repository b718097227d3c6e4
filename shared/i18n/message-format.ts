// Messages in ICU MessageFormat (FormatJS intl-messageformat): placeholders "{name}", plurals
// "{count, plural, one {# scenario} other {# scenarios}}". Each message is compiled once per language and kept.
import { IntlMessageFormat } from 'intl-messageformat';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: MessageParams) => string;

/** Fills {name} placeholders without ICU; a missing one stays visible ("{name}") so it is caught in review. */
export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A translator over one catalogue. `locale` picks the plural rules (and # formatting). A key the catalogue lacks
 * falls back to `fallback` (English), then to the key itself. A message missing a parameter, or one that does not
 * parse, is filled plainly instead of throwing: a screen with "{name}" in it beats a screen that does not render.
 */
export function createTranslator(
  locale: string,
  catalogue: Readonly<Record<string, string>>,
  fallback: Readonly<Record<string, string>> = catalogue,
): Translate {
  const compiled = new Map<string, IntlMessageFormat | null>();
  const compile = (key: string, source: string): IntlMessageFormat | null => {
    let format = compiled.get(key);
    if (format === undefined) {
      try {
        format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
      } catch {
        format = null;
      }
      compiled.set(key, format);
    }
    return format;
  };
  return (key, params) => {
    const source = catalogue[key] ?? fallback[key];
    if (source === undefined) return key;
    // Most messages have no placeholder at all: skip the formatter.
    if (!source.includes('{')) return source;
    const format = compile(key, source);
    if (format === null) return fillTemplate(source, params);
    try {
      const out = format.format(params as Record<string, string | number> | undefined);
      return typeof out === 'string' ? out : String(out);
    } catch {
      return fillTemplate(source, params);
    }
  };
}

/** Why a message is not valid ICU (null when it is): the catalogue test runs every message through this. */
export function messageError(source: string, locale: string): string | null {
  try {
    new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The argument names a message uses ({name}, {count, plural, …}), sorted: must match across languages. */
export function messageArguments(source: string): string[] {
  const names = new Set<string>();
  // Arguments open with "{" then a name, then "}" or ","; plural branches ("one {…}") are not arguments.
  for (const match of source.matchAll(/\{\s*(\w+)\s*(?=[},])/g)) names.add(match[1] ?? '');
  return [...names].sort();
}
