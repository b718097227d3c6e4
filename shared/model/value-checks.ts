// Range checks of one lever or parameter value against its definition, with a message that names the
// field and the allowed range. Used by the scenario codec (files, IPC) and by the engine's own guard.
import type { LeverDef, ParameterDef } from './types';

const formatBound = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6))));

/** Checks one lever value against its definition; returns a message naming the field and the allowed range, or null. */
export function checkLeverValue(def: LeverDef, value: unknown, field: string): string | null {
  if (def.kind === 'choice') {
    const choices = def.choices ?? [];
    if (typeof value !== 'string' || !choices.includes(value)) {
      return `${field} must be one of ${choices.map((c) => `"${c}"`).join(', ')}; got ${JSON.stringify(value)}`;
    }
    return null;
  }
  const min = def.min ?? Number.NEGATIVE_INFINITY;
  const max = def.max ?? Number.POSITIVE_INFINITY;
  const range = `allowed ${formatBound(min)} to ${formatBound(max)} (${def.unit})`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field} must be a number; ${range}; got ${JSON.stringify(value)}`;
  if (value < min || value > max) return `${field} is ${value}, out of range; ${range}`;
  if (def.step !== undefined && Number.isInteger(def.step) && def.step >= 1 && !Number.isInteger(value)) {
    return `${field} must be a whole number; ${range}; got ${value}`;
  }
  return null;
}

/** Checks one advanced parameter value; returns a message naming the field and the allowed range, or null. */
export function checkParameterValue(def: ParameterDef, value: unknown, field: string): string | null {
  const range = `allowed ${formatBound(def.min)} to ${formatBound(def.max)} (${def.unit})`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field} must be a number; ${range}; got ${JSON.stringify(value)}`;
  if (value < def.min || value > def.max) return `${field} is ${value}, out of range; ${range}`;
  return null;
}
