// Numbers inside the model's words follow the region format the reader chose: a source note in Spanish reads
// "0,23/0,41 = 0,56" under es-CO and "0.23/0.41 = 0.56" under es-MX, in every language; years and identifiers
// ("ODS 10.c", "2030", "CONPES 4100", "§3.5") read the same everywhere; and a translation says the same numbers as English.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { localizeEngine } from '../../../renderer/compute/localized-engine';
import { modelTextNumberProblems, modelTextProblems, modelTextSchema, type ModelText } from '../../../shared/i18n/model-text';
import { englishModelText, MODEL_TEXT_FILES, modelCataloguesIn, modelTextFor } from '../../../shared/i18n/model-text-data';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { REGION_FORMATS } from '../../../shared/i18n/region-formats';
import { formatTextNumbers, looseNumbers, textNumbers } from '../../../shared/i18n/text-numbers';
import { leverDefs, outputDefs, parameterDefs } from '../../../shared/model';

const engine = createEngine();
const parameter = (language: Language, format: string, id: string) => localizeEngine(engine, language, format).parameters.find((p) => p.id === id);
const lever = (language: Language, format: string, id: string) => localizeEngine(engine, language, format).levers.find((l) => l.id === id);

describe('numbers written in the words', () => {
  it('are written in the region format, with the decimals the text gives', () => {
    expect(formatTextNumbers('= {n:0.56}', 'es-CO')).toBe('= 0,56');
    expect(formatTextNumbers('= {n:0.56}', 'es-MX')).toBe('= 0.56');
    expect(formatTextNumbers('{n:0.10}/{n:0.93}', 'pt-BR')).toBe('0,10/0,93');
    expect(formatTextNumbers('{n:1174743} people', 'es-CO')).toBe('1.174.743 people');
    expect(formatTextNumbers('{n:1174743} people', 'en-US')).toBe('1,174,743 people');
    expect(formatTextNumbers('{n:1174743}', 'fr-FR')).toMatch(/^1\s174\s743$/u);
    expect(formatTextNumbers('{n:5.8%}', 'fr-FR')).toMatch(/^5,8\s%$/u);
    expect(formatTextNumbers('{n:5.8%}', 'es-MX')).toBe('5.8%');
  });

  it('lists the numbers a text carries, and finds one written in a region format instead', () => {
    expect(textNumbers('{n:5.8%} over {n:0.56} and {n:0.23}')).toEqual(['0.23', '0.56', '5.8%']);
    expect(looseNumbers('tope del 3 % y 0,56; 1.174.743 personas; 1\u202f174\u202f743; 2\u00a0955,70')).toEqual(['3 %', '0,56', '1.174.743', '1\u202f174\u202f743', '2\u00a0955,70']);
    expect(looseNumbers('ODS 10.c, §3.5, CONPES 4100, C11b, WP/22/218, 2023-2025, US$200, {n:0.56}')).toEqual([]);
  });
});

describe('the model words on screen', () => {
  it('a Spanish source note shows its decimals as the region writes them', () => {
    expect(parameter('es', 'es-CO', 'slackLow')?.source).toContain('0,23/0,41 = 0,56');
    expect(parameter('es', 'es-MX', 'slackLow')?.source).toContain('0.23/0.41 = 0.56');
    expect(parameter('es', 'es-MX', 'slackLow')?.source).toContain('costo del 0.23% del PIB');
    expect(lever('es', 'es-CO', 'absorptionInvestmentPctGdp')?.references.map((r) => r.label)).toEqual([
      'Costo fiscal en Colombia, 2019: 0,5% del PIB',
      'Costo con acceso bajo (Banco Mundial): 0,23% del PIB',
    ]);
    expect(lever('es', 'es-MX', 'absorptionInvestmentPctGdp')?.references[0]?.label).toBe('Costo fiscal en Colombia, 2019: 0.5% del PIB');
    expect(parameter('es', 'es-MX', 'venezuelanStockGrowth2019')?.source).toContain('1,174,743 venezolanos');
    expect(parameter('es', 'es-CO', 'venezuelanStockGrowth2019')?.source).toContain('1.174.743 venezolanos');
  });

  it('every language follows the region format, English too', () => {
    expect(parameter('en', 'es-CO', 'slackLow')?.source).toContain('0,23/0,41 = 0,56');
    expect(parameter('en', 'en-US', 'slackLow')?.source).toContain('0.23/0.41 = 0.56');
    expect(parameter('pt', 'pt-BR', 'slackLow')?.source).toContain('0,23/0,41 = 0,56');
    expect(parameter('pt', 'en-US', 'slackLow')?.source).toContain('0.23/0.41 = 0.56');
    expect(parameter('fr', 'fr-FR', 'inflowTaper')?.note).toContain('0,9');
    expect(parameter('fr', 'es-MX', 'inflowTaper')?.note).toContain('0.9');
  });

  it('years and identifiers stay as written', () => {
    const cap = lever('es', 'fr-FR', 'remittanceCostTargetPct');
    expect(cap?.source).toContain('Meta 10.c de los ODS');
    expect(cap?.source).toContain('para 2030');
    expect(cap?.source).toContain('WDI SI.RMT.COST.IB.ZS hasta 2023');
    expect(cap?.references[0]?.label).toMatch(/^ODS 10\.c: tope del 3\s%/u);
    expect(parameter('en', 'es-CO', 'adminCostPerPermitUsd')?.source).toContain('CONPES 4100');
    expect(parameter('es', 'es-CO', 'exitRate')?.source).toContain('§3.5');
    expect(parameter('es', 'es-CO', 'exitRate')?.source).toContain('junio de 2020');
  });

  it('no "{n:" reaches the screen in any language and region format', () => {
    for (const language of LANGUAGES) {
      for (const format of REGION_FORMATS) {
        const { levers, parameters, outputs } = localizeEngine(engine, language, format);
        const shown = JSON.stringify([levers, parameters, outputs]);
        expect(shown, `${language} ${format}`).not.toContain('{n:');
      }
    }
  });

  it('the screen engine is kept per language and format, and a switch back hands the same one', () => {
    expect(localizeEngine(engine, 'es', 'es-CO')).toBe(localizeEngine(engine, 'es', 'es-CO'));
    expect(localizeEngine(engine, 'es', 'es-CO')).not.toBe(localizeEngine(engine, 'es', 'es-MX'));
    expect(localizeEngine(engine, 'en', 'en-US').regions).toBe(engine.regions);
  });

  it('the language-free catalogues (workbook, methodology tables, command line) read as English writes numbers', () => {
    expect(parameterDefs().find((p) => p.id === 'slackLow')?.source).toContain('0.23/0.41 = 0.56');
    expect(parameterDefs().find((p) => p.id === 'venezuelanStockGrowth2019')?.source).toContain('1,174,743 Venezuelans');
    expect(leverDefs()[0]?.references[0]?.label).toBe('SDG 10.c: cap at 3% (the average target)');
    expect(JSON.stringify([leverDefs(), parameterDefs(), outputDefs()])).not.toContain('{n:');
    // A language's words in a region format: es-CO writes 0,56; without one, the language's main region (es-419) 0.56.
    expect(modelCataloguesIn('es', 'es-CO').parameters.find((p) => p.id === 'slackLow')?.source).toContain('0,23/0,41 = 0,56');
    expect(modelCataloguesIn('es').parameters.find((p) => p.id === 'slackLow')?.source).toContain('0.23/0.41 = 0.56');
  });
});

describe('translations say the same numbers as English', () => {
  const catalogues = () => ({ levers: leverDefs(), parameters: parameterDefs(), outputs: outputDefs() });

  it('English writes every region-dependent number as {n:…}', () => {
    expect(modelTextNumberProblems(englishModelText())).toEqual([]);
  });

  for (const language of Object.keys(MODEL_TEXT_FILES) as Language[]) {
    it(`${language}: each field carries English's numbers, none written in one region's format`, () => {
      const text = modelTextFor(language);
      expect(text).not.toBeNull();
      expect(modelTextNumberProblems(text as ModelText, englishModelText())).toEqual([]);
    });
  }

  it('finds a changed number, a missing one and one written as a region writes it', () => {
    const es = structuredClone(modelTextFor('es')) as ModelText;
    const slackLow = es.parameters.slackLow;
    const taper = es.parameters.inflowTaper;
    if (!slackLow || !taper?.note) throw new Error('fixture: slackLow and inflowTaper have words');
    slackLow.source = slackLow.source.replace('{n:0.56}', '{n:0.65}');
    taper.note = taper.note.replace('{n:0.9}', '0,9');
    const problems = modelTextProblems(es, catalogues(), englishModelText());
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(expect.arrayContaining([
      'parameters.slackLow.source: numbers {n:0.23} {n:0.23%} {n:0.41} {n:0.41%} {n:0.65} where English has {n:0.23} {n:0.23%} {n:0.41} {n:0.41%} {n:0.56}',
      'parameters.inflowTaper.note: write "0,9" as {n:…}',
      'parameters.inflowTaper.note: numbers none where English has {n:0.9}',
    ]));
  });

  it('the schema refuses a number that does not parse', () => {
    const es = structuredClone(MODEL_TEXT_FILES.es) as { parameters: Record<string, { source: string }> };
    const slackLow = es.parameters.slackLow;
    if (!slackLow) throw new Error('fixture: slackLow has words');
    slackLow.source = slackLow.source.replace('{n:0.56}', '{n:0,56}');
    expect(modelTextSchema.safeParse(es).success).toBe(false);
  });
});
