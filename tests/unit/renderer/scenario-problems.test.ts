// Import and validation errors in the user's words (issue 11 §9a): the codec says what is wrong as a code with
// parameters; the screen and the command line word it the same way, naming a lever by its label and a value in the
// unit the screen shows, never a field path and a share.
import { SCENARIO_SCHEMA_VERSION } from '../../../shared/scenario/document';
import { describe, expect, it } from 'vitest';
import { scenarioProblemWords } from '../../../cli/scenario-problem-words';
import { scenarioProblemText } from '../../../renderer/features/file/scenario-problem-text';
import { MAIN_REGION_FORMAT } from '../../../shared/i18n/languages';
import { setNumberLocale } from '../../../renderer/i18n/format';
import { setMessageLanguage } from '../../../renderer/i18n/t';
import { parseScenarioText, SCENARIO_RULES, scenarioProblemSchema, type ScenarioProblem } from '../../../shared/scenario';

const file = (body: Record<string, unknown>) => JSON.stringify({ format: 'puente-scenario', schemaVersion: 2, ...body });
const problemOf = (text: string): ScenarioProblem => {
  const parsed = parseScenarioText(text, SCENARIO_RULES);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problem;
};

const FILES: [string, string, string][] = [
  ['a rate above 100 %', file({ levers: { regularisationRatePerYear: 1.4 } }), 'Regularisation rate must be between 0 and 100 % per year (the file says 140 % per year).'],
  ['a country’s cap out of range', file({ countries: { GTM: { remittanceCostTargetPct: 25 } } }), 'Remittance cost cap for Guatemala must be between 0 and 20 % of USD 200 (the file says 25 % of USD 200).'],
  ['a year that is not whole', file({ levers: { remittanceCostTargetYear: 2025.5 } }), 'Year the cap is reached must be a whole number between 2021 and 2035 (the file says 2025.5).'],
  ['text where a number belongs', file({ levers: { remittanceCostTargetPct: 'three' } }), 'Remittance cost cap must be a number between 0 and 20 % of USD 200 (the file says "three").'],
  ['an unknown choice', file({ levers: { inflowPath: 'extreme' } }), 'Venezuelan inflow path must be Low, Central, or High (the file says “extreme”).'],
  ['an unknown lever', file({ levers: { remitanceCost: 3 } }), 'The file sets “remitanceCost”, which is not one of Puente’s levers. Check its spelling (the Methodology lists them).'],
  ['an unknown country', file({ countries: { XXX: {} } }), 'The file sets levers for “XXX”, which is not a country Puente knows. Use the country’s three-letter ISO code, such as COL, MEX or PER.'],
  ['an unknown field', file({ leavers: {} }), 'The file has a field Puente does not know: “leavers”. Check its spelling.'],
  ['an unknown field in the view', file({ view: { region: 'COL', zoom: 2 } }), 'The file has a field Puente does not know in the view: “zoom”. Check its spelling.'],
  ['a name that is a number', file({ name: 7 }), 'The file gives the name in the wrong form: it must be text.'],
  ['an unknown lens', file({ view: { lens: 'sideways' } }), 'The file gives the lens as a value Puente does not know: it must be “host” or “origin”.'],
  ['an unknown place', file({ view: { region: 'ATL' } }), 'The file’s view shows “ATL”, which is not a place Puente knows: use a country’s three-letter ISO code, or LAC, CAR, CAM or SAM.'],
  ['a version as text', '{"format":"puente-scenario","schemaVersion":"2"}', `The scenario’s format version must be a whole number from 1 to ${SCENARIO_SCHEMA_VERSION}; the file says "2".`],
  ['a newer version', '{"format":"puente-scenario","schemaVersion":9}', `This scenario was saved by a newer version of Puente (format version 9; this app reads up to ${SCENARIO_SCHEMA_VERSION}). Update Puente to open it.`],
  ['not JSON', '{"format":', ''],
  ['empty', '   ', 'The file is empty.'],
  ['another format', '{"format":"excel"}', 'This is not a Puente scenario: its “format” must be “puente-scenario”.'],
  ['a forbidden key', '{"format":"puente-scenario","schemaVersion":2,"levers":{"__proto__":{}}}', 'This file cannot be opened safely: the key "levers.__proto__" is not allowed in a scenario file.'],
];

describe('scenario problems in words', () => {
  it.each(FILES)('%s', (_label, text, words) => {
    const problem = problemOf(text);
    // The problem survives the IPC bridge's schema, and both layers say the same.
    expect(scenarioProblemSchema.parse(problem)).toEqual(problem);
    const screen = scenarioProblemText(problem);
    expect(scenarioProblemWords(problem, 'en')).toBe(screen);
    if (words) expect(screen).toBe(words);
    else expect(screen).toMatch(/^The file is not valid JSON \(.+\)\. It may be truncated or damaged\.$/);
    // Never a field path or a share.
    expect(screen).not.toMatch(/\blevers\.[a-z]|countries\.[A-Z]|RatePerYear|share per year/);
  });

  it('names an advanced parameter by its label and unit', () => {
    const problem = problemOf(file({ parameters: { costSemiElasticity: -50 } }));
    expect(problem).toMatchObject({ kind: 'parameter-value', parameter: 'costSemiElasticity', problem: { kind: 'range', found: -50 } });
    expect(scenarioProblemText(problem)).toMatch(/^[A-Z][^.]* must be between -?[\d.]+ and [\d.]+.* \(the file says -50.*\)\.$/);
  });

  it('keeps echoes of the file escaped and short', () => {
    const problem = problemOf(file({ levers: { 'a\u001bb': 1 } }));
    expect(scenarioProblemText(problem)).toContain('a\\u001bb');
    const huge = problemOf(file({ levers: { regularisationRatePerYear: 'x'.repeat(100_000) } }));
    expect(scenarioProblemText(huge).length).toBeLessThan(220);
  });

  it('names the lever, its unit and the country in the screen’s language', () => {
    setMessageLanguage('es');
    try {
      const problem = problemOf(file({ countries: { PER: { regularisationRatePerYear: 1.4 } } }));
      const words = scenarioProblemText(problem);
      expect(words).toContain('Tasa de regularización');
      expect(words).toContain('% por año');
      expect(words).toContain('Perú');
      expect(words).not.toMatch(/Regularisation rate|per year|Peru\b/);
    } finally {
      setMessageLanguage('en');
    }
  });

  it.each(['es', 'pt', 'fr'] as const)('says the same on screen and on the command line in %s, in that language', (language) => {
    setMessageLanguage(language);
    setNumberLocale(MAIN_REGION_FORMAT[language], language);
    try {
      for (const [label, text] of FILES) {
        const problem = problemOf(text);
        const screen = scenarioProblemText(problem);
        expect(scenarioProblemWords(problem, language), label).toBe(screen);
        if (text.includes('regularisationRatePerYear')) expect(screen, label).not.toMatch(/Regularisation rate|per year|the file says/);
      }
    } finally {
      setMessageLanguage('en');
      setNumberLocale('en', 'en');
    }
  });
});
