// What the library service (service.ts) needs from where scenarios are kept. Two adapters implement it:
// the disk adapter for the desktop app (electron/files/disk-storage.ts: Node fs, atomic writes) and the
// key-value adapter for browser storage and the memory host (kv-storage.ts). Adapters only move bytes and
// names; every rule (stamping, checks, backups, names, recovery) is in the service, once. The contract tests
// (tests/unit/library/) run the same suite against both.
import type { ScenarioRef } from '../host/library-types';

/** Why a storage operation failed; the service turns these into the library's error codes. */
export type FaultCode = 'not-found' | 'exists' | 'no-space' | 'too-large' | 'not-a-file' | 'io';

/**
 * Thrown by adapters (never across IPC: the service catches it and returns a Result). The message is a diagnostic
 * for the log (an errno, the browser's exception), never shown: the page words the code.
 */
export class StorageFault extends Error {
  constructor(
    readonly code: FaultCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageFault';
  }
}

/** Bytes from disk (decoded by the service, strictly) or text already held as a string (browser storage). */
export type StoredData = string | Uint8Array;

export interface StoredEntry {
  ref: ScenarioRef;
  fileName: string;
  /** ms since epoch. */
  modifiedAt: number;
}

export interface StoredDeletion {
  id: string;
  fileName: string;
  deletedAt: number;
}

export interface StoredBackup {
  id: string;
  takenAt: number;
}

export interface LibraryStorage {
  /** Scenario entries in the library (disk: regular *.puente.json files in the library folder). */
  list(): Promise<StoredEntry[]>;
  /** An entry's content, at most MAX_SCENARIO_BYTES; 'not-found', 'too-large', 'not-a-file' or 'io' otherwise. */
  read(ref: ScenarioRef): Promise<StoredData>;
  /** Replaces (or, for a place the user picked, creates) an entry's content; a crash leaves old or new whole. */
  write(ref: ScenarioRef, text: string): Promise<void>;
  /** A new entry named `fileName` beside `beside` (null: in the library); 'exists' rather than replacing one. */
  create(fileName: string, text: string, beside: ScenarioRef | null): Promise<ScenarioRef>;
  /** The file names already taken where create(…, beside) would put a new entry. */
  namesBeside(beside: ScenarioRef | null): Promise<string[]>;
  /** Gives an entry (and its backups) a new file name; 'exists' rather than replacing another entry. */
  rename(ref: ScenarioRef, fileName: string): Promise<ScenarioRef>;
  fileName(ref: ScenarioRef): Promise<string | null>;
  /** A lasting name for an entry, for the recent list and autosave records (disk: its path). */
  locator(ref: ScenarioRef): string | null;
  /** The reference for a locator (a path the user picked, or one kept in a record); null if malformed. */
  adopt(locator: string): ScenarioRef | null;

  backups: {
    list(ref: ScenarioRef): Promise<StoredBackup[]>;
    read(ref: ScenarioRef, id: string): Promise<StoredData>;
    /**
     * Keeps `data` as a backup of `ref` taken at `takenAt`, and returns its id; a crash leaves no partial backup.
     * Bytes (a replaced file that was not UTF-8) come only from the disk adapter's own read().
     */
    add(ref: ScenarioRef, takenAt: number, data: StoredData): Promise<string>;
    remove(ref: ScenarioRef, id: string): Promise<void>;
  };

  /** Deleted entries, kept where the app can restore them for a while. */
  deleted: {
    /** Moves an entry and its backups out of the library; 'not-found' if it is not there. */
    put(ref: ScenarioRef, deletedAt: number): Promise<StoredDeletion>;
    list(): Promise<StoredDeletion[]>;
    /** The names taken where restore(id, …) would put the entry back. */
    namesForRestore(id: string): Promise<string[]>;
    /** Puts a deleted entry (and its backups) back beside where it was, under `fileName`; 'exists' rather than replacing. */
    restore(id: string, fileName: string): Promise<ScenarioRef>;
    /** Removes it from the app for good (disk: to the OS trash, where it can still be found). */
    purge(id: string): Promise<void>;
  };

  /** Small records kept by the app: the recent list, autosave side files, what each session shows. Keys: "recent", "autosave/<id>", "session/<id>". */
  records: {
    get(key: string): Promise<string | undefined>;
    set(key: string, text: string): Promise<void>;
    remove(key: string): Promise<void>;
    /** Keys starting with `prefix`. */
    keys(prefix: string): Promise<string[]>;
  };

  /**
   * Removes what writes interrupted by a crash left behind (temp files); returns how many. `known` are locators
   * of entries outside the library (the recent list): their folders are swept too.
   */
  sweep(known: readonly string[]): Promise<number>;
}
