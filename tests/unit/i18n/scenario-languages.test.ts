// A scenario saved while the screen is in one language and region format opens in another with the same numbers:
// the file keeps ids and plain numbers, never words or locale-formatted digits.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, parseScenarioText, SCENARIO_RULES, serialiseScenario, toScenarioInputs } from '../../../shared/scenario';
import { modelBaseline } from '../../../shared/data';
import { project } from '../../../shared/model';
import { readTypedValue } from '../../../renderer/features/levers/typed-value';
import { formatGrouped, setNumberLocale } from '../../../renderer/i18n/format';
import { setMessageLanguage, t } from '../../../renderer/i18n/t';

afterEach(() => {
  setMessageLanguage('en');
  setNumberLocale('en', 'en');
});

describe('a scenario across languages', () => {
  it('saved in Spanish with Colombian digits, opened in English with US digits: the same inputs and projection', () => {
    setMessageLanguage('es');
    setNumberLocale('es-CO', 'es');
    const typed = readTypedValue('7,5', { min: 0, max: 20, unit: '%' }, 'es-CO');
    expect(typed.ok).toBe(true);
    const value = typed.ok ? typed.value : NaN;
    const doc = defaultScenario(t('title.untitled'));
    const spanish = { ...doc, levers: { ...doc.levers, remittanceCostTargetPct: value, regularisationRatePerYear: 0.3 } };
    const file = serialiseScenario(spanish);
    expect(file).toContain('"remittanceCostTargetPct": 7.5');
    const inSpanish = project(modelBaseline(), toScenarioInputs(spanish));
    const shownInSpanish = formatGrouped(inSpanish.regions.COL?.scenario.migrantsRegular[10] ?? NaN, 0);

    setMessageLanguage('en');
    setNumberLocale('en-US', 'en');
    const opened = parseScenarioText(file, SCENARIO_RULES);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.name).toBe('Escenario sin título'); // the user's own words stay as written
    expect(opened.value.levers).toEqual(spanish.levers);
    const inEnglish = project(modelBaseline(), toScenarioInputs(opened.value));
    expect(inEnglish).toEqual(inSpanish);
    // On screen the digits are grouped differently and the words change; the number is the same.
    const shownInEnglish = formatGrouped(inEnglish.regions.COL?.scenario.migrantsRegular[10] ?? NaN, 0);
    expect(shownInEnglish).not.toBe(shownInSpanish);
    expect(shownInEnglish.replace(/\D/g, '')).toBe(shownInSpanish.replace(/\D/g, ''));
  });
});
