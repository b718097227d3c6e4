// Which edition of the methodology a language reads: docs/methodology.md, or its Spanish edition
// docs/methodology.es.md (same sections, equations and tables, its headings preceded by <a id> lines with the
// English ids). Portuguese and French read the English one, with a note saying so. The methodology screen and the
// printed report both take it from here, so they never show different editions.
import methodologyEn from '../../../docs/methodology.md?raw';
import methodologyEs from '../../../docs/methodology.es.md?raw';
import type { Language } from '../../../shared/i18n/languages';

export interface MethodologyEdition {
  /** The markdown as written. */
  text: string;
  /** True where the reader's language has no edition and reads the English one (say so: methodology.englishOnly). */
  english: boolean;
}

export function methodologyEdition(language: Language): MethodologyEdition {
  if (language === 'es') return { text: methodologyEs, english: false };
  return { text: methodologyEn, english: language !== 'en' };
}
