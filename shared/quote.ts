// Echoing untrusted text (a file's keys and values, command-line arguments) inside a message. Control
// characters are shown as \u escapes, so escape codes from a file never reach a terminal (retitling the
// window, clearing the screen) and bidi overrides never reorder what the user reads; echoes are cut short,
// so a 4 MB value gives a one-line message.

// C0 and C1 controls, DEL, and the invisible direction marks and overrides.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeControl = (c: string): string => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** At most `max` code points (never half an emoji), with "…" when something was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}

/** `value` in double quotes, control characters escaped, cut to about `max` characters. */
export function quote(value: string, max = 80): string {
  return `"${cut(value.replace(CONTROL, escapeControl), max)}"`;
}

/** A whole message made safe to print: control characters escaped, and cut to `max` characters. */
export function plainMessage(message: string, max = 300): string {
  return cut(message.replace(CONTROL, escapeControl), max);
}
