// Autosave of the working copy to a side file, so a crash loses at most a few seconds of work.
// The user's own file changes only on an explicit Save; after a crash the app offers the side file back.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { parseScenarioValue, SCENARIO_RULES, type ScenarioDocument } from '../../shared/scenario';
import { writeFileAtomic } from './atomic-write';

const SLOT = /^[a-z0-9-]{1,40}$/;

const sideFileSchema = z.strictObject({
  savedAt: z.number(),
  /** The scenario reference the working copy belongs to, or null for a never-saved scenario. */
  ref: z.string().max(64).nullable(),
  fileName: z.string().max(300).nullable(),
  /** Where the scenario's own file is; kept in main, never sent to the page. */
  path: z.string().max(4096).nullable().default(null),
  document: z.unknown(),
});

export interface RecoverableWork {
  slot: string;
  savedAt: number;
  ref: string | null;
  fileName: string | null;
  path: string | null;
  document: ScenarioDocument;
}

export function createAutosave(stateDir: string, now: () => number) {
  const dir = join(stateDir, 'autosave');
  const pathOf = (slot: string): string => {
    if (!SLOT.test(slot)) throw new Error(`invalid autosave slot "${slot}"`);
    return join(dir, `${slot}.json`);
  };
  return {
    async write(slot: string, ref: string | null, file: { name: string; path: string } | null, document: ScenarioDocument): Promise<void> {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(pathOf(slot), JSON.stringify({ savedAt: now(), ref, fileName: file?.name ?? null, path: file?.path ?? null, document }));
    },
    async clear(slot: string): Promise<void> {
      await rm(pathOf(slot), { force: true });
    },
    /** Side files left behind by a session that did not end cleanly; unreadable ones are skipped, not deleted. */
    async recoverable(): Promise<RecoverableWork[]> {
      const names = await readdir(dir).catch(() => [] as string[]);
      const found: RecoverableWork[] = [];
      for (const name of names) {
        const slot = name.replace(/\.json$/, '');
        if (!name.endsWith('.json') || !SLOT.test(slot)) continue;
        try {
          const side = sideFileSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
          if (!side.success) continue;
          const doc = parseScenarioValue(side.data.document, SCENARIO_RULES);
          if (doc.ok) {
            const { savedAt, ref, fileName, path } = side.data;
            found.push({ slot, savedAt, ref, fileName, path, document: doc.value });
          }
        } catch {
          // A torn or foreign side file is simply not offered.
        }
      }
      return found.sort((a, b) => b.savedAt - a.savedAt);
    },
  };
}
export type Autosave = ReturnType<typeof createAutosave>;
