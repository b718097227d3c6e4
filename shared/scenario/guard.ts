// Structural guard run before schema parsing: a hostile file is refused before any of it is interpreted.
import { quote } from '../quote';

export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 16;
const MAX_NODES = 50_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a value is unsafe to interpret: what was found (a path, escaped), and a technical message for logs. */
export interface UnsafeStructure {
  kind: 'forbidden-key' | 'too-deep' | 'too-many-values';
  /** The path where it was found, quoted and cut; '' for too-many-values. */
  path: string;
  limit: number;
  message: string;
}

/** Returns why the value is unsafe to interpret, or null when it is safe. */
export function findUnsafeStructure(value: unknown): UnsafeStructure | null {
  let nodes = 0;
  const visit = (node: unknown, path: string, depth: number): UnsafeStructure | null => {
    nodes += 1;
    if (nodes > MAX_NODES) {
      return { kind: 'too-many-values', path: '', limit: MAX_NODES, message: `the file holds more than ${MAX_NODES.toLocaleString('en')} values; a scenario is much smaller` };
    }
    if (depth > MAX_DEPTH) {
      const at = quote(path || '(top level)');
      return { kind: 'too-deep', path: at, limit: MAX_DEPTH, message: `${at} is nested more than ${MAX_DEPTH} levels deep` };
    }
    if (node === null || typeof node !== 'object') return null;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i += 1) {
        const found = visit(node[i], `${path}[${i}]`, depth + 1);
        if (found) return found;
      }
      return null;
    }
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', path: quote(at), limit: 0, message: `the key ${quote(at)} is not allowed in a scenario file` };
      const found = visit((node as Record<string, unknown>)[key], at, depth + 1);
      if (found) return found;
    }
    return null;
  };
  return visit(value, '', 0);
}
