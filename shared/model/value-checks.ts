// Range checks of one lever or parameter value against its definition. They return what is wrong as data (the
// bounds, the unit and what was found), so the screen and the command line can say it in the user's words; the
// scenario codec (files, IPC) carries it as a ScenarioProblem. describeValueProblem() is the technical one-liner
// for the engine's own guard and for logs.
import { plainMessage } from '../quote';
import type { LeverDef, ParameterDef } from './types';

/** What was found is echoed from a file: control characters escaped and cut, so a message stays one short line. */
const echo = (value: unknown): string => plainMessage(value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value)), 80);

export type ValueProblem =
  | { kind: 'not-number'; min: number; max: number; unit: string; found: string }
  | { kind: 'range'; min: number; max: number; unit: string; found: number }
  | { kind: 'not-whole'; min: number; max: number; unit: string; found: number }
  | { kind: 'choice'; choices: string[]; found: string };

/** What is wrong with a lever value, or null when it is allowed. */
export function leverValueProblem(def: LeverDef, value: unknown): ValueProblem | null {
  if (def.kind === 'choice') {
    const choices = [...(def.choices ?? [])];
    if (typeof value !== 'string' || !choices.includes(value)) return { kind: 'choice', choices, found: typeof value === 'string' ? plainMessage(value, 80) : echo(value) };
    return null;
  }
  const bounds = { min: def.min ?? Number.NEGATIVE_INFINITY, max: def.max ?? Number.POSITIVE_INFINITY, unit: def.unit };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'not-number', ...bounds, found: echo(value) };
  if (value < bounds.min || value > bounds.max) return { kind: 'range', ...bounds, found: value };
  if (def.step !== undefined && Number.isInteger(def.step) && def.step >= 1 && !Number.isInteger(value)) return { kind: 'not-whole', ...bounds, found: value };
  return null;
}

/** What is wrong with an advanced parameter value, or null when it is allowed. */
export function parameterValueProblem(def: ParameterDef, value: unknown): ValueProblem | null {
  const bounds = { min: def.min, max: def.max, unit: def.unit };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'not-number', ...bounds, found: echo(value) };
  if (value < def.min || value > def.max) return { kind: 'range', ...bounds, found: value };
  return null;
}

const formatBound = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6))));

/** A technical one-liner naming the field and the allowed range (not for the screen, which words the problem itself). */
export function describeValueProblem(field: string, problem: ValueProblem): string {
  if (problem.kind === 'choice') return `${field} must be one of ${problem.choices.map((c) => `"${c}"`).join(', ')}; got ${JSON.stringify(problem.found)}`;
  const range = `allowed ${formatBound(problem.min)} to ${formatBound(problem.max)} (${problem.unit})`;
  if (problem.kind === 'not-number') return `${field} must be a number; ${range}; got ${problem.found}`;
  if (problem.kind === 'range') return `${field} is ${problem.found}, out of range; ${range}`;
  return `${field} must be a whole number; ${range}; got ${problem.found}`;
}

/** Checks one lever value; a technical message naming the field and the allowed range, or null. */
export function checkLeverValue(def: LeverDef, value: unknown, field: string): string | null {
  const problem = leverValueProblem(def, value);
  return problem && describeValueProblem(field, problem);
}

/** Checks one advanced parameter value; a technical message naming the field and the allowed range, or null. */
export function checkParameterValue(def: ParameterDef, value: unknown, field: string): string | null {
  const problem = parameterValueProblem(def, value);
  return problem && describeValueProblem(field, problem);
}
