// Autosave side records: where the working copy of each open scenario is kept between saves, and how they
// are named so that one session's autosaves never replace another's work. Records are read back through zod:
// they are files on disk or entries in browser storage that other versions and other tabs also write.
import { z } from 'zod';
import type { ScenarioRef } from '../host/library-types';

export const AUTOSAVE_PREFIX = 'autosave/';

export interface AutosaveRecord {
  /** The session that wrote it; '' for records written before sessions were recorded. */
  session: string;
  savedAt: number;
  /** The scenario's lasting locator (desktop: its path), or null for one never saved. */
  locator: string | null;
  fileName: string | null;
  /** The working copy, serialised like a scenario file. */
  text: string;
  /** The stored revision the working copy was based on. */
  baseRevision: string | null;
}

/** One live slot per session and scenario: "<session>-<ref>" or "<session>-untitled". */
export const autosaveKey = (session: string, ref: ScenarioRef | null): string => `${AUTOSAVE_PREFIX}${session}-${ref ?? 'untitled'}`;

/** Work recovered from a crash, claimed by `session` until the user chooses: a key no autosave ever uses. */
export const pendingKey = (session: string, n: number): string => `${AUTOSAVE_PREFIX}${session}-recovered-${n}`;

export const isPendingKey = (key: string, session: string): boolean => {
  const prefix = `${AUTOSAVE_PREFIX}${session}-recovered-`;
  return key.startsWith(prefix) && /^\d{1,9}$/.test(key.slice(prefix.length));
};

const record = z.strictObject({
  session: z.string().max(64),
  savedAt: z.number(),
  locator: z.string().max(4096).nullable(),
  fileName: z.string().max(300).nullable(),
  text: z.string(),
  baseRevision: z.string().max(40).nullable().default(null),
});
// Written by earlier builds: the web host's (text, keyed by tab) and the desktop's (a document and a path).
const webBefore = z.strictObject({ ref: z.string().max(64).nullable(), fileName: z.string().max(300).nullable(), savedAt: z.number(), text: z.string() });
const desktopBefore = z.strictObject({
  savedAt: z.number(),
  ref: z.string().max(64).nullable(),
  fileName: z.string().max(300).nullable(),
  path: z.string().max(4096).nullable().default(null),
  document: z.unknown(),
});

/** A side record, or null when it is torn, foreign or hostile (it is then simply not offered). */
export function readAutosaveRecord(raw: string | undefined): AutosaveRecord | null {
  if (raw === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const now = record.safeParse(value);
  if (now.success) return now.data;
  const web = webBefore.safeParse(value);
  if (web.success) return { session: '', savedAt: web.data.savedAt, locator: web.data.ref, fileName: web.data.fileName, text: web.data.text, baseRevision: null };
  const desktop = desktopBefore.safeParse(value);
  if (desktop.success) {
    const { savedAt, path, fileName, document } = desktop.data;
    return { session: '', savedAt, locator: path, fileName, text: JSON.stringify(document), baseRevision: null };
  }
  return null;
}
