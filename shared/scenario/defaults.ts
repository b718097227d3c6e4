// The document a new scenario starts from: no levers, which is the baseline.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type ScenarioDocument, type ScenarioView } from './document';

/** Charts a new scenario shows first: one per module, the outputs analysts ask about first. */
export const DEFAULT_CHARTS: readonly string[] = ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd'];

export const defaultView = (): ScenarioView => ({ region: 'LAC', lens: 'host', charts: [...DEFAULT_CHARTS] });

/**
 * The name of a scenario nobody has named: what a new scenario starts with and what a file without a name reads as.
 * A value of the file format, never shown as such: the screen words it in its own language ("Escenario sin título"),
 * so a scenario made under one language does not keep that language's word after a switch.
 */
export const UNTITLED_NAME = 'Untitled scenario';

export function defaultScenario(name = UNTITLED_NAME): ScenarioDocument {
  return {
    format: SCENARIO_FORMAT,
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name,
    author: '',
    notes: '',
    createdAt: null,
    updatedAt: null,
    appVersion: null,
    baseline: null,
    levers: {},
    countries: {},
    parameters: {},
    view: defaultView(),
  };
}
