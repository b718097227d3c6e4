// The "Recent scenarios" list, kept in the app's state folder. A damaged state file means an empty list,
// never a crash.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const MAX_RECENT = 10;
const recentSchema = z.strictObject({ recent: z.array(z.string().max(4096)).max(100) });

export function createRecentList(stateDir: string) {
  const file = join(stateDir, 'recent-scenarios.json');
  async function load(): Promise<string[]> {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.recent : [];
    } catch {
      return [];
    }
  }
  return {
    load,
    /** Puts a path first, without duplicates, keeping the ten newest. */
    async add(path: string): Promise<string[]> {
      const next = [path, ...(await load()).filter((p) => p !== path)].slice(0, MAX_RECENT);
      await mkdir(stateDir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ recent: next }));
      return next;
    },
    async remove(path: string): Promise<void> {
      await writeFileAtomic(file, JSON.stringify({ recent: (await load()).filter((p) => p !== path) }));
    },
  };
}
