// Safe, readable file names for scenarios, valid on Windows, macOS and Linux.
import { readdir } from 'node:fs/promises';

export const SCENARIO_EXTENSION = '.puente.json';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Plan: 2030 / ministry" → "Plan 2030 ministry.puente.json"; never empty, never a reserved name. */
export function fileNameFor(scenarioName: string): string {
  let stem = scenarioName
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80)
    .trim();
  if (!stem || WINDOWS_RESERVED.test(stem)) stem = `Scenario ${stem}`.trim();
  return `${stem}${SCENARIO_EXTENSION}`;
}

/** The name itself if free in dir (or equal to `current`), else "name (2).puente.json", "name (3)…". */
export async function uniqueName(dir: string, wanted: string, current?: string): Promise<string> {
  const taken = new Set((await readdir(dir).catch(() => [] as string[])).map((n) => n.toLowerCase()));
  if (current) taken.delete(current.toLowerCase());
  if (!taken.has(wanted.toLowerCase())) return wanted;
  const stem = wanted.slice(0, -SCENARIO_EXTENSION.length);
  for (let n = 2; ; n += 1) {
    const candidate = `${stem} (${n})${SCENARIO_EXTENSION}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
