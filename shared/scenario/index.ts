// Scenario documents: the rules they are checked against, and what the engine needs from them.
import { COUNTRIES } from '../data';
import { AGGREGATE_IDS, leverDefs, OUTPUT_IDS, parameterDefs } from '../model';
import type { ScenarioInputs } from '../model/types';
import type { ScenarioDocument } from './document';
import type { ScenarioRules } from './rules';

const countryCodes = new Set(COUNTRIES.map((c) => c.iso3));

/**
 * The rules every scenario file is checked against: the model's levers, parameters and countries. The catalogues
 * are read on first use (getters), so importing the codec parses no data.
 */
export const SCENARIO_RULES: ScenarioRules = {
  get levers() {
    return leverDefs();
  },
  get parameters() {
    return parameterDefs();
  },
  countryCodes,
  regionIds: new Set([...AGGREGATE_IDS, ...countryCodes]),
  outputIds: new Set(OUTPUT_IDS),
};

/** The part of a document the projection engine reads. */
export function toScenarioInputs(doc: ScenarioDocument): ScenarioInputs {
  return { levers: doc.levers, countries: doc.countries, parameters: doc.parameters };
}

export * from './document';
export { defaultScenario, defaultView, DEFAULT_CHARTS } from './defaults';
export { parseNewerScenarioText, parseScenarioText, parseScenarioValue, serialiseScenario, tooLarge, type ScenarioError, type ScenarioFailure, type ScenarioParse } from './codec';
export { scenarioProblemSchema, type ScenarioProblem } from './problems';
export { checkLeverValue, checkParameterValue, type ScenarioRules } from './rules';
export { MIGRATIONS, checkMigrationRegistry } from './migrations';
export { MAX_SCENARIO_BYTES } from './guard';
