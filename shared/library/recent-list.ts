// The "Recent" list: lasting locators of the scenarios opened or saved most recently, newest first.
// A damaged record means an empty list, never a crash.
import { z } from 'zod';

export const RECENT_KEY = 'recent';
export const RECENT_LIMIT = 10;

const locators = z.array(z.string().max(4096)).max(100);
// { recent: [...] } on the desktop; a bare array in browser storage written by earlier builds.
const schema = z.union([z.strictObject({ recent: locators }), locators]);

export function readRecentList(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (!parsed.success) return [];
    return Array.isArray(parsed.data) ? parsed.data : parsed.data.recent;
  } catch {
    return [];
  }
}
