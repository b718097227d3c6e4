// The source under a chart on screen (and in its exported image and on a slide) names Puente's own files as the PDF
// report does ("Tabla de datos observados de Puente"), never by a repository path ("(data/observed)").
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { localizeEngine } from '../../../renderer/compute/localized-engine';
import { sourceLine } from '../../../renderer/features/charts/chart-text';
import { AVAILABLE_LANGUAGES } from '../../../renderer/i18n/catalogues';
import { setMessageLanguage, t } from '../../../renderer/i18n/t';

const engine = createEngine();
const REGION_FORMAT = { en: 'en-US', es: 'es-CO', pt: 'pt-BR', fr: 'fr-FR' } as const;

describe('the source under a chart', () => {
  afterAll(() => setMessageLanguage('en'));

  it.each([...AVAILABLE_LANGUAGES])('names no repository path (%s)', (language) => {
    setMessageLanguage(language);
    const outputs = localizeEngine(engine, language, REGION_FORMAT[language]).outputs;
    const withPaths = outputs.map((def) => `${def.id}: ${sourceLine(def, [])}`).filter((line) => /\b(data|docs)\/|\.json\b|\.md\b/.test(line));
    expect(withPaths).toEqual([]);
    const regularised = outputs.find((o) => o.id === 'migrantsRegular');
    expect(regularised && sourceLine(regularised, [])).toContain(t('report.ref.observed'));
  });
});
