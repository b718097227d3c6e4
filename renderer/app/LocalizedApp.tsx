// Hands the screen the engine in the current language: a switch re-renders from here down with the model's words
// in the new language, and nothing is remounted (the document, its history and the view's state stay).
import type { ReactNode } from 'react';
import type { Engine } from '../compute/engine-types';
import { localizeEngine } from '../compute/localized-engine';
import { useLocale } from '../i18n/use-locale';

export function Localized({ engine, children }: { engine: Engine; children: (engine: Engine) => ReactNode }) {
  const { language } = useLocale();
  return children(localizeEngine(engine, language));
}
