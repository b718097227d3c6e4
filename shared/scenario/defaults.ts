// The document a new scenario starts from: no levers, which is the baseline.
import { SCENARIO_FORMAT, SCENARIO_SCHEMA_VERSION, type ScenarioDocument, type ScenarioView } from './document';

/** Charts a new scenario shows first: one per module, the outputs analysts ask about first. */
export const DEFAULT_CHARTS: readonly string[] = ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd'];

export const defaultView = (): ScenarioView => ({ region: 'LAC', lens: 'host', charts: [...DEFAULT_CHARTS] });

export function defaultScenario(name = 'Untitled scenario'): ScenarioDocument {
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
