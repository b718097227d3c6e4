// The scenario library's rules, written once for every host: documents are checked with the scenario codec
// before anything is stored and stamped on save; a newer Puente's file opens read-only and is never saved
// over; a file from another baseline is flagged; new files get unique names; the previous content becomes a
// backup pruned by the retention rule; the recent list; autosave and crash recovery. Storage is an adapter
// (storage.ts): disk on the desktop, browser storage or a Map on the web and memory hosts.
import { ok } from '../result';
import type {
  BackupInfo, DeletedScenario, LibraryEntry, OpenedScenario, OpenError, RecoverableWork, RenamedScenario, ResumedSession, Revision, SavedScenario, SaveError, ScenarioRef,
} from '../host/library-types';
import {
  defaultView, MAX_SCENARIO_BYTES, parseNewerScenarioText, parseScenarioText, parseScenarioValue, SCENARIO_RULES, serialiseScenario,
  type ScenarioDocument, type ScenarioError, type ScenarioParse, type ScenarioProblem, type ScenarioView,
} from '../scenario';
import { decodeScenarioBytes, type DecodeFailure } from '../scenario/utf8';
import { libraryErr, type LibraryFailure, type LibraryOperation, type LibraryResult } from './library-error';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionRule } from './backup-policy';
import { baselineMismatch, type BaselineStamp } from './baseline';
import { fileNameFor, uniqueFileName } from './file-names';
import { autosaveKey, isPendingKey, pendingKey, readAutosaveRecord, AUTOSAVE_PREFIX, type AutosaveRecord } from './autosave-records';
import { readRecentList, RECENT_KEY, RECENT_LIMIT } from './recent-list';
import { readSessionRecord, sessionKey, SESSION_PREFIX, type SessionRecord } from './session-records';
import { revisionOf } from './revision';
import { StorageFault, type FaultCode, type LibraryStorage, type StoredData } from './storage';
import { createLocalLock, noSharedLock, type LibraryLock } from './library-lock';

export interface LibraryServiceDeps {
  storage: LibraryStorage;
  appVersion: string;
  /** The bundled baseline dataset documents are stamped with. */
  baseline: BaselineStamp;
  now(): number;
  /** Minutes east of UTC, so "today" in the backup rule is the user's today. */
  utcOffsetMinutes(): number;
  /** This run of the app (a desktop process, a browser tab): its autosaves are live work, not recoverable. */
  sessionId: string;
  /** The sessions running now; autosaves of any other session are work left by a crash. */
  liveSessions(): Promise<ReadonlySet<string>>;
  retention?: RetentionRule;
  /**
   * Held around every change, across every session that shares this storage (library-lock.ts). Browser tabs
   * must pass one (the web host uses navigator.locks); without it only this service's own changes are ordered.
   */
  lock?: LibraryLock;
}

const GONE = { kind: 'missing', what: 'scenario' } as const;
const DELETED_GONE = { kind: 'missing', what: 'deleted' } as const;

/** How long a deleted scenario stays where the app can restore it (then: the OS trash, or gone from a browser). */
export const DELETED_KEPT_DAYS = 30;
const DELETED_KEPT_MS = DELETED_KEPT_DAYS * 86_400_000;

/**
 * A storage failure as a library result: the fault's code where the caller promises it, else 'io'; what was
 * being done as the detail; the adapter's own account (an errno, the browser's exception) only for the log.
 */
function failure<E extends string>(e: unknown, operation: LibraryOperation, codes: readonly E[]): LibraryFailure<E | 'io'> {
  const code: FaultCode = e instanceof StorageFault ? e.code : 'io';
  const diagnostic = e instanceof Error ? e.message : String(e);
  return libraryErr((codes as readonly string[]).includes(code) ? (code as E) : 'io', { kind: 'storage', operation }, diagnostic);
}

/** The codec refused a stored file: its code, and what is wrong (a code with parameters) as the detail. */
const refused = <E extends string>(parsed: { code: E; message: string; problem: ScenarioProblem }): LibraryFailure<E> =>
  libraryErr(parsed.code, { kind: 'content', source: 'file', problem: parsed.problem }, parsed.message);

/** Bytes that are not UTF-8: the decoder's detail (where, which byte) as it is. */
const undecodable = (decoded: DecodeFailure): LibraryFailure<'not-utf8'> => libraryErr(decoded.code, decoded.detail, decoded.message);

export function createLibraryService(deps: LibraryServiceDeps) {
  const { storage } = deps;
  const retention = deps.retention ?? DEFAULT_RETENTION;

  // One change at a time: two quick saves must not both pick the same free name, or back up the same version;
  // and (with the shared lock) two tabs saving at once must not both pass the revision check.
  const queue = createLocalLock();
  const shared = deps.lock ?? noSharedLock;
  const serial = <T>(task: () => Promise<T>): Promise<T> => queue(() => shared(task));

  /** Stored text as it is; bytes strictly as UTF-8 (a lenient decode would make "Café" "Caf\uFFFD" for good). */
  const decode = (data: StoredData): LibraryResult<string, 'not-utf8'> => {
    if (typeof data === 'string') return ok(data);
    const decoded = decodeScenarioBytes(data);
    return decoded.ok ? decoded : undecodable(decoded);
  };

  /** Strict parse, or (for a newer Puente's file) the part this version understands, flagged read-only. */
  const readForOpening = (text: string): { parsed: ScenarioParse; readOnly: boolean } => {
    const strict = parseScenarioText(text, SCENARIO_RULES);
    if (strict.ok || strict.code !== 'newer-version') return { parsed: strict, readOnly: false };
    return { parsed: parseNewerScenarioText(text, SCENARIO_RULES), readOnly: true };
  };

  const opened = (ref: ScenarioRef, fileName: string, text: string, document: ScenarioDocument, readOnly: boolean): OpenedScenario => ({
    ref, fileName, document, readOnly, baselineMismatch: baselineMismatch(document, deps.baseline), revision: revisionOf(text),
  });

  const stamp = (doc: ScenarioDocument): ScenarioDocument => {
    const time = new Date(deps.now()).toISOString();
    return { ...doc, createdAt: doc.createdAt ?? time, updatedAt: time, appVersion: deps.appVersion, baseline: doc.baseline ?? deps.baseline };
  };

  /** A document from the page (or another process) is checked like a file before it is stored. */
  const check = (doc: unknown): LibraryResult<ScenarioDocument, 'invalid'> => {
    const parsed = parseScenarioValue(doc, SCENARIO_RULES);
    return parsed.ok ? parsed : libraryErr('invalid', { kind: 'content', source: 'working-copy', problem: parsed.problem }, parsed.message);
  };

  /** A stored file's text through the codec, a refusal carrying the codec's account as its detail. */
  const parseText = (text: string): LibraryResult<ScenarioDocument, ScenarioError> => {
    const parsed = parseScenarioText(text, SCENARIO_RULES);
    return parsed.ok ? parsed : refused(parsed);
  };

  // ---- the recent list -------------------------------------------------------------------------------------
  const recentLocators = async (): Promise<string[]> => readRecentList(await storage.records.get(RECENT_KEY));
  const writeRecent = (list: readonly string[]) => storage.records.set(RECENT_KEY, JSON.stringify({ recent: list.slice(0, RECENT_LIMIT) }));
  // The recent list is a convenience: failing to read or write it never fails the save or delete it follows.
  const noteRecent = async (ref: ScenarioRef, replacing?: string | null) => {
    const locator = storage.locator(ref);
    if (!locator) return;
    const list = await recentLocators().catch(() => null);
    if (list) await writeRecent([locator, ...list.filter((l) => l !== locator && l !== replacing)]).catch(() => undefined);
  };
  const forgetRecent = async (locator: string | null) => {
    if (!locator) return;
    const list = await recentLocators().catch((): string[] => []);
    if (list.includes(locator)) await writeRecent(list.filter((l) => l !== locator)).catch(() => undefined);
  };

  // ---- reading ---------------------------------------------------------------------------------------------
  /** An entry's text, or why it cannot be read. */
  const readText = async (ref: ScenarioRef): Promise<LibraryResult<string, OpenError>> => {
    try {
      return decode(await storage.read(ref));
    } catch (e) {
      if (e instanceof StorageFault && e.code === 'not-found') return libraryErr('not-found', GONE, e.message);
      if (e instanceof StorageFault && e.code === 'too-large') return libraryErr('too-large', { kind: 'too-large', maxBytes: MAX_SCENARIO_BYTES }, e.message);
      if (e instanceof StorageFault && e.code === 'not-a-file') return libraryErr('wrong-format', { kind: 'not-a-file' }, e.message);
      return failure(e, 'read', [] as const);
    }
  };

  const describe = async (ref: ScenarioRef, fileName: string, modifiedAt: number): Promise<LibraryEntry> => {
    const text = await readText(ref);
    const parsed = text.ok ? parseText(text.value) : text;
    return parsed.ok
      ? { ref, fileName, modifiedAt, status: 'ok', detail: null, document: parsed.value }
      : { ref, fileName, modifiedAt, status: parsed.code, detail: parsed.detail ?? null, document: null };
  };

  // ---- writing ---------------------------------------------------------------------------------------------
  /** The backups of `ref` that open as scenarios. Others (torn by a crash in older builds) are left alone. */
  const readableBackups = async (ref: ScenarioRef) => {
    const all = await storage.backups.list(ref);
    const checked = await Promise.all(
      all.map(async (b) => {
        const text = await storage.backups.read(ref, b.id).then(decode, () => null);
        return text?.ok && parseScenarioText(text.value, SCENARIO_RULES).ok ? [b] : [];
      }),
    );
    return checked.flat();
  };

  /**
   * Keeps `previous` as a backup of `ref`, unless the newest backup already holds exactly that text (a save that
   * failed after its backup was taken). Returns the new backup's id, or null when none was added.
   */
  const backUp = async (ref: ScenarioRef, previous: string): Promise<string | null> => {
    const newest = (await storage.backups.list(ref)).sort((a, b) => b.takenAt - a.takenAt)[0];
    const newestText = newest ? await storage.backups.read(ref, newest.id).then(decode, () => null) : null;
    if (newestText?.ok && newestText.value === previous) return null;
    return storage.backups.add(ref, deps.now(), previous);
  };

  /** Prunes backups with the retention rule (readable ones only count); only after a save has succeeded. */
  const prune = async (ref: ScenarioRef) => {
    const backups = await readableBackups(ref);
    const { remove } = backupsToKeep(backups.map((b) => ({ name: b.id, takenAt: b.takenAt })), deps.now(), deps.utcOffsetMinutes(), retention);
    await Promise.all(remove.map((b) => storage.backups.remove(ref, b.name).catch(() => undefined)));
  };

  /** True when `previous` holds the same scenario as `next`, apart from when and by which version it was saved. */
  const unchanged = (previous: ScenarioDocument | null, next: ScenarioDocument): boolean => {
    const plain = (d: ScenarioDocument) => serialiseScenario({ ...d, updatedAt: null, appVersion: null });
    return previous !== null && plain(previous) === plain(next);
  };

  /**
   * Writes a stamped document over `ref`, keeping `previous` (its current text, if any) as a backup. Saving
   * without changes keeps no backup: a copy of the same version would push the day's earlier ones out.
   */
  const writeOver = async (ref: ScenarioRef, doc: ScenarioDocument, previous: string | null): Promise<LibraryResult<SavedScenario, SaveError>> => {
    const before = previous === null ? null : parseScenarioText(previous, SCENARIO_RULES);
    const was = before?.ok ? before.value : null;
    // A file keeps the time it was first created, whatever the working copy carries.
    const stamped = stamp({ ...doc, createdAt: doc.createdAt ?? was?.createdAt ?? null });
    const text = serialiseScenario(stamped);
    // The backup is taken before the write (a crash in between loses nothing), pruned only after it: a save
    // that fails (a full disk, a locked file) must not push the day's earlier versions out.
    let added: string | null = null;
    try {
      if (previous !== null && !unchanged(was, stamped)) added = await backUp(ref, previous);
      await storage.write(ref, text);
    } catch (e) {
      if (added !== null) await storage.backups.remove(ref, added).catch(() => undefined);
      return failure(e, 'save', ['no-space'] as const);
    }
    if (added !== null) await prune(ref).catch(() => undefined);
    await noteRecent(ref);
    return ok({ ref, fileName: (await storage.fileName(ref)) ?? fileNameFor(stamped.name), document: stamped, revision: revisionOf(text) });
  };

  /** A new entry beside `beside` (null: in the library), under a free name made from `name`. */
  const createEntry = async (name: string, text: string, beside: ScenarioRef | null): Promise<{ ref: ScenarioRef; fileName: string }> => {
    const taken = await storage.namesBeside(beside);
    for (;;) {
      const fileName = uniqueFileName(fileNameFor(name), taken);
      try {
        return { ref: await storage.create(fileName, text, beside), fileName };
      } catch (e) {
        // Another program took the name meanwhile: try the next free one.
        if (!(e instanceof StorageFault && e.code === 'exists')) throw e;
        taken.push(fileName);
      }
    }
  };

  const createScenario = async (doc: ScenarioDocument, beside: ScenarioRef | null): Promise<LibraryResult<SavedScenario, SaveError>> => {
    const stamped = stamp(doc);
    const text = serialiseScenario(stamped);
    try {
      const { ref, fileName } = await createEntry(stamped.name, text, beside);
      await noteRecent(ref);
      return ok({ ref, fileName, document: stamped, revision: revisionOf(text) });
    } catch (e) {
      return failure(e, 'save', ['no-space'] as const);
    }
  };

  /**
   * Save As over a file that is not UTF-8 text, which the dialog already asked to replace: its bytes are kept as
   * they are as a backup beside it (not offered by "Restore a backup…", which opens scenarios only), then the
   * scenario is written as over a missing file.
   */
  const replaceUndecodable = async (ref: ScenarioRef, doc: ScenarioDocument): Promise<LibraryResult<SavedScenario, SaveError>> => {
    let kept: string;
    try {
      kept = await storage.backups.add(ref, deps.now(), await storage.read(ref));
    } catch (e) {
      return failure(e, 'save', ['no-space'] as const);
    }
    const written = await writeOver(ref, doc, null);
    if (!written.ok) await storage.backups.remove(ref, kept).catch(() => undefined);
    return written;
  };

  /** The stored document for rename and duplicate: only a file this version reads fully may be rewritten. */
  const loadStrict = async (ref: ScenarioRef): Promise<LibraryResult<{ text: string; doc: ScenarioDocument }, OpenError>> => {
    const text = await readText(ref);
    if (!text.ok) return text;
    const parsed = parseText(text.value);
    return parsed.ok ? ok({ text: text.value, doc: parsed.value }) : parsed;
  };

  const openScenario = async (ref: ScenarioRef): Promise<LibraryResult<OpenedScenario, OpenError>> => {
    const text = await readText(ref);
    if (!text.ok) return text;
    const { parsed, readOnly } = readForOpening(text.value);
    if (!parsed.ok) return refused(parsed);
    await noteRecent(ref);
    return ok(opened(ref, (await storage.fileName(ref)) ?? '', text.value, parsed.value, readOnly));
  };

  /** Numbers the recovered records this session claims. */
  let pendingCount = 0;

  return {
    /**
     * Run once when the app starts: clears what writes interrupted by a crash left behind, and lets deleted
     * scenarios older than DELETED_KEPT_DAYS go (to the OS trash on the desktop).
     */
    async startUp(): Promise<void> {
      await storage.sweep(await recentLocators().catch((): string[] => [])).catch(() => 0);
      const deleted = await storage.deleted.list().catch(() => []);
      for (const entry of deleted) {
        if (deps.now() - entry.deletedAt > DELETED_KEPT_MS) await storage.deleted.purge(entry.id).catch(() => undefined);
      }
    },

    async listScenarios(): Promise<LibraryResult<LibraryEntry[], 'io'>> {
      try {
        const entries = await storage.list();
        const described = await Promise.all(entries.map((e) => describe(e.ref, e.fileName, e.modifiedAt)));
        return ok(described.sort((a, b) => b.modifiedAt - a.modifiedAt));
      } catch (e) {
        return failure(e, 'list', [] as const);
      }
    },

    openScenario,

    /** Opens a file the user picked (a native dialog, a double-click): its path enters the library here. */
    async openLocator(locator: string): Promise<LibraryResult<OpenedScenario, OpenError>> {
      const ref = storage.adopt(locator);
      return ref ? openScenario(ref) : libraryErr('not-found', GONE);
    },

    /** The reference for a path the user handed to the app (opening it is up to the page). */
    adopt: (locator: string): ScenarioRef | null => storage.adopt(locator),

    /** Browser import: the picked file is checked, then kept in the library as it came (a newer app's fields included). */
    importScenario: (fileName: string, data: StoredData): Promise<LibraryResult<OpenedScenario, OpenError>> =>
      serial(async () => {
        const text = decode(data);
        if (!text.ok) return text;
        const { parsed, readOnly } = readForOpening(text.value);
        if (!parsed.ok) return refused(parsed);
        try {
          const created = await createEntry(fileName.replace(/\.puente\.json$|\.json$/i, ''), text.value, null);
          await noteRecent(created.ref);
          return ok(opened(created.ref, created.fileName, text.value, parsed.value, readOnly));
        } catch (e) {
          return failure(e, 'store-import', [] as const);
        }
      }),

    /**
     * Saves over `ref`, or (ref null) creates a new entry in the library named after the scenario. Given the
     * revision the working copy was based on, a save over changes made elsewhere since is refused ('changed').
     */
    saveScenario: (ref: ScenarioRef | null, raw: ScenarioDocument, baseRevision: Revision | null = null): Promise<LibraryResult<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        if (!doc.ok) return doc;
        if (ref === null) return createScenario(doc.value, null);
        const current = await readText(ref);
        // Not saved over what cannot be read (not UTF-8, a device): the detail says why.
        if (!current.ok) return libraryErr(current.code === 'not-found' ? 'not-found' : 'io', current.detail, current.message);
        // Checked on every save: a colleague's newer app may have rewritten the file since it was opened.
        if (readForOpening(current.value).readOnly) return libraryErr('read-only');
        if (baseRevision !== null && revisionOf(current.value) !== baseRevision) return libraryErr('changed');
        return writeOver(ref, doc.value, current.value);
      }),

    /** Save As to a place the user picked in a native dialog (which already asked before replacing a file). */
    saveScenarioAt: (locator: string, raw: ScenarioDocument): Promise<LibraryResult<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        if (!doc.ok) return doc;
        const ref = storage.adopt(locator);
        if (!ref) return libraryErr('not-found', GONE);
        const current = await readText(ref);
        if (!current.ok && current.code === 'not-utf8') return replaceUndecodable(ref, doc.value);
        if (!current.ok && current.code !== 'not-found') return libraryErr('io', current.detail, current.message);
        return writeOver(ref, doc.value, current.ok ? current.value : null);
      }),

    /** A new entry in the library (the web's Save As, after the page asked for a name). */
    createScenario: (raw: ScenarioDocument): Promise<LibraryResult<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        return doc.ok ? createScenario(doc.value, null) : doc;
      }),

    /**
     * The document checked, stamped like a save (this version, the baseline it was made on) and serialised for a
     * copy outside the library (a download or a dialog's path): another version opening it can tell.
     */
    exportText(raw: ScenarioDocument): LibraryResult<{ fileName: string; text: string }, 'invalid'> {
      const doc = check(raw);
      return doc.ok ? ok({ fileName: fileNameFor(doc.value.name), text: serialiseScenario(stamp(doc.value)) }) : doc;
    },

    /** Renames the stored content; `renamedRevision` tells a page whether its working copy was based on it. */
    renameScenario: (ref: ScenarioRef, name: string): Promise<LibraryResult<RenamedScenario, SaveError | OpenError>> =>
      serial(async () => {
        const loaded = await loadStrict(ref);
        if (!loaded.ok) return loaded;
        const renamedRevision = revisionOf(loaded.value.text);
        const current = (await storage.fileName(ref)) ?? '';
        // Only this entry's own name is free to take again (a change of case); "budget" is not "Budget" on a
        // case-sensitive disk, and may be another scenario.
        const taken = (await storage.namesBeside(ref)).filter((n) => n !== current);
        const fileName = uniqueFileName(fileNameFor(name), taken);
        // The new name goes through the scenario rules like any save: a file they refuse would no longer open.
        const renamed = check({ ...loaded.value.doc, name });
        if (!renamed.ok) return renamed;
        const written = await writeOver(ref, renamed.value, loaded.value.text);
        if (!written.ok) return written;
        if (fileName === current) return ok({ ...written.value, renamedRevision });
        const oldLocator = storage.locator(ref);
        try {
          const moved = await storage.rename(ref, fileName);
          await noteRecent(moved, oldLocator);
          return ok({ ...written.value, ref: moved, fileName, renamedRevision });
        } catch (e) {
          return failure(e, 'rename-file', ['no-space'] as const);
        }
      }),

    duplicateScenario: (ref: ScenarioRef, name: string): Promise<LibraryResult<SavedScenario, SaveError | OpenError>> =>
      serial(async () => {
        const loaded = await loadStrict(ref);
        if (!loaded.ok) return loaded;
        const copy = check({ ...loaded.value.doc, name, createdAt: null });
        return copy.ok ? createScenario(copy.value, ref) : copy;
      }),

    /** Takes a scenario and its backups out of the library, where restoreDeleted can bring them back for a while. */
    deleteScenario: (ref: ScenarioRef): Promise<LibraryResult<DeletedScenario, 'io' | 'not-found'>> =>
      serial(async () => {
        const locator = storage.locator(ref);
        let deleted;
        try {
          deleted = await storage.deleted.put(ref, deps.now());
        } catch (e) {
          if (e instanceof StorageFault && e.code === 'not-found') return libraryErr('not-found', GONE, e.message);
          return failure(e, 'delete', [] as const);
        }
        await forgetRecent(locator);
        return ok(deleted);
      }),

    async listDeleted(): Promise<LibraryResult<DeletedScenario[], 'io'>> {
      try {
        return ok((await storage.deleted.list()).sort((a, b) => b.deletedAt - a.deletedAt));
      } catch (e) {
        return failure(e, 'list-deleted', [] as const);
      }
    },

    /** Puts a deleted scenario back where it was, under a free name (another may have taken its own meanwhile). */
    restoreDeleted: (id: string): Promise<LibraryResult<LibraryEntry, 'io' | 'not-found' | 'no-space'>> =>
      serial(async () => {
        try {
          const deleted = (await storage.deleted.list()).find((d) => d.id === id);
          if (!deleted) return libraryErr('not-found', DELETED_GONE);
          const taken = await storage.deleted.namesForRestore(id);
          for (;;) {
            const fileName = uniqueFileName(deleted.fileName, taken);
            try {
              const ref = await storage.deleted.restore(id, fileName);
              return ok(await describe(ref, fileName, deps.now()));
            } catch (e) {
              if (!(e instanceof StorageFault && e.code === 'exists')) throw e;
              taken.push(fileName);
            }
          }
        } catch (e) {
          if (e instanceof StorageFault && e.code === 'not-found') return libraryErr('not-found', DELETED_GONE, e.message);
          return failure(e, 'restore', ['no-space'] as const);
        }
      }),

    /** The versions "Restore a backup…" offers: readable ones only, newest first. */
    async listBackups(ref: ScenarioRef): Promise<LibraryResult<BackupInfo[], 'not-found'>> {
      if (storage.locator(ref) === null) return libraryErr('not-found', GONE);
      const backups = await readableBackups(ref).catch(() => []);
      return ok(backups.map((b) => ({ id: b.id, takenAt: b.takenAt })).sort((a, b) => b.takenAt - a.takenAt));
    },

    /** A backup as a document; the page shows it as unsaved changes, so restoring loses nothing. */
    async readBackup(ref: ScenarioRef, id: string): Promise<LibraryResult<ScenarioDocument, OpenError>> {
      const listed = (await storage.backups.list(ref).catch(() => [])).some((b) => b.id === id);
      if (!listed) return libraryErr('not-found', { kind: 'missing', what: 'backup' });
      try {
        const text = decode(await storage.backups.read(ref, id));
        return text.ok ? parseText(text.value) : text;
      } catch (e) {
        return failure(e, 'read-backup', [] as const);
      }
    },

    /** Most recently opened or saved first; entries that are gone are left out. */
    async recentScenarios(): Promise<LibraryEntry[]> {
      try {
        const refs = (await recentLocators()).map((l) => storage.adopt(l)).filter((r): r is ScenarioRef => r !== null);
        const entries = await Promise.all(
          refs.map(async (ref) => describe(ref, (await storage.fileName(ref)) ?? '', 0)),
        );
        return entries.filter((e) => e.status !== 'not-found');
      } catch {
        return [];
      }
    },

    /** Keeps the working copy in this session's side record; the user's file changes only on an explicit save. */
    async writeAutosave(ref: ScenarioRef | null, raw: ScenarioDocument, baseRevision: Revision | null = null): Promise<LibraryResult<null, 'io' | 'no-space' | 'invalid' | 'not-found'>> {
      const doc = check(raw);
      if (!doc.ok) return doc;
      // Only for scenarios this library handed out: a page cannot make side files for references it invents.
      const fileName = ref === null ? null : await storage.fileName(ref);
      if (ref !== null && fileName === null) return libraryErr('not-found', GONE);
      const record: AutosaveRecord = {
        session: deps.sessionId,
        savedAt: deps.now(),
        locator: ref === null ? null : storage.locator(ref),
        fileName,
        text: serialiseScenario(doc.value),
        baseRevision,
      };
      try {
        await storage.records.set(autosaveKey(deps.sessionId, ref), JSON.stringify(record));
        return ok(null);
      } catch (e) {
        return failure(e, 'keep-working-copy', ['no-space'] as const);
      }
    },

    async clearAutosave(ref: ScenarioRef | null): Promise<LibraryResult<null, 'io'>> {
      try {
        await storage.records.remove(autosaveKey(deps.sessionId, ref));
        return ok(null);
      } catch (e) {
        return failure(e, 'remove-working-copy', [] as const);
      }
    },

    /**
     * Work left by sessions that ended without saving (a crash, a power cut, a killed tab), newest first. Each
     * piece is claimed for this session under a key of its own, so this session's autosaves can never replace
     * it: it stays until the user recovers or discards it, or is offered again after the next crash.
     */
    recoverableWork: (): Promise<RecoverableWork[]> =>
      serial(async () => {
        const live = await deps.liveSessions().catch(() => new Set<string>());
        const keys = await storage.records.keys(AUTOSAVE_PREFIX).catch(() => [] as string[]);
        const found: RecoverableWork[] = [];
        for (const key of keys) {
          const mine = isPendingKey(key, deps.sessionId);
          const record = readAutosaveRecord(await storage.records.get(key).catch(() => undefined));
          // Unreadable side records are not offered; they are left alone, not deleted.
          if (!record || (!mine && (record.session === deps.sessionId || live.has(record.session)))) continue;
          const parsed = parseScenarioText(record.text, SCENARIO_RULES);
          if (!parsed.ok) continue;
          let id = key;
          if (!mine) {
            id = pendingKey(deps.sessionId, (pendingCount += 1));
            try {
              // Written under the new key before the old one goes: a crash in between leaves a copy, never nothing.
              await storage.records.set(id, JSON.stringify({ ...record, session: deps.sessionId }));
              await storage.records.remove(key);
            } catch {
              id = key;
            }
          }
          const ref = record.locator === null ? null : storage.adopt(record.locator);
          found.push({ id, ref, fileName: record.fileName, savedAt: record.savedAt, document: parsed.value, revision: record.baseRevision });
        }
        // What sessions that are gone had on screen is not needed any more (a reload resumes before this is asked).
        for (const key of await storage.records.keys(SESSION_PREFIX).catch(() => [] as string[])) {
          const session = key.slice(SESSION_PREFIX.length);
          if (session !== deps.sessionId && !live.has(session)) await storage.records.remove(key).catch(() => undefined);
        }
        return found.sort((a, b) => b.savedAt - a.savedAt);
      }),

    /** Remembers what this session has on screen, so a reload of the page reopens it (session-records.ts). */
    async rememberSession(ref: ScenarioRef | null, view: ScenarioView): Promise<LibraryResult<null, 'io' | 'not-found'>> {
      // Only scenarios this library handed out: a page cannot make records for references it invents.
      const locator = ref === null ? null : storage.locator(ref);
      if (ref !== null && (locator === null || (await storage.fileName(ref)) === null)) return libraryErr('not-found', GONE);
      const record: SessionRecord = { savedAt: deps.now(), locator, view: { region: view.region, lens: view.lens, charts: [...view.charts] } };
      try {
        await storage.records.set(sessionKey(deps.sessionId), JSON.stringify(record));
        return ok(null);
      } catch (e) {
        return failure(e, 'remember-session', [] as const);
      }
    },

    /**
     * What session `previous` had on screen (this session itself on the desktop, where a reload keeps the process;
     * the tab's previous page in a browser), taken over by this session: the scenario as stored, or its unsaved
     * work from that session's autosave, and the view. null when there is nothing to resume, or when `previous`
     * still runs (a duplicated tab): its work is its own.
     */
    async resumeSession(previous: string = deps.sessionId): Promise<ResumedSession | null> {
      const record = readSessionRecord(await storage.records.get(sessionKey(previous)).catch(() => undefined));
      if (!record) return null;
      if (previous !== deps.sessionId && (await deps.liveSessions().catch(() => new Set<string>())).has(previous)) return null;
      // The slot the work was autosaved under, and the scenario as it is now (gone: the work comes back untitled).
      const slot = record.locator === null ? null : storage.adopt(record.locator);
      const stored = slot === null ? null : await openScenario(slot);
      const ref = stored?.ok ? slot : null;
      const work = readAutosaveRecord(await storage.records.get(autosaveKey(previous, slot)).catch(() => undefined));
      const parsedWork = work ? parseScenarioText(work.text, SCENARIO_RULES) : null;
      const working = parsedWork?.ok ? parsedWork.value : null;
      if (previous !== deps.sessionId || ref !== slot) {
        // This session takes the work over under its own keys; the old ones go once the new ones are written.
        try {
          const locator = ref === null ? null : record.locator;
          if (work && working) {
            const moved = { ...work, session: deps.sessionId, locator, fileName: ref === null ? null : work.fileName, baseRevision: ref === null ? null : work.baseRevision };
            await storage.records.set(autosaveKey(deps.sessionId, ref), JSON.stringify(moved));
            await storage.records.remove(autosaveKey(previous, slot));
          }
          await storage.records.set(sessionKey(deps.sessionId), JSON.stringify({ ...record, locator, savedAt: deps.now() }));
          if (previous !== deps.sessionId) await storage.records.remove(sessionKey(previous));
        } catch {
          // Left where it was: the next start offers the work as recovered work instead.
        }
      }
      const recorded = record.view;
      const viewOk = SCENARIO_RULES.regionIds.has(recorded.region) && recorded.charts.every((c) => SCENARIO_RULES.outputIds.has(c));
      const view = viewOk ? recorded : (working ?? (stored?.ok ? stored.value.document : null))?.view ?? defaultView();
      const file = stored?.ok ? stored.value : null;
      if (working) {
        return {
          ref, fileName: file?.fileName ?? null, document: working, unsaved: true, readOnly: file?.readOnly ?? false,
          baselineMismatch: baselineMismatch(working, deps.baseline), revision: ref === null ? null : (work?.baseRevision ?? null), view,
        };
      }
      if (file) return { ref, fileName: file.fileName, document: file.document, unsaved: false, readOnly: file.readOnly, baselineMismatch: file.baselineMismatch, revision: file.revision, view };
      return { ref: null, fileName: null, document: null, unsaved: false, readOnly: false, baselineMismatch: null, revision: null, view };
    },

    /** The user chose (Recover, then its new autosave; or Discard): the recovered record is not needed any more. */
    async discardRecoveredWork(id: string): Promise<LibraryResult<null, 'io' | 'not-found'>> {
      if (!isPendingKey(id, deps.sessionId)) return libraryErr('not-found', { kind: 'missing', what: 'recovered' });
      try {
        await storage.records.remove(id);
        return ok(null);
      } catch (e) {
        return failure(e, 'remove-recovered', [] as const);
      }
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
