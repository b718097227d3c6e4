// Public surface of the projection engine.
export { project } from './project';
export { sensitivity } from './sensitivity';
export { PARAMETERS, LEVERS, OUTPUTS, PARAMETER_BY_ID, LEVER_BY_ID } from './catalogue';
export { baselineLeverValue, resolveLevers } from './levers';
export type { ResolvedLevers } from './levers';
export { parameterValues } from './parameters';
export type { ParameterSet } from './parameters';
export { PARAMETER_IDS } from './parameter-ids';
export type { ParameterId, ParamValues } from './parameter-ids';
export { AGGREGATE_IDS, countryInRegion, isAggregateId } from './regions';
export { scenarioProblems } from './validate';
export { checkLeverValue, checkParameterValue } from './value-checks';
export * from './types';
