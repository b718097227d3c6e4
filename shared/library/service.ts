// The scenario library's rules, written once for every host: documents are checked with the scenario codec
// before anything is stored and stamped on save; a newer Puente's file opens read-only and is never saved
// over; a file from another baseline is flagged; new files get unique names; the previous content becomes a
// backup pruned by the retention rule; the recent list; autosave and crash recovery. Storage is an adapter
// (storage.ts): disk on the desktop, browser storage or a Map on the web and memory hosts.
import { err, ok, type Result } from '../result';
import type {
  BackupInfo, DeletedScenario, LibraryEntry, OpenedScenario, OpenError, RecoverableWork, ResumedSession, Revision, SavedScenario, SaveError, ScenarioRef,
} from '../host/library-types';
import {
  defaultView, parseNewerScenarioText, parseScenarioText, parseScenarioValue, SCENARIO_RULES, serialiseScenario,
  type ScenarioDocument, type ScenarioParse, type ScenarioView,
} from '../scenario';
import { decodeScenarioBytes } from '../scenario/utf8';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionRule } from './backup-policy';
import { baselineMismatch, type BaselineStamp } from './baseline';
import { fileNameFor, uniqueFileName } from './file-names';
import { autosaveKey, isPendingKey, pendingKey, readAutosaveRecord, AUTOSAVE_PREFIX, type AutosaveRecord } from './autosave-records';
import { readRecentList, RECENT_KEY, RECENT_LIMIT } from './recent-list';
import { readSessionRecord, sessionKey, SESSION_PREFIX, type SessionRecord } from './session-records';
import { revisionOf } from './revision';
import { StorageFault, type FaultCode, type LibraryStorage, type StoredData } from './storage';

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
}

const NOT_FOUND = 'This scenario is not in the library any more.';

/** How long a deleted scenario stays where the app can restore it (then: the OS trash, or gone from a browser). */
export const DELETED_KEPT_DAYS = 30;
const DELETED_KEPT_MS = DELETED_KEPT_DAYS * 86_400_000;

/** A storage failure as a library result: the fault's code where the page has words for it, else 'io'. */
function failure<E extends string>(e: unknown, what: string, codes: readonly E[]): { ok: false; code: E | 'io'; message: string } {
  const code: FaultCode = e instanceof StorageFault ? e.code : 'io';
  const detail = e instanceof Error ? e.message : String(e);
  return err((codes as readonly string[]).includes(code) ? (code as E) : 'io', `${what} (${detail}).`);
}

export function createLibraryService(deps: LibraryServiceDeps) {
  const { storage } = deps;
  const retention = deps.retention ?? DEFAULT_RETENTION;

  // One change at a time: two quick saves must not both pick the same free name, or back up the same version.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Stored text as it is; bytes strictly as UTF-8 (a lenient decode would make "Café" "Caf\uFFFD" for good). */
  const decode = (data: StoredData): Result<string, 'not-utf8'> => (typeof data === 'string' ? ok(data) : decodeScenarioBytes(data));

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
  const check = (doc: unknown): Result<ScenarioDocument, 'invalid'> => {
    const parsed = parseScenarioValue(doc, SCENARIO_RULES);
    return parsed.ok ? parsed : err('invalid', `The scenario was not saved: ${parsed.message}`);
  };

  // ---- the recent list -------------------------------------------------------------------------------------
  const recentLocators = async (): Promise<string[]> => readRecentList(await storage.records.get(RECENT_KEY));
  const writeRecent = (list: readonly string[]) => storage.records.set(RECENT_KEY, JSON.stringify({ recent: list.slice(0, RECENT_LIMIT) }));
  const noteRecent = async (ref: ScenarioRef, replacing?: string | null) => {
    const locator = storage.locator(ref);
    if (!locator) return;
    const list = await recentLocators();
    await writeRecent([locator, ...list.filter((l) => l !== locator && l !== replacing)]).catch(() => undefined);
  };
  const forgetRecent = async (locator: string | null) => {
    if (!locator) return;
    const list = await recentLocators();
    if (list.includes(locator)) await writeRecent(list.filter((l) => l !== locator)).catch(() => undefined);
  };

  // ---- reading ---------------------------------------------------------------------------------------------
  /** An entry's text, or why it cannot be read. */
  const readText = async (ref: ScenarioRef): Promise<Result<string, OpenError>> => {
    try {
      return decode(await storage.read(ref));
    } catch (e) {
      if (e instanceof StorageFault && e.code === 'not-found') return err('not-found', NOT_FOUND);
      if (e instanceof StorageFault && e.code === 'too-large') return err('too-large', e.message);
      if (e instanceof StorageFault && e.code === 'not-a-file') return err('wrong-format', e.message);
      return failure(e, 'The scenario cannot be read', [] as const);
    }
  };

  const describe = async (ref: ScenarioRef, fileName: string, modifiedAt: number): Promise<LibraryEntry> => {
    const text = await readText(ref);
    if (!text.ok) return { ref, fileName, modifiedAt, status: text.code, message: text.message, document: null };
    const parsed = parseScenarioText(text.value, SCENARIO_RULES);
    return parsed.ok
      ? { ref, fileName, modifiedAt, status: 'ok', message: null, document: parsed.value }
      : { ref, fileName, modifiedAt, status: parsed.code, message: parsed.message, problem: parsed.problem, document: null };
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

  /** Keeps `previous` as a backup of `ref`, then prunes backups with the retention rule (readable ones only count). */
  const backUp = async (ref: ScenarioRef, previous: string) => {
    const takenAt = deps.now();
    await storage.backups.add(ref, takenAt, previous);
    const backups = await readableBackups(ref);
    const { remove } = backupsToKeep(backups.map((b) => ({ name: b.id, takenAt: b.takenAt })), takenAt, deps.utcOffsetMinutes(), retention);
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
  const writeOver = async (ref: ScenarioRef, doc: ScenarioDocument, previous: string | null): Promise<Result<SavedScenario, SaveError>> => {
    const before = previous === null ? null : parseScenarioText(previous, SCENARIO_RULES);
    const was = before?.ok ? before.value : null;
    // A file keeps the time it was first created, whatever the working copy carries.
    const stamped = stamp({ ...doc, createdAt: doc.createdAt ?? was?.createdAt ?? null });
    const text = serialiseScenario(stamped);
    try {
      if (previous !== null && !unchanged(was, stamped)) await backUp(ref, previous);
      await storage.write(ref, text);
    } catch (e) {
      return failure(e, 'The scenario could not be saved; the stored copy is unchanged', ['no-space'] as const);
    }
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

  const createScenario = async (doc: ScenarioDocument, beside: ScenarioRef | null): Promise<Result<SavedScenario, SaveError>> => {
    const stamped = stamp(doc);
    const text = serialiseScenario(stamped);
    try {
      const { ref, fileName } = await createEntry(stamped.name, text, beside);
      await noteRecent(ref);
      return ok({ ref, fileName, document: stamped, revision: revisionOf(text) });
    } catch (e) {
      return failure(e, 'The scenario could not be saved', ['no-space'] as const);
    }
  };

  /** The stored document for rename and duplicate: only a file this version reads fully may be rewritten. */
  const loadStrict = async (ref: ScenarioRef): Promise<Result<{ text: string; doc: ScenarioDocument }, OpenError>> => {
    const text = await readText(ref);
    if (!text.ok) return text;
    const parsed = parseScenarioText(text.value, SCENARIO_RULES);
    return parsed.ok ? ok({ text: text.value, doc: parsed.value }) : parsed;
  };

  const openScenario = async (ref: ScenarioRef): Promise<Result<OpenedScenario, OpenError>> => {
    const text = await readText(ref);
    if (!text.ok) return text;
    const { parsed, readOnly } = readForOpening(text.value);
    if (!parsed.ok) return parsed;
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
      await storage.sweep().catch(() => 0);
      const deleted = await storage.deleted.list().catch(() => []);
      for (const entry of deleted) {
        if (deps.now() - entry.deletedAt > DELETED_KEPT_MS) await storage.deleted.purge(entry.id).catch(() => undefined);
      }
    },

    async listScenarios(): Promise<Result<LibraryEntry[], 'io'>> {
      try {
        const entries = await storage.list();
        const described = await Promise.all(entries.map((e) => describe(e.ref, e.fileName, e.modifiedAt)));
        return ok(described.sort((a, b) => b.modifiedAt - a.modifiedAt));
      } catch (e) {
        return failure(e, 'The scenario library cannot be read', [] as const);
      }
    },

    openScenario,

    /** Opens a file the user picked (a native dialog, a double-click): its path enters the library here. */
    async openLocator(locator: string): Promise<Result<OpenedScenario, OpenError>> {
      const ref = storage.adopt(locator);
      return ref ? openScenario(ref) : err('not-found', NOT_FOUND);
    },

    /** The reference for a path the user handed to the app (opening it is up to the page). */
    adopt: (locator: string): ScenarioRef | null => storage.adopt(locator),

    /** Browser import: the picked file is checked, then kept in the library as it came (a newer app's fields included). */
    importScenario: (fileName: string, data: StoredData): Promise<Result<OpenedScenario, OpenError>> =>
      serial(async () => {
        const text = decode(data);
        if (!text.ok) return text;
        const { parsed, readOnly } = readForOpening(text.value);
        if (!parsed.ok) return parsed;
        try {
          const created = await createEntry(fileName.replace(/\.puente\.json$|\.json$/i, ''), text.value, null);
          await noteRecent(created.ref);
          return ok(opened(created.ref, created.fileName, text.value, parsed.value, readOnly));
        } catch (e) {
          return failure(e, 'The scenario could not be stored', [] as const);
        }
      }),

    /**
     * Saves over `ref`, or (ref null) creates a new entry in the library named after the scenario. Given the
     * revision the working copy was based on, a save over changes made elsewhere since is refused ('changed').
     */
    saveScenario: (ref: ScenarioRef | null, raw: ScenarioDocument, baseRevision: Revision | null = null): Promise<Result<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        if (!doc.ok) return doc;
        if (ref === null) return createScenario(doc.value, null);
        const current = await readText(ref);
        if (!current.ok) {
          return current.code === 'not-found'
            ? err('not-found', 'This scenario is not in the library any more; use Save As.')
            : err('io', current.message);
        }
        // Checked on every save: a colleague's newer app may have rewritten the file since it was opened.
        if (readForOpening(current.value).readOnly) {
          return err('read-only', 'This file was saved by a newer version of Puente and is opened read-only; use Save As to keep your changes in a new file.');
        }
        if (baseRevision !== null && revisionOf(current.value) !== baseRevision) {
          return err('changed', 'This scenario was saved elsewhere (another window, tab or program) since it was opened here.');
        }
        return writeOver(ref, doc.value, current.value);
      }),

    /** Save As to a place the user picked in a native dialog (which already asked before replacing a file). */
    saveScenarioAt: (locator: string, raw: ScenarioDocument): Promise<Result<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        if (!doc.ok) return doc;
        const ref = storage.adopt(locator);
        if (!ref) return err('not-found', NOT_FOUND);
        const current = await readText(ref);
        if (!current.ok && current.code !== 'not-found') return err('io', current.message);
        return writeOver(ref, doc.value, current.ok ? current.value : null);
      }),

    /** A new entry in the library (the web's Save As, after the page asked for a name). */
    createScenario: (raw: ScenarioDocument): Promise<Result<SavedScenario, SaveError>> =>
      serial(async () => {
        const doc = check(raw);
        return doc.ok ? createScenario(doc.value, null) : doc;
      }),

    /** The document checked and serialised for a copy outside the library (a download or a dialog's path). */
    exportText(raw: ScenarioDocument): Result<{ fileName: string; text: string }, 'invalid'> {
      const doc = check(raw);
      return doc.ok ? ok({ fileName: fileNameFor(doc.value.name), text: serialiseScenario(doc.value) }) : doc;
    },

    renameScenario: (ref: ScenarioRef, name: string): Promise<Result<SavedScenario, SaveError | OpenError>> =>
      serial(async () => {
        const loaded = await loadStrict(ref);
        if (!loaded.ok) return loaded;
        const current = (await storage.fileName(ref)) ?? '';
        // Only this entry's own name is free to take again (a change of case); "budget" is not "Budget" on a
        // case-sensitive disk, and may be another scenario.
        const taken = (await storage.namesBeside(ref)).filter((n) => n !== current);
        const fileName = uniqueFileName(fileNameFor(name), taken);
        const written = await writeOver(ref, { ...loaded.value.doc, name }, loaded.value.text);
        if (!written.ok || fileName === current) return written;
        const oldLocator = storage.locator(ref);
        try {
          const moved = await storage.rename(ref, fileName);
          await noteRecent(moved, oldLocator);
          return ok({ ...written.value, ref: moved, fileName });
        } catch (e) {
          return failure(e, 'The scenario was renamed inside, but its file name could not change', ['no-space'] as const);
        }
      }),

    duplicateScenario: (ref: ScenarioRef, name: string): Promise<Result<SavedScenario, SaveError | OpenError>> =>
      serial(async () => {
        const loaded = await loadStrict(ref);
        if (!loaded.ok) return loaded;
        return createScenario({ ...loaded.value.doc, name, createdAt: null }, ref);
      }),

    /** Takes a scenario and its backups out of the library, where restoreDeleted can bring them back for a while. */
    deleteScenario: (ref: ScenarioRef): Promise<Result<DeletedScenario, 'io' | 'not-found'>> =>
      serial(async () => {
        const locator = storage.locator(ref);
        let deleted;
        try {
          deleted = await storage.deleted.put(ref, deps.now());
        } catch (e) {
          if (e instanceof StorageFault && e.code === 'not-found') return err('not-found', NOT_FOUND);
          return failure(e, 'The scenario could not be deleted', [] as const);
        }
        await forgetRecent(locator);
        return ok(deleted);
      }),

    async listDeleted(): Promise<Result<DeletedScenario[], 'io'>> {
      try {
        return ok((await storage.deleted.list()).sort((a, b) => b.deletedAt - a.deletedAt));
      } catch (e) {
        return failure(e, 'The deleted scenarios cannot be listed', [] as const);
      }
    },

    /** Puts a deleted scenario back where it was, under a free name (another may have taken its own meanwhile). */
    restoreDeleted: (id: string): Promise<Result<LibraryEntry, 'io' | 'not-found' | 'no-space'>> =>
      serial(async () => {
        try {
          const deleted = (await storage.deleted.list()).find((d) => d.id === id);
          if (!deleted) return err('not-found', 'That scenario is not among the recently deleted ones any more.');
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
          if (e instanceof StorageFault && e.code === 'not-found') return err('not-found', 'That scenario is not among the recently deleted ones any more.');
          return failure(e, 'The scenario could not be restored', ['no-space'] as const);
        }
      }),

    /** The versions "Restore a backup…" offers: readable ones only, newest first. */
    async listBackups(ref: ScenarioRef): Promise<Result<BackupInfo[], 'not-found'>> {
      if (storage.locator(ref) === null) return err('not-found', NOT_FOUND);
      const backups = await readableBackups(ref).catch(() => []);
      return ok(backups.map((b) => ({ id: b.id, takenAt: b.takenAt })).sort((a, b) => b.takenAt - a.takenAt));
    },

    /** A backup as a document; the page shows it as unsaved changes, so restoring loses nothing. */
    async readBackup(ref: ScenarioRef, id: string): Promise<Result<ScenarioDocument, OpenError>> {
      const listed = (await storage.backups.list(ref).catch(() => [])).some((b) => b.id === id);
      if (!listed) return err('not-found', 'That backup is not there any more.');
      try {
        const text = decode(await storage.backups.read(ref, id));
        return text.ok ? parseScenarioText(text.value, SCENARIO_RULES) : text;
      } catch (e) {
        return failure(e, 'That backup cannot be read', [] as const);
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
    async writeAutosave(ref: ScenarioRef | null, raw: ScenarioDocument, baseRevision: Revision | null = null): Promise<Result<null, 'io' | 'no-space' | 'invalid' | 'not-found'>> {
      const doc = check(raw);
      if (!doc.ok) return doc;
      // Only for scenarios this library handed out: a page cannot make side files for references it invents.
      const fileName = ref === null ? null : await storage.fileName(ref);
      if (ref !== null && fileName === null) return err('not-found', NOT_FOUND);
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
        return failure(e, 'The working copy could not be kept', ['no-space'] as const);
      }
    },

    async clearAutosave(ref: ScenarioRef | null): Promise<Result<null, 'io'>> {
      try {
        await storage.records.remove(autosaveKey(deps.sessionId, ref));
        return ok(null);
      } catch (e) {
        return failure(e, 'The working copy could not be removed', [] as const);
      }
    },

    /**
     * Work left by sessions that ended without saving (a crash, a power cut, a killed tab), newest first. Each
     * piece is claimed for this session under a key of its own, so this session's autosaves can never replace
     * it: it stays until the user recovers or discards it, or is offered again after the next crash.
     */
    async recoverableWork(): Promise<RecoverableWork[]> {
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
    },

    /** Remembers what this session has on screen, so a reload of the page reopens it (session-records.ts). */
    async rememberSession(ref: ScenarioRef | null, view: ScenarioView): Promise<Result<null, 'io' | 'not-found'>> {
      // Only scenarios this library handed out: a page cannot make records for references it invents.
      const locator = ref === null ? null : storage.locator(ref);
      if (ref !== null && (locator === null || (await storage.fileName(ref)) === null)) return err('not-found', NOT_FOUND);
      const record: SessionRecord = { savedAt: deps.now(), locator, view: { region: view.region, lens: view.lens, charts: [...view.charts] } };
      try {
        await storage.records.set(sessionKey(deps.sessionId), JSON.stringify(record));
        return ok(null);
      } catch (e) {
        return failure(e, 'What is on screen could not be remembered', [] as const);
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
    async discardRecoveredWork(id: string): Promise<Result<null, 'io' | 'not-found'>> {
      if (!isPendingKey(id, deps.sessionId)) return err('not-found', 'That recovered work is not there any more.');
      try {
        await storage.records.remove(id);
        return ok(null);
      } catch (e) {
        return failure(e, 'The recovered work could not be removed', [] as const);
      }
    },
  };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
