// Builds the parameter values of one run: every parameter at its default, low or high value (as the baseline's
// anchor defines them), except the ones the scenario pins, which keep the user's value in every run.
import { parameterDefs } from './catalogue';
import type { ParamValues, ParameterId } from './parameter-ids';
import type { ParameterDef, ParameterOverride } from './types';
import type { ParameterSet } from './run-context';

export type { ParameterSet } from './run-context';

/** A parameter's default, low and high value under an anchor (the paper-anchored run replaces a few). */
export function parameterRange(def: ParameterDef, overrides: Readonly<Record<string, ParameterOverride>> = {}): ParameterOverride {
  return overrides[def.id] ?? { default: def.default, low: def.low, high: def.high };
}

export function parameterValues(
  set: ParameterSet,
  pinned: Readonly<Record<string, number>> = {},
  overrides: Readonly<Record<string, ParameterOverride>> = {},
): ParamValues {
  const values: Record<string, number> = {};
  for (const def of parameterDefs()) {
    const value = pinned[def.id];
    values[def.id] = value !== undefined ? value : parameterRange(def, overrides)[set];
  }
  return values as ParamValues;
}

/** The same values with one parameter replaced (one-at-a-time sensitivity, band directions). */
export function withParameter(values: ParamValues, id: ParameterId, value: number): ParamValues {
  return { ...values, [id]: value };
}

let knownInHistory: readonly ParameterId[] | null = null;
/** Parameters whose past values are known: in history years the low and high runs keep them at their central value. */
export function parametersKnownInHistory(): readonly ParameterId[] {
  knownInHistory ??= parameterDefs().filter((d) => d.knownInHistory).map((d) => d.id as ParameterId);
  return knownInHistory;
}

/** The values a run uses in history years: `p`, except the parameters known in history, at their central value. */
export function historyValues(p: ParamValues, central: ParamValues): ParamValues {
  const known = parametersKnownInHistory();
  if (known.every((id) => p[id] === central[id])) return p;
  const values: Record<string, number> = { ...p };
  for (const id of known) values[id] = central[id];
  return values as ParamValues;
}
