// The scenario-library half of the host interface (every host implements it; see host-api.ts).
import type { ScenarioDocument, ScenarioView } from '../scenario/document';
import type { LibraryResult } from '../library/library-error';
import type {
  BackupInfo,
  DeletedScenario,
  LibraryEntry,
  OpenedScenario,
  OpenError,
  RecoverableWork,
  ResumedSession,
  Revision,
  RenamedScenario,
  SavedScenario,
  SaveError,
  ScenarioRef,
} from './library-types';

/**
 * The scenario library part of HostApi (Electron: Documents/Puente on disk; web: browser storage). Failures carry
 * a code and a structured detail the page words (shared/library/library-error.ts), never sentences.
 */
export interface LibraryHost {
  listScenarios(): Promise<LibraryResult<LibraryEntry[], 'io'>>;
  openScenario(ref: ScenarioRef): Promise<LibraryResult<OpenedScenario, OpenError>>;
  /** Open… / Import: a native dialog or file picker; null when the user cancels. */
  importScenario(): Promise<LibraryResult<OpenedScenario | null, OpenError>>;
  /**
   * Saves over `ref`, or (ref null) creates a new file in the library named after the scenario. With the revision
   * the working copy was based on, a save over changes made elsewhere meanwhile fails with 'changed'; null saves
   * over whatever is there (the user chose to; the replaced version becomes a backup).
   */
  saveScenario(ref: ScenarioRef | null, doc: ScenarioDocument, baseRevision: Revision | null): Promise<LibraryResult<SavedScenario, SaveError>>;
  /** Save As…: a native dialog where there is one; null when the user cancels. */
  saveScenarioAs(doc: ScenarioDocument): Promise<LibraryResult<SavedScenario | null, SaveError>>;
  /** Export: a copy outside the library (dialog or download); false when the user cancels. */
  exportScenario(doc: ScenarioDocument): Promise<LibraryResult<boolean, 'io' | 'invalid'>>;
  /** Renames the stored scenario (its content as stored, not the working copy's) and its file. */
  renameScenario(ref: ScenarioRef, name: string): Promise<LibraryResult<RenamedScenario, SaveError | OpenError>>;
  duplicateScenario(ref: ScenarioRef, name: string): Promise<LibraryResult<SavedScenario, SaveError | OpenError>>;
  /** Takes the scenario (and its backups) out of the library, where Recently deleted can restore it for a while. */
  deleteScenario(ref: ScenarioRef): Promise<LibraryResult<DeletedScenario, 'io' | 'not-found'>>;
  /** Recently deleted scenarios, newest first. */
  listDeleted(): Promise<LibraryResult<DeletedScenario[], 'io'>>;
  /** Puts a deleted scenario back in the library (under a free name) and returns its card. */
  restoreDeleted(id: string): Promise<LibraryResult<LibraryEntry, 'io' | 'not-found' | 'no-space'>>;
  listBackups(ref: ScenarioRef): Promise<LibraryResult<BackupInfo[], 'not-found'>>;
  readBackup(ref: ScenarioRef, backupId: string): Promise<LibraryResult<ScenarioDocument, OpenError>>;
  /** Most recently opened or saved first. */
  recentScenarios(): Promise<LibraryEntry[]>;
  /** Keeps the working copy in a side file; the user's file changes only on an explicit save. */
  writeAutosave(ref: ScenarioRef | null, doc: ScenarioDocument, baseRevision: Revision | null): Promise<LibraryResult<null, 'io' | 'no-space' | 'invalid' | 'not-found'>>;
  clearAutosave(ref: ScenarioRef | null): Promise<void>;
  /** Working copies left by a session that did not end cleanly; kept until recovered or discarded. */
  recoverableWork(): Promise<RecoverableWork[]>;
  /** The user chose what to do with a piece of recovered work (recovered and autosaved again, or discarded). */
  discardRecoveredWork(id: string): Promise<void>;
  /**
   * Remembers what this session has on screen (the scenario, or null for one never saved, and the view), so a
   * reload reopens it. Unsaved changes are in the autosave; this adds which scenario and where the user was.
   */
  rememberSession(ref: ScenarioRef | null, view: ScenarioView): Promise<void>;
  /**
   * What the page showed before it was reloaded (the same tab, the same desktop window): the scenario, its unsaved
   * work and the view, taken over by this session. null on a fresh start. Asked once, before recoverableWork().
   */
  resumeSession(): Promise<ResumedSession | null>;
  /** Tells the host whether closing now would lose changes, so it can ask first. */
  setUnsavedChanges(unsaved: boolean): void;
  /** Scenarios the system asked the app to open (a double-clicked file, a second launch), each handed out once. */
  takeOpenRequests(): Promise<ScenarioRef[]>;
  /** Called when there are open requests to take; returns the unsubscribe function. */
  onOpenRequest(listener: () => void): () => void;
}
