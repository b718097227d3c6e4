// Unique scenario file names in a folder on disk; the naming rule itself is shared with the web library.
import { readdir } from 'node:fs/promises';
import { uniqueFileName } from '../../shared/scenario/file-names';

export { fileNameFor, SCENARIO_EXTENSION } from '../../shared/scenario/file-names';

/** The name itself if free in dir (or equal to `current`), else "name (2).puente.json", "name (3)…". */
export async function uniqueName(dir: string, wanted: string, current?: string): Promise<string> {
  const taken = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.toLowerCase() !== current?.toLowerCase());
  return uniqueFileName(wanted, taken);
}
