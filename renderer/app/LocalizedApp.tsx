// Hands the screen the engine in the current language and region format: a switch re-renders from here down with the
// model's words in the new language (their numbers in the new format), and nothing is remounted (the document, its history and the view's state stay).
import type { ReactNode } from 'react';
import type { Engine } from '../compute/engine-types';
import { localizeEngine } from '../compute/localized-engine';
import { useLocale } from '../i18n/use-locale';

export function Localized({ engine, children }: { engine: Engine; children: (engine: Engine) => ReactNode }) {
  const { language, formatLocale } = useLocale();
  return children(localizeEngine(engine, language, formatLocale));
}
