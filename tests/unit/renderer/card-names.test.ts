// One figure, one name: a key-figure card (on screen, in Compare and in the PDF report) is titled with its output's
// label, the same words its chart, the report's charts and the workbook use, in every language.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { localizeEngine } from '../../../renderer/compute/localized-engine';
import { cardText } from '../../../renderer/features/cards/card-text';
import { CARD_OUTPUTS, type KeyFigure } from '../../../renderer/features/cards/key-figures';
import { AVAILABLE_LANGUAGES } from '../../../renderer/i18n/catalogues';
import { setMessageLanguage } from '../../../renderer/i18n/t';

const engine = createEngine();
const REGION_FORMAT = { en: 'en-US', es: 'es-CO', pt: 'pt-BR', fr: 'fr-FR' } as const;

const figure = (output: KeyFigure['output']): KeyFigure => ({
  output,
  change2030: 1,
  range2030: null,
  changeHorizon: 1,
  rangeHorizon: null,
  cumulative: 1,
  cumulativeRange: null,
});

describe('the name of a key figure', () => {
  afterAll(() => setMessageLanguage('en'));

  it.each([...AVAILABLE_LANGUAGES])('is its output’s label on the card (%s)', (language) => {
    setMessageLanguage(language);
    const outputs = localizeEngine(engine, language, REGION_FORMAT[language]).outputs;
    const differing = CARD_OUTPUTS.flatMap((id) => {
      const def = outputs.find((o) => o.id === id);
      const card = cardText(figure(id), def).label;
      return def && card === def.label ? [] : [`${id}: card “${card}”, output “${def?.label ?? '(none)'}”`];
    });
    expect(differing).toEqual([]);
  });
});
