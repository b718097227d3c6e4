// The typed result every layer returns instead of throwing across a boundary (IPC, file, CLI).
// Neutral module: host, scenario and data code all import it, and it imports nothing.
export type Result<T, E extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: E; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E extends string>(code: E, message: string): { ok: false; code: E; message: string } => ({ ok: false, code, message });
