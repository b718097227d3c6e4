// What the scenario library exchanges between the page and its host. No file paths: the host hands out
// opaque references and file names only.
import type { ScenarioDocument, ScenarioView } from '../scenario/document';
import type { LibraryDetail } from '../library/library-error';

export type ScenarioRef = string;

/** Why a scenario cannot be opened (the codec's codes, text that is not UTF-8, plus disk trouble). */
export type OpenError = 'not-json' | 'not-utf8' | 'too-large' | 'unsafe' | 'wrong-format' | 'newer-version' | 'invalid' | 'io' | 'not-found';

/**
 * 'changed': saved elsewhere (another window or tab, another program) since it was opened here.
 * 'no-space': the disk or the browser's storage is full.
 * 'rate-limited': too many new files in a short time (the desktop's bound on what a page can create).
 */
export type SaveError = 'io' | 'no-space' | 'read-only' | 'not-found' | 'invalid' | 'changed' | 'rate-limited';

/** A deleted scenario, kept where the app can restore it for DELETED_KEPT_DAYS. */
export interface DeletedScenario {
  id: string;
  fileName: string;
  /** ms since epoch. */
  deletedAt: number;
}

/** A fingerprint of a scenario's stored text (shared/library/revision.ts). */
export type Revision = string;

export interface LibraryEntry {
  ref: ScenarioRef;
  fileName: string;
  /** ms since epoch. */
  modifiedAt: number;
  status: 'ok' | OpenError;
  /** More on why it cannot be opened (library-error.ts; the page words it); null when status is 'ok' or no more is known. */
  detail: LibraryDetail | null;
  document: ScenarioDocument | null;
}

export interface OpenedScenario {
  ref: ScenarioRef;
  fileName: string;
  document: ScenarioDocument;
  /** Saved by a newer Puente: shown, never overwritten. */
  readOnly: boolean;
  /** Made on another baseline dataset than the bundled one: the user is told and may re-base it. */
  baselineMismatch: { fileDatasetId: string; fileChecksum: string } | null;
  /** What is stored now; a later save names it, so changes made elsewhere meanwhile are never replaced silently. */
  revision: Revision;
}

export interface SavedScenario {
  ref: ScenarioRef;
  fileName: string;
  /** The document as written (with updated times, app version and baseline). */
  document: ScenarioDocument;
  revision: Revision;
}

/** A renamed scenario, with the revision it had before: a working copy based on another one keeps its own base. */
export interface RenamedScenario extends SavedScenario {
  renamedRevision: Revision;
}

export interface BackupInfo {
  id: string;
  takenAt: number;
}

export interface RecoverableWork {
  /** Names this piece of recovered work until the user recovers or discards it. */
  id: string;
  /** The scenario the working copy belongs to, or null for one never saved. */
  ref: ScenarioRef | null;
  fileName: string | null;
  savedAt: number;
  document: ScenarioDocument;
  /** The stored revision the work was based on (null: never saved, or not recorded by an earlier build). */
  revision: Revision | null;
}

/** What a session had on screen before the page was reloaded, for the reloaded page to show again. */
export interface ResumedSession {
  /** The scenario that was open, or null for one never saved. */
  ref: ScenarioRef | null;
  fileName: string | null;
  /** The working copy: the unsaved work where there was some, else the stored scenario; null for an untitled one left as new. */
  document: ScenarioDocument | null;
  /** The working copy holds changes its file does not (it comes from the session's autosave). */
  unsaved: boolean;
  readOnly: boolean;
  baselineMismatch: OpenedScenario['baselineMismatch'];
  /** The stored revision the working copy is based on. */
  revision: Revision | null;
  /** The place, lens and charts that were on screen. */
  view: ScenarioView;
}
