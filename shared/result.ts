// The typed result every layer returns instead of throwing across a boundary (IPC, file, CLI).
// Neutral module: host, scenario and data code all import it, and it imports nothing.

/**
 * What a failure says besides its code, for the layer that words it (the renderer's catalogue, the CLI): a file
 * name, an errno code ("ENOSPC"), a number of seconds. Never words.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

export type Result<T, E extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: E; message: string; params?: ErrorParams };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
/** A failure: its code, a diagnostic message (logs, tests), and the parameters the words are made from. */
export const err = <E extends string>(code: E, message: string, params?: ErrorParams): { ok: false; code: E; message: string; params?: ErrorParams } =>
  params ? { ok: false, code, message, params } : { ok: false, code, message };
