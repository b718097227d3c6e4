// What a session (a browser tab, a desktop window's page) has on screen, kept so that reloading the page reopens it:
// the scenario (its lasting locator, or null for one never saved) and the view (place, lens, charts), which browsing
// changes without making the work unsaved. Unsaved work itself is in the session's autosave (autosave-records.ts).
// Records are read back through zod: other versions and other tabs write the same storage.
import { z } from 'zod';
import type { ScenarioView } from '../scenario/document';

export const SESSION_PREFIX = 'session/';

/** One record per session: "session/<session>". */
export const sessionKey = (session: string): string => `${SESSION_PREFIX}${session}`;

export const viewSchema = z.strictObject({
  region: z.string().max(10),
  lens: z.enum(['host', 'origin']),
  charts: z.array(z.string().max(60)).max(20),
});

const record = z.strictObject({
  savedAt: z.number(),
  locator: z.string().max(4096).nullable(),
  view: viewSchema,
});

export interface SessionRecord {
  savedAt: number;
  locator: string | null;
  view: ScenarioView;
}

/** A session record, or null when it is missing, torn or foreign. */
export function readSessionRecord(raw: string | undefined): SessionRecord | null {
  if (raw === undefined) return null;
  try {
    const parsed = record.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
