// Builds the parameter values of one run: every parameter at its default, low or high value,
// except the ones the scenario pins (scenario.parameters), which keep the user's value in every run.
import { PARAMETERS } from './catalogue';
import type { ParamValues, ParameterId } from './parameter-ids';

export type ParameterSet = 'default' | 'low' | 'high';

export function parameterValues(set: ParameterSet, overrides: Readonly<Record<string, number>> = {}): ParamValues {
  const values: Record<string, number> = {};
  for (const p of PARAMETERS) {
    const pinned = overrides[p.id];
    values[p.id] = pinned !== undefined ? pinned : p[set];
  }
  return values as ParamValues;
}

/** The same values with one parameter replaced (used by one-at-a-time sensitivity). */
export function withParameter(values: ParamValues, id: ParameterId, value: number): ParamValues {
  return { ...values, [id]: value };
}
