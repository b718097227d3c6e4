// What a browser says about its user's languages: navigator.languages, best first. A browser has no separate
// region setting, so its first language is the region format too (es-CO writes 1.234,5).
import type { SystemLocale } from '../../shared/host/preferences';

export function browserLocale(nav: Pick<Navigator, 'languages' | 'language'> | undefined = globalThis.navigator): SystemLocale {
  const languages = nav?.languages?.length ? [...nav.languages] : nav?.language ? [nav.language] : [];
  return { languages, formatLocale: languages[0] ?? 'en' };
}
