// The library half of HostApi for hosts that run in the page (web, memory): the shared library service
// over browser storage, plus the page's own file picker and download. No DOM here: the picker and the
// download are passed in, so this runs under node in the unit tests.
import { dataStamp } from '../../shared/data';
import type { LibraryHost } from '../../shared/host/library-host';
import type { KeyValueStore } from '../../shared/library/kv-store';
import { createKvStorage } from '../../shared/library/kv-storage';
import type { LibraryLock } from '../../shared/library/library-lock';
import { createLibraryService, type LibraryService } from '../../shared/library/service';
import { libraryErr } from '../../shared/library/library-error';
import { ok } from '../../shared/result';
import { MAX_SCENARIO_BYTES } from '../../shared/scenario';

/** A file the user picked; its content is read only after the size check, as bytes (decoded strictly). */
export interface PickedFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface PageLibraryIo {
  /** The import picker; null when the user cancels. */
  pickFile(): Promise<PickedFile | null>;
  /** Hands a file to the user outside the library (a browser download). */
  deliverFile(fileName: string, text: string): void;
  onUnsavedChanges(unsaved: boolean): void;
}

export interface PageLibraryDeps extends PageLibraryIo {
  /** Browser storage (IndexedDB) or a Map. */
  kv: KeyValueStore;
  /** Held around every change, by every tab on the same storage (web: navigator.locks). */
  lock: LibraryLock;
  appVersion: string;
  now(): number;
  /** This tab's session id, and the sessions (tabs) open now: other sessions' autosaves are a crash's work. */
  sessionId: string;
  /** The session this page continues (the same tab before a reload), whose scenario it reopens; null for a new tab. */
  previousSession: string | null;
  liveSessions(): Promise<ReadonlySet<string>>;
}

/** The library of a host that runs in the page: the shared service over browser storage, started. */
export function createPageLibrary({ kv, lock, appVersion, now, sessionId, previousSession, liveSessions, ...io }: PageLibraryDeps): LibraryHost {
  const service = createLibraryService({
    storage: createKvStorage({ kv, now, newId: newRef }),
    lock,
    sessionId,
    liveSessions,
    appVersion,
    baseline: dataStamp(),
    now,
    utcOffsetMinutes,
  });
  void service.startUp();
  return libraryHostOver(service, io, previousSession);
}

export function libraryHostOver(library: LibraryService, io: PageLibraryIo, previousSession: string | null = null): LibraryHost {
  return {
    listScenarios: library.listScenarios,
    openScenario: library.openScenario,
    async importScenario() {
      const file = await io.pickFile();
      if (file === null) return ok(null);
      if (file.size > MAX_SCENARIO_BYTES) return libraryErr('too-large', { kind: 'too-large', maxBytes: MAX_SCENARIO_BYTES });
      let bytes: Uint8Array;
      try {
        bytes = await file.bytes();
      } catch (e) {
        return libraryErr('io', { kind: 'storage', operation: 'read-picked-file' }, String(e));
      }
      return library.importScenario(file.name, bytes);
    },
    saveScenario: library.saveScenario,
    // No native dialog in a page: the page asks for the name first, then this stores a new entry.
    saveScenarioAs: library.createScenario,
    async exportScenario(doc) {
      const file = library.exportText(doc);
      if (!file.ok) return file;
      try {
        io.deliverFile(file.value.fileName, file.value.text);
        return ok(true);
      } catch (e) {
        return libraryErr('io', { kind: 'storage', operation: 'download' }, String(e));
      }
    },
    renameScenario: library.renameScenario,
    duplicateScenario: library.duplicateScenario,
    deleteScenario: library.deleteScenario,
    listDeleted: library.listDeleted,
    restoreDeleted: library.restoreDeleted,
    listBackups: library.listBackups,
    readBackup: library.readBackup,
    recentScenarios: library.recentScenarios,
    writeAutosave: library.writeAutosave,
    async clearAutosave(ref) {
      await library.clearAutosave(ref);
    },
    recoverableWork: library.recoverableWork,
    async discardRecoveredWork(id) {
      await library.discardRecoveredWork(id);
    },
    async rememberSession(ref, view) {
      await library.rememberSession(ref, view);
    },
    resumeSession: async () => (previousSession === null ? null : library.resumeSession(previousSession)),
    setUnsavedChanges: io.onUnsavedChanges,
    // A page is never handed files by the system; the memory host overrides these to test the workflow.
    takeOpenRequests: async () => [],
    onOpenRequest: () => () => undefined,
  };
}

/** An opaque reference or session id: 24 random hex digits (the same shape the desktop host hands out). */
export function newRef(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Minutes east of UTC on this machine. */
export const utcOffsetMinutes = (): number => -new Date().getTimezoneOffset();
