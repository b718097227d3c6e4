// File names for scenarios, the same on the desktop (Documents/Puente), in browser storage and in downloads:
// the scenario name, readable, safe on Windows, macOS and Linux, made unique with " (2)", " (3)"… like a
// file manager would.
export const SCENARIO_EXTENSION = '.puente.json';
/** Windows device names, superscript digits and the console's own included. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³]|conin\$|conout\$)$/i;
/** Windows sees a device in the part before the first dot, trailing spaces ignored: "nul.txt", "Aux. plan". */
const isWindowsReserved = (stem: string): boolean => WINDOWS_RESERVED.test((stem.split('.')[0] ?? '').trimEnd());

/**
 * Longest file name made, in UTF-8 bytes, " (9999)" and the extension included. Disks allow 255 bytes per name
 * and a temp file adds ~25 around it; 56 emoji or 75 CJK characters used to pass that limit and could not be saved.
 */
export const MAX_FILE_NAME_BYTES = 200;
const MAX_STEM_BYTES = MAX_FILE_NAME_BYTES - ' (9999)'.length - SCENARIO_EXTENSION.length;
const MAX_STEM_CHARACTERS = 80;

/** UTF-8 length of a string, without the DOM's TextEncoder (this module is pure). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** User-perceived characters, so a cut never splits an emoji or an accent from its letter. */
function graphemes(text: string): string[] {
  return typeof Intl.Segmenter === 'function' ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment) : Array.from(text);
}

/** The longest start of `text` within both limits. */
function cutStem(text: string): string {
  let stem = '';
  let bytes = 0;
  let count = 0;
  for (const g of graphemes(text)) {
    const size = utf8Length(g);
    if (count + 1 > MAX_STEM_CHARACTERS || bytes + size > MAX_STEM_BYTES) break;
    stem += g;
    bytes += size;
    count += 1;
  }
  return stem;
}

/** "Plan: 2030 / ministry" → "Plan 2030 ministry.puente.json"; never empty, never a reserved name. */
export function fileNameFor(scenarioName: string): string {
  let stem = scenarioName
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by whole characters, within a byte budget: half an emoji would be written to disk as "\uFFFD" and no
  // longer match the name it was checked against.
  stem = cutStem(stem).replace(/[.\s]+$/g, '');
  if (!stem || isWindowsReserved(stem)) stem = `Scenario ${stem}`.trim();
  return `${stem}${SCENARIO_EXTENSION}`;
}

/** `wanted` if no name in `taken` equals it (ignoring case), else "name (2).puente.json", "name (3)…". */
export function uniqueFileName(wanted: string, taken: readonly string[]): string {
  // Compared as the file system sees them: case-insensitive (Windows, macOS) and NFC (macOS stores NFD).
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const used = new Set(taken.map(key));
  if (!used.has(key(wanted))) return wanted;
  const stem = wanted.slice(0, -SCENARIO_EXTENSION.length);
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${SCENARIO_EXTENSION}`;
    if (!used.has(key(candidate))) return candidate;
  }
}
