// The model's words per language (data/model/text/<lang>.json) against the English catalogues: every id and field
// English has, nothing more; and the words land on the screen's catalogues with ids and numbers unchanged.
import { describe, expect, it } from 'vitest';
import { leverDefs, outputDefs, parameterDefs } from '../../../shared/model';
import { applyModelText, modelTextProblems } from '../../../shared/i18n/model-text';
import { englishModelText, MODEL_TEXT_FILES, modelTextFor } from '../../../shared/i18n/model-text-data';
import { AVAILABLE_LANGUAGES } from '../../../renderer/i18n/catalogues';

const english = () => ({ levers: leverDefs(), parameters: parameterDefs(), outputs: outputDefs() });

describe('model words per language', () => {
  it('every language on offer except English has its file', () => {
    expect(Object.keys(MODEL_TEXT_FILES).sort()).toEqual(AVAILABLE_LANGUAGES.filter((l) => l !== 'en').sort());
  });

  for (const [language, raw] of Object.entries(MODEL_TEXT_FILES)) {
    it(`${language}: every id and field, nothing extra`, () => {
      expect(modelTextProblems(raw, english(), englishModelText())).toEqual([]);
    });
  }

  it('finds a missing id, an extra id, a missing field and a wrong number of reference labels', () => {
    const text = structuredClone(MODEL_TEXT_FILES.es) as { levers: Record<string, { references: string[] }>; outputs: Record<string, unknown>; parameters: Record<string, Record<string, unknown>> };
    delete text.outputs.remittancesUsd;
    text.outputs.madeUp = text.outputs.venezuelans;
    const firstParameter = Object.keys(text.parameters)[0] ?? '';
    delete text.parameters[firstParameter]?.label;
    const lever = Object.values(text.levers).find((l) => l.references.length > 0);
    lever?.references.pop();
    const problems = modelTextProblems(text, english(), englishModelText());
    expect(problems.join('\n')).toMatch(/label/);
    const parsedShape = modelTextProblems({ ...text, parameters: MODEL_TEXT_FILES.es && (MODEL_TEXT_FILES.es as { parameters: unknown }).parameters }, english(), englishModelText());
    expect(parsedShape).toEqual(expect.arrayContaining(['outputs.remittancesUsd: missing', 'outputs.madeUp: no such id in English', expect.stringMatching(/references/)]));
  });

  it('translates the words and keeps ids, numbers and unit codes', () => {
    const es = applyModelText(english(), modelTextFor('es') ?? englishModelText(), 'es');
    const en = english();
    expect(es.levers.map((l) => [l.id, l.min, l.max, l.baseline, l.unit])).toEqual(en.levers.map((l) => [l.id, l.min, l.max, l.baseline, l.unit]));
    expect(es.outputs.map((o) => o.unit)).toEqual(en.outputs.map((o) => o.unit));
    expect(es.levers.find((l) => l.id === 'absorptionCapacity')?.label).toBe('Capacidad de absorción');
    expect(es.levers[0]?.references.map((r) => r.value)).toEqual(en.levers[0]?.references.map((r) => r.value));
    expect(es.levers[0]?.label).not.toBe(en.levers[0]?.label);
  });
});
