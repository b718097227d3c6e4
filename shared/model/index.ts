// Public surface of the projection engine.
export { project } from './project';
export { sensitivity } from './sensitivity';
export { cumulativeEffect, effectAt, effectSeries, type Effect } from './effects';
export { bandPlan, type BandGroup, type CountryBandPlan } from './bands';
export { parameterDefs, leverDefs, outputDefs, parameterDef, leverDef, outputDef, findParameterDef, findLeverDef, LEVER_IDS } from './catalogue';
export { baselineLeverValue, currentCostPct, resolveLevers } from './levers';
export type { ResolvedLevers } from './levers';
export { parameterValues, parameterRange } from './parameters';
export type { ParameterSet } from './parameters';
export { PARAMETER_IDS } from './parameter-ids';
export type { ParameterId, ParamValues } from './parameter-ids';
export { AGGREGATE_IDS, countryInRegion } from './regions';
export { scenarioProblems } from './validate';
export { checkLeverValue, checkParameterValue } from './value-checks';
export { NAMED_YEARS } from './years';
export * from './types';
