// File names for scenarios, the same on the desktop (Documents/Puente), in browser storage and in downloads:
// the scenario name, readable, safe on Windows, macOS and Linux, made unique with " (2)", " (3)"… like a
// file manager would.
export const SCENARIO_EXTENSION = '.puente.json';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Plan: 2030 / ministry" → "Plan 2030 ministry.puente.json"; never empty, never a reserved name. */
export function fileNameFor(scenarioName: string): string {
  let stem = scenarioName
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  // Cut by code points, not UTF-16 units: half an emoji would be written to disk as "\uFFFD" and no longer
  // match the name it was checked against.
  stem = Array.from(stem).slice(0, 80).join('').replace(/[.\s]+$/g, '');
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = `Scenario ${stem}`.trim();
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
