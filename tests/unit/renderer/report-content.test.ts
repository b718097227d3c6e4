// What the PDF report says beside its numbers: the charts a comparison draws, the sources as a minister reads
// them, and the summary's wording.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenarioText, SCENARIO_RULES, toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import { defaultScenario } from '../../../shared/scenario';
import { createEngine } from '../../../renderer/compute/engine';
import { changedAssumptions, comparedCharts, MAX_COMPARED_CHARTS, plainSource, reportSources, reportSummary } from '../../../renderer/print/report-content';
import { valueWithUnit } from '../../../renderer/features/levers/display-units';
import { localizeEngine } from '../../../renderer/compute/localized-engine';
import { setNumberLocale } from '../../../renderer/i18n/format';
import { setMessageLanguage } from '../../../renderer/i18n/t';
import { MAIN_REGION_FORMAT, type Language } from '../../../shared/i18n/languages';

const engine = createEngine();
const fixture = (name: string): ScenarioDocument => {
  const parsed = parseScenarioText(readFileSync(`tests/fixtures/reports/${name}.puente.json`, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const regularise = fixture('regularise-colombia');
const remittances = fixture('cheaper-remittances');

describe('the charts of a comparison report', () => {
  it('draws what each compared scenario was saved showing, not only the first one’s', () => {
    const ids = comparedCharts([regularise, remittances], engine.outputs).map((d) => d.id);
    // Each scenario's own first charts come before either one's later ones.
    expect(ids.slice(0, 2)).toEqual([regularise.view.charts[0], remittances.view.charts[0]]);
    expect(ids).toEqual(expect.arrayContaining(['migrantsRegular', 'remittancesUsd', 'remittancesPctGdp', 'formalJobsMigrants']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(MAX_COMPARED_CHARTS);
  });

  it('has the sources of every chart it draws', () => {
    const charts = comparedCharts([regularise, remittances], engine.outputs);
    const sources = reportSources([regularise, remittances], charts, engine, 'COL').map((s) => s.what);
    for (const def of charts) expect(sources).toContain(def.label);
  });

  it('draws the usual four for scenarios saved without a chart list, and never more than the cap', () => {
    const bare = { ...defaultScenario('Bare'), view: { ...defaultScenario('Bare').view, charts: [] } };
    expect(comparedCharts([bare, bare], engine.outputs).map((d) => d.id)).toEqual(['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd']);
    const many = engine.outputs.map((o) => o.id);
    const wide = { ...bare, view: { ...bare.view, charts: many } };
    expect(comparedCharts([wide, wide, wide, wide], engine.outputs)).toHaveLength(MAX_COMPARED_CHARTS);
  });
});

describe('sources as a minister reads them', () => {
  const every = [...engine.levers, ...engine.parameters, ...engine.outputs];
  const ids = new Set(every.map((d) => d.id));

  it('name no file of the repository and no internal id, for every source in the catalogues', () => {
    for (const def of every) {
      const text = plainSource(def.source, engine);
      expect(text, def.id).not.toMatch(/\b(data|docs)\/|\.json\b|\.md\b/);
      for (const word of text.match(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g) ?? []) expect(ids.has(word), `${def.id}: ${word}`).toBe(false);
    }
  });

  it('says what a cited file is and names parameters by their labels', () => {
    const text = plainSource('UNHCR counts (data/observed); shifts in data/model/parameters.json: inflowShiftLow.', engine);
    const label = engine.parameters.find((p) => p.id === 'inflowShiftLow')?.label;
    expect(label).toBeDefined();
    expect(text).toBe(`UNHCR counts (Puente’s table of observed data); shifts in Puente’s parameter table: ${label}.`);
  });
});

describe('the summary’s wording', () => {
  it('writes a calendar year without a unit, one year in the singular and a per-cent value as the screen writes it', () => {
    expect(valueWithUnit('2027', 2027, 'year')).toBe('2027');
    expect(valueWithUnit('1', 1, 'years of running cost')).toBe('1 year of running cost');
    expect(valueWithUnit('2.5', 2.5, 'years')).toBe('2.5 years');
    expect(valueWithUnit('60', 60, 'share per year')).toBe('60 % per year');
    expect(valueWithUnit('120', 120, 'US$ per permit')).toBe('120 USD per permit');
  });

  it('reads as sentences: target year plainly, every label exactly as the screen writes it, a count of further changes', () => {
    const text = reportSummary(remittances, engine.project(toScenarioInputs(remittances)), engine, 'GTM');
    expect(text).toContain('Year the cap is reached to 2027 (baseline 2030)');
    expect(text).not.toMatch(/\d year\b/);
    const five = { ...regularise, parameters: { ...regularise.parameters, lapseRate: 0.3 } };
    const withFive = reportSummary(five, engine.project(toScenarioInputs(five)), engine, 'COL');
    expect(withFive).toContain('. It makes one further change, listed below.');
    const summary = reportSummary(regularise, engine.project(toScenarioInputs(regularise)), engine, 'COL');
    expect(summary).toContain('Administrative cost per permit to 120 USD per permit (baseline 50 USD per permit)');
    // Every label the summary names is written as on screen, capitals and all; none is lowered.
    const labels = [...engine.levers, ...engine.parameters, ...engine.outputs].map((d) => d.label);
    const named = labels.filter((l) => summary.includes(l));
    expect(named).toEqual(expect.arrayContaining(['Regularisation rate', 'Absorption capacity', 'GDP contribution of migrants', 'Formal jobs held by migrants']));
    for (const label of labels) expect(summary, label).not.toContain(label.charAt(0).toLowerCase() + label.slice(1) + ' ');
  });

  it('names a single change as one, its label as written', () => {
    const one = { ...remittances, levers: { ...remittances.levers } } as ScenarioDocument;
    delete (one.levers as Record<string, unknown>).remittanceCostTargetYear;
    const text = reportSummary(one, engine.project(toScenarioInputs(one)), engine, 'GTM');
    expect(text).toMatch(/changes one assumption from the baseline: Remittance cost cap to 3 % of USD 200 \(baseline [\d.]+ % of USD 200\)\./);
    const natives = { ...defaultScenario('Natives'), parameters: { nativeEmploymentToPopulation: 0.5 } } as ScenarioDocument;
    expect(reportSummary(natives, engine.project(toScenarioInputs(natives)), engine, 'COL')).toContain(
      "changes one assumption from the baseline: Natives' employment-to-population ratio to 50 % (baseline 45 %).",
    );
  });
});

describe('the report’s values in Spanish and French', () => {
  const inLanguage = (language: Language): void => {
    setMessageLanguage(language);
    setNumberLocale(MAIN_REGION_FORMAT[language], language);
  };
  afterEach(() => inLanguage('en'));

  it('decide on the model’s unit, not on its translated words: a year bare, a count of years by the plural', () => {
    inLanguage('es');
    expect(valueWithUnit('2027', 2027, 'year')).toBe('2027');
    expect(valueWithUnit('1', 1, 'years of running cost')).toBe('1 año de costo corriente');
    expect(valueWithUnit('3', 3, 'years of running cost')).toBe('3 años de costo corriente');
    expect(valueWithUnit('1', 1, 'years')).toBe('1 año');
    inLanguage('fr');
    expect(valueWithUnit('2027', 2027, 'year')).toBe('2027');
    expect(valueWithUnit('1,5', 1.5, 'years of running cost')).toBe('1,5 année de coût de fonctionnement');
    expect(valueWithUnit('2', 2, 'years')).toBe('2 ans');
  });

  it('write a per-cent value as the screen does, the number then its unit words', () => {
    inLanguage('es');
    expect(valueWithUnit('60', 60, 'share per year')).toBe('60 % por año');
    inLanguage('fr');
    expect(valueWithUnit('60', 60, 'share per year')).toBe('60 % par an');
  });

  it('read as sentences in the summary and the table of changes', () => {
    for (const language of ['es', 'fr'] as const) {
      inLanguage(language);
      const localized = localizeEngine(engine, language, MAIN_REGION_FORMAT[language]);
      const summary = reportSummary(remittances, localized.project(toScenarioInputs(remittances)), localized, 'GTM');
      expect(summary, language).toMatch(/2027 \((base|référence)\s?: 2030\)/);
      expect(summary, language).not.toMatch(/\d (año|année)\b/);
      const rate = changedAssumptions(regularise, localized, 'COL').find((c) => c.id === 'lever:regularisationRatePerYear');
      expect(rate?.scenario, language).toBe(`60 % ${language === 'es' ? 'por año' : 'par an'}`);
    }
  });
});
