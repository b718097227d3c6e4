// What a valid scenario may contain: the levers, parameters and countries the model knows.
import type { LeverDef, ParameterDef } from '../model/types';

export interface ScenarioRules {
  levers: readonly LeverDef[];
  parameters: readonly ParameterDef[];
  /** ISO3 codes a per-country override may name. */
  countryCodes: ReadonlySet<string>;
  /** Region ids the view may select (countries plus aggregates). */
  regionIds: ReadonlySet<string>;
  /** Output ids a chart may show. */
  outputIds: ReadonlySet<string>;
}

export { checkLeverValue, checkParameterValue } from '../model/value-checks';
