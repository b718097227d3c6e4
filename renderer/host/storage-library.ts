// The scenario library on a key-value store: the web host's browser storage (IndexedDB) and the memory
// host's Map run this one implementation. It mirrors the desktop library (electron/files/scenario-store.ts):
// opaque references, documents stamped on save, rolling backups (shared/scenario/backup-policy.ts),
// newer-version files read-only, corrupt imports refused with the codec's message and nothing stored.
// No DOM here: the file picker and the download are passed in, so the logic is unit-tested under node.
import { z } from 'zod';
import { err, ok, type Result } from '../../shared/result';
import type { LibraryHost } from '../../shared/host/library-host';
import type { BackupInfo, LibraryEntry, OpenedScenario, OpenError, RecoverableWork, SaveError, ScenarioRef } from '../../shared/host/library-types';
import { backupsToKeep } from '../../shared/scenario/backup-policy';
import {
  MAX_SCENARIO_BYTES, parseNewerScenarioText, parseScenarioText, parseScenarioValue, SCENARIO_RULES, serialiseScenario,
  type ScenarioDocument, type ScenarioParse,
} from '../../shared/scenario';
import type { KeyValueStore } from './kv-store';
import { fileNameFor, uniqueFileName } from '../../shared/scenario/file-names';

/** A file the user picked; `text` is read only after the size check. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface StorageLibraryDeps {
  kv: KeyValueStore;
  appVersion: string;
  /** The bundled baseline dataset (id and checksum) documents are stamped with. */
  baseline: { datasetId: string; checksum: string };
  now(): number;
  /** Minutes east of UTC, so "today" in the backup rule is the user's today. */
  utcOffsetMinutes(): number;
  newId(): string;
  /** The import picker; null when the user cancels. */
  pickFile(): Promise<PickedFile | null>;
  /** Hands a file to the user outside the library (a browser download). */
  deliverFile(fileName: string, text: string): void;
  onUnsavedChanges(unsaved: boolean): void;
  /** This tab's id: autosaves are kept per tab, so two open tabs never overwrite each other's work. */
  sessionId: string;
  /** Ids of the tabs open right now (Web Locks in the browser); their autosaves are live work, not recoverable. */
  liveSessions(): Promise<ReadonlySet<string>>;
}

const RECENT_LIMIT = 10;
const SCENARIO = 'scenario:';
const BACKUP = 'backup:';
const AUTOSAVE = 'autosave:';
const RECENT = 'recent';

// Stored records are read back through zod: storage is shared with other tabs, other versions and extensions.
const scenarioRecord = z.strictObject({ fileName: z.string().max(300), modifiedAt: z.number(), text: z.string() });
const backupRecord = z.strictObject({ takenAt: z.number(), text: z.string() });
const autosaveRecord = z.strictObject({ ref: z.string().max(64).nullable(), fileName: z.string().max(300).nullable(), savedAt: z.number(), text: z.string() });
const recentRecord = z.array(z.string().max(64)).max(100);
type ScenarioRecord = z.infer<typeof scenarioRecord>;

function readJson<T>(schema: z.ZodType<T>, raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const ioMessage = (e: unknown, what: string) => `${what} (${e instanceof Error ? e.message : String(e)}).`;
const NOT_FOUND = 'This scenario is not in the library any more.';

export function createStorageLibrary(deps: StorageLibraryDeps): LibraryHost {
  const { kv } = deps;
  const scenarioKey = (ref: ScenarioRef) => `${SCENARIO}${ref}`;
  // autosave:<session>:<ref | untitled>. Keys without a session (older builds) count as a closed tab's.
  const autosaveKey = (ref: ScenarioRef | null, session = deps.sessionId) => `${AUTOSAVE}${session}:${ref ?? 'untitled'}`;
  const sessionOf = (key: string): string => {
    const rest = key.slice(AUTOSAVE.length);
    return rest.includes(':') ? rest.slice(0, rest.indexOf(':')) : '';
  };

  const readRecord = async (ref: ScenarioRef): Promise<ScenarioRecord | null> => readJson(scenarioRecord, await kv.get(scenarioKey(ref)));
  const allRecords = async (): Promise<[ScenarioRef, ScenarioRecord][]> => {
    const keys = await kv.keys(SCENARIO);
    const records = await Promise.all(keys.map(async (key) => [key.slice(SCENARIO.length), await readJson(scenarioRecord, await kv.get(key))] as const));
    return records.filter((r): r is [ScenarioRef, ScenarioRecord] => r[1] !== null);
  };
  const takenNames = async (except?: ScenarioRef) => (await allRecords()).filter(([ref]) => ref !== except).map(([, r]) => r.fileName);

  const entryOf = (ref: ScenarioRef, record: ScenarioRecord): LibraryEntry => {
    const parsed = parseScenarioText(record.text, SCENARIO_RULES);
    return parsed.ok
      ? { ref, fileName: record.fileName, modifiedAt: record.modifiedAt, status: 'ok', message: null, document: parsed.value }
      : { ref, fileName: record.fileName, modifiedAt: record.modifiedAt, status: parsed.code, message: parsed.message, document: null };
  };

  /** Strict parse, or (for a newer Puente's file) the part this version understands, flagged read-only. */
  const readForOpening = (text: string): { parsed: ScenarioParse; readOnly: boolean } => {
    const strict = parseScenarioText(text, SCENARIO_RULES);
    if (strict.ok || strict.code !== 'newer-version') return { parsed: strict, readOnly: false };
    return { parsed: parseNewerScenarioText(text, SCENARIO_RULES), readOnly: true };
  };

  const opened = (ref: ScenarioRef, fileName: string, doc: ScenarioDocument, readOnly: boolean): OpenedScenario => {
    const b = doc.baseline;
    const mismatch = b && (b.datasetId !== deps.baseline.datasetId || b.checksum !== deps.baseline.checksum) ? { fileDatasetId: b.datasetId, fileChecksum: b.checksum } : null;
    return { ref, fileName, document: doc, readOnly, baselineMismatch: mismatch };
  };

  const noteRecent = async (ref: ScenarioRef) => {
    const list = readJson(recentRecord, await kv.get(RECENT)) ?? [];
    await kv.set(RECENT, JSON.stringify([ref, ...list.filter((r) => r !== ref)].slice(0, RECENT_LIMIT)));
  };

  const stamp = (doc: ScenarioDocument): ScenarioDocument => {
    const time = new Date(deps.now()).toISOString();
    return { ...doc, createdAt: doc.createdAt ?? time, updatedAt: time, appVersion: deps.appVersion, baseline: doc.baseline ?? deps.baseline };
  };

  /** Keeps the previous content as a backup, then prunes backups with the shared retention rule. */
  const backUp = async (ref: ScenarioRef, previous: ScenarioRecord) => {
    const takenAt = deps.now();
    await kv.set(`${BACKUP}${ref}:${takenAt}-${deps.newId().slice(0, 6)}`, JSON.stringify({ takenAt, text: previous.text }));
    const backups = await backupEntries(ref);
    const { remove } = backupsToKeep(backups.map((b) => ({ name: b.key, takenAt: b.takenAt })), deps.now(), deps.utcOffsetMinutes());
    await Promise.all(remove.map((b) => kv.delete(b.name)));
  };
  const backupEntries = async (ref: ScenarioRef) => {
    const keys = await kv.keys(`${BACKUP}${ref}:`);
    const entries = await Promise.all(keys.map(async (key) => ({ key, record: readJson(backupRecord, await kv.get(key)) })));
    return entries.flatMap(({ key, record }) => (record ? [{ key, id: key.slice(`${BACKUP}${ref}:`.length), takenAt: record.takenAt, text: record.text }] : []));
  };

  /** Writes a stamped document under `ref` (backing up what was there); the stored text is what a file would hold. */
  const write = async (ref: ScenarioRef, fileName: string, doc: ScenarioDocument): Promise<Result<ScenarioDocument, SaveError>> => {
    const stamped = stamp(doc);
    try {
      const previous = await readRecord(ref);
      if (previous) await backUp(ref, previous);
      await kv.set(scenarioKey(ref), JSON.stringify({ fileName, modifiedAt: deps.now(), text: serialiseScenario(stamped) }));
      await noteRecent(ref);
      return ok(stamped);
    } catch (e) {
      return err('io', ioMessage(e, 'The scenario could not be saved in browser storage; the stored copy is unchanged'));
    }
  };

  /** A document from the page is checked like a file before it is stored. */
  const check = (doc: ScenarioDocument): Result<ScenarioDocument, 'invalid'> => {
    const parsed = parseScenarioValue(doc, SCENARIO_RULES);
    return parsed.ok ? parsed : err('invalid', `The scenario was not saved: ${parsed.message}`);
  };

  const saveNew = async (doc: ScenarioDocument) => {
    const checked = check(doc);
    if (!checked.ok) return checked;
    const ref = deps.newId();
    const fileName = uniqueFileName(fileNameFor(checked.value.name), await takenNames());
    const written = await write(ref, fileName, checked.value);
    return written.ok ? ok({ ref, fileName, document: written.value }) : written;
  };

  /** The stored document for rename and duplicate: only a file this version reads fully may be rewritten. */
  const loadStrict = async (ref: ScenarioRef): Promise<Result<{ record: ScenarioRecord; doc: ScenarioDocument }, OpenError>> => {
    const record = await readRecord(ref);
    if (!record) return err('not-found', NOT_FOUND);
    const parsed = parseScenarioText(record.text, SCENARIO_RULES);
    return parsed.ok ? ok({ record, doc: parsed.value }) : parsed;
  };

  return {
    async listScenarios() {
      try {
        return ok((await allRecords()).map(([ref, record]) => entryOf(ref, record)).sort((a, b) => b.modifiedAt - a.modifiedAt));
      } catch (e) {
        return err('io', ioMessage(e, 'The scenario library in browser storage cannot be read'));
      }
    },

    async openScenario(ref) {
      const record = await readRecord(ref).catch(() => null);
      if (!record) return err('not-found', NOT_FOUND);
      const { parsed, readOnly } = readForOpening(record.text);
      if (!parsed.ok) return parsed;
      await noteRecent(ref).catch(() => undefined);
      return ok(opened(ref, record.fileName, parsed.value, readOnly));
    },

    async importScenario() {
      const file = await deps.pickFile();
      if (file === null) return ok(null);
      if (file.size > MAX_SCENARIO_BYTES) return err('too-large', `This file is too large to be a scenario (over ${MAX_SCENARIO_BYTES / 1024 / 1024} MB).`);
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return err('io', ioMessage(e, 'The file cannot be read'));
      }
      const { parsed, readOnly } = readForOpening(text);
      if (!parsed.ok) return parsed;
      // The file is kept as it came (a newer app's fields included), like a file copied into the library folder.
      const ref = deps.newId();
      try {
        const fileName = uniqueFileName(fileNameFor(file.name.replace(/\.puente\.json$|\.json$/i, '')), await takenNames());
        await kv.set(scenarioKey(ref), JSON.stringify({ fileName, modifiedAt: deps.now(), text }));
        await noteRecent(ref);
        return ok(opened(ref, fileName, parsed.value, readOnly));
      } catch (e) {
        return err('io', ioMessage(e, 'The scenario could not be stored in browser storage'));
      }
    },

    async saveScenario(ref, doc) {
      if (ref === null) return saveNew(doc);
      const record = await readRecord(ref).catch(() => null);
      if (!record) return err('not-found', 'This scenario is not in the library any more; use Save As.');
      if (readForOpening(record.text).readOnly) {
        return err('read-only', 'This file was saved by a newer version of Puente and is opened read-only; use Save As to keep your changes in a new file.');
      }
      const checked = check(doc);
      if (!checked.ok) return checked;
      const written = await write(ref, record.fileName, checked.value);
      return written.ok ? ok({ ref, fileName: record.fileName, document: written.value }) : written;
    },

    // No native dialog in a browser: the page asks for the name first, then this stores a new entry.
    saveScenarioAs: (doc) => saveNew(doc),

    async exportScenario(doc) {
      const checked = check(doc);
      if (!checked.ok) return checked;
      try {
        deps.deliverFile(fileNameFor(checked.value.name), serialiseScenario(checked.value));
        return ok(true);
      } catch (e) {
        return err('io', ioMessage(e, 'The file could not be downloaded'));
      }
    },

    async renameScenario(ref, name) {
      const loaded = await loadStrict(ref);
      if (!loaded.ok) return loaded;
      const fileName = uniqueFileName(fileNameFor(name), await takenNames(ref));
      const written = await write(ref, fileName, { ...loaded.value.doc, name });
      return written.ok ? ok({ ref, fileName, document: written.value }) : written;
    },

    async duplicateScenario(ref, name) {
      const loaded = await loadStrict(ref);
      if (!loaded.ok) return loaded;
      return saveNew({ ...loaded.value.doc, name, createdAt: null });
    },

    async deleteScenario(ref) {
      try {
        if (!(await readRecord(ref))) return err('not-found', NOT_FOUND);
        const backups = await kv.keys(`${BACKUP}${ref}:`);
        await Promise.all([kv.delete(scenarioKey(ref)), ...backups.map((key) => kv.delete(key))]);
        const recent = readJson(recentRecord, await kv.get(RECENT)) ?? [];
        await kv.set(RECENT, JSON.stringify(recent.filter((r) => r !== ref)));
        return ok(null);
      } catch (e) {
        return err('io', ioMessage(e, 'The scenario could not be removed from browser storage'));
      }
    },

    async listBackups(ref) {
      if (!(await readRecord(ref).catch(() => null))) return err('not-found', NOT_FOUND);
      const backups = await backupEntries(ref).catch(() => []);
      return ok(backups.map((b): BackupInfo => ({ id: b.id, takenAt: b.takenAt })).sort((a, b) => b.takenAt - a.takenAt));
    },

    async readBackup(ref, backupId) {
      const backup = (await backupEntries(ref).catch(() => [])).find((b) => b.id === backupId);
      return backup ? parseScenarioText(backup.text, SCENARIO_RULES) : err('not-found', 'That backup is not there any more.');
    },

    async recentScenarios() {
      try {
        const refs = readJson(recentRecord, await kv.get(RECENT)) ?? [];
        const entries = await Promise.all(refs.map(async (ref) => {
          const record = await readRecord(ref);
          return record ? entryOf(ref, record) : null;
        }));
        return entries.filter((e): e is LibraryEntry => e !== null);
      } catch {
        return [];
      }
    },

    async writeAutosave(ref, doc) {
      const record = ref === null ? null : await readRecord(ref).catch(() => null);
      await kv.set(autosaveKey(ref), JSON.stringify({ ref, fileName: record?.fileName ?? null, savedAt: deps.now(), text: serialiseScenario(doc) }));
    },

    async clearAutosave(ref) {
      await kv.delete(autosaveKey(ref));
    },

    /**
     * Work left by tabs that are closed (crashed or killed). Each piece is taken over by this tab, so clearing
     * it after Recover or Discard removes it for good; another open tab's live work is never offered.
     */
    async recoverableWork() {
      const live = await deps.liveSessions().catch(() => new Set([deps.sessionId]));
      const keys = (await kv.keys(AUTOSAVE).catch(() => [] as string[])).filter((key) => !live.has(sessionOf(key)));
      const byRef = new Map<string, RecoverableWork & { raw: string }>();
      for (const key of keys) {
        const raw = await kv.get(key).catch(() => undefined);
        const record = readJson(autosaveRecord, raw);
        // A side file is untrusted like any file; one that no longer parses is not offered.
        const parsed = record ? parseScenarioText(record.text, SCENARIO_RULES) : null;
        if (record && raw !== undefined && parsed?.ok) {
          const slot = record.ref ?? 'untitled';
          const known = byRef.get(slot);
          if (!known || known.savedAt < record.savedAt) byRef.set(slot, { ref: record.ref, fileName: record.fileName, savedAt: record.savedAt, document: parsed.value, raw });
        }
        await kv.delete(key).catch(() => undefined);
      }
      for (const work of byRef.values()) await kv.set(autosaveKey(work.ref), work.raw).catch(() => undefined);
      return [...byRef.values()].map(({ raw: _raw, ...work }) => work).sort((a, b) => b.savedAt - a.savedAt);
    },

    setUnsavedChanges(unsaved) {
      deps.onUnsavedChanges(unsaved);
    },
  };
}

/** An opaque reference: 24 random hex digits (the same shape the desktop host hands out). */
export function newRef(): ScenarioRef {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Minutes east of UTC on this machine. */
export const utcOffsetMinutes = (): number => -new Date().getTimezoneOffset();
