// The library's storage in a key-value store (IndexedDB in a browser tab, a Map in the memory host). Layout,
// kept from earlier builds so existing libraries open unchanged:
//   scenario:<ref>                  { fileName, modifiedAt, text }
//   backup:<ref>:<takenAt>-<random>  { takenAt, text }
//   deleted:<ref>                   { fileName, modifiedAt, text, deletedAt } (its backups keep their keys)
//   autosave:<id>, session:<id>, recent   records (autosave-records.ts, session-records.ts, recent-list.ts)
// Stored records are read back through zod: storage is shared with other tabs, other versions and extensions.
import { z } from 'zod';
import type { ScenarioRef } from '../host/library-types';
import { MAX_SCENARIO_BYTES } from '../scenario/guard';
import type { KeyValueStore } from './kv-store';
import { StorageFault, type LibraryStorage } from './storage';

export interface KvStorageDeps {
  kv: KeyValueStore;
  now(): number;
  /** A new opaque reference (24 hex digits, like the desktop's). */
  newId(): string;
}

const SCENARIO = 'scenario:';
const BACKUP = 'backup:';
const DELETED = 'deleted:';
const REF = /^[0-9a-f]{24}$/;

const scenarioRecord = z.strictObject({ fileName: z.string().max(300), modifiedAt: z.number(), text: z.string() });
const backupRecord = z.strictObject({ takenAt: z.number(), text: z.string() });
const deletedRecord = z.strictObject({ fileName: z.string().max(300), modifiedAt: z.number(), text: z.string(), deletedAt: z.number() });
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

/** Store errors as faults: a full quota is the one the user can act on. */
async function guarded<T>(what: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (e) {
    if (e instanceof StorageFault) throw e;
    const name = e instanceof Error ? e.name : '';
    const detail = e instanceof Error ? e.message : String(e);
    throw new StorageFault(name === 'QuotaExceededError' ? 'no-space' : 'io', `${what}: ${detail}`);
  }
}

/** Record keys ("recent", "autosave/<id>", "session/<id>") as store keys ("recent", "autosave:<id>", "session:<id>"). */
const storeKey = (key: string): string => key.replace(/^(autosave|session)\//, '$1:');
const recordKey = (key: string): string => key.replace(/^(autosave|session):/, '$1/');

export function createKvStorage({ kv, now, newId }: KvStorageDeps): LibraryStorage {
  const scenarioKey = (ref: ScenarioRef) => `${SCENARIO}${ref}`;
  const backupPrefix = (ref: ScenarioRef) => `${BACKUP}${ref}:`;

  const record = (ref: ScenarioRef) => guarded('browser storage', async () => readJson(scenarioRecord, await kv.get(scenarioKey(ref))));
  const mustRecord = async (ref: ScenarioRef): Promise<ScenarioRecord> => {
    const found = await record(ref);
    if (!found) throw new StorageFault('not-found', 'not in browser storage');
    return found;
  };
  const put = (ref: ScenarioRef, value: ScenarioRecord) => guarded('browser storage', () => kv.set(scenarioKey(ref), JSON.stringify(value)));
  const all = () =>
    guarded('browser storage', async () => {
      const keys = await kv.keys(SCENARIO);
      const records = await Promise.all(keys.map(async (key) => [key.slice(SCENARIO.length), readJson(scenarioRecord, await kv.get(key))] as const));
      return records.filter((r): r is readonly [ScenarioRef, ScenarioRecord] => r[1] !== null);
    });

  return {
    async list() {
      return (await all()).map(([ref, r]) => ({ ref, fileName: r.fileName, modifiedAt: r.modifiedAt }));
    },
    async read(ref) {
      const { text } = await mustRecord(ref);
      if (text.length > MAX_SCENARIO_BYTES) throw new StorageFault('too-large', `over ${MAX_SCENARIO_BYTES} characters`);
      return text;
    },
    async write(ref, text) {
      const { fileName } = await mustRecord(ref);
      await put(ref, { fileName, modifiedAt: now(), text });
    },
    async create(fileName, text) {
      const ref = newId();
      await put(ref, { fileName, modifiedAt: now(), text });
      return ref;
    },
    async namesBeside() {
      return (await all()).map(([, r]) => r.fileName);
    },
    async rename(ref, fileName) {
      const found = await mustRecord(ref);
      await put(ref, { ...found, fileName });
      return ref;
    },
    async fileName(ref) {
      return (await record(ref).catch(() => null))?.fileName ?? null;
    },
    locator: (ref) => (REF.test(ref) ? ref : null),
    adopt: (locator) => (REF.test(locator) ? locator : null),

    backups: {
      list: (ref) =>
        guarded('browser storage', async () => {
          const keys = await kv.keys(backupPrefix(ref));
          const found = await Promise.all(keys.map(async (key) => ({ key, value: readJson(backupRecord, await kv.get(key)) })));
          return found.flatMap(({ key, value }) => (value ? [{ id: key.slice(backupPrefix(ref).length), takenAt: value.takenAt }] : []));
        }),
      read: (ref, id) =>
        guarded('browser storage', async () => {
          const value = readJson(backupRecord, await kv.get(`${backupPrefix(ref)}${id}`));
          if (!value) throw new StorageFault('not-found', 'backup not in browser storage');
          return value.text;
        }),
      add: (ref, takenAt, text) =>
        guarded('browser storage', async () => {
          // Browser storage holds text only, and its read() never hands out bytes to be kept.
          if (typeof text !== 'string') throw new StorageFault('io', 'bytes as a backup in browser storage');
          const id = `${takenAt}-${newId().slice(0, 6)}`;
          await kv.set(`${backupPrefix(ref)}${id}`, JSON.stringify({ takenAt, text }));
          return id;
        }),
      remove: (ref, id) => guarded('browser storage', () => kv.delete(`${backupPrefix(ref)}${id}`)),
    },

    deleted: {
      async put(ref, deletedAt) {
        const found = await mustRecord(ref);
        // One transaction: a tab closed halfway leaves the scenario in the library or among the deleted, never both.
        await guarded('browser storage', () =>
          kv.batch([
            { key: `${DELETED}${ref}`, value: JSON.stringify({ ...found, deletedAt }) },
            { key: scenarioKey(ref), value: null },
          ]),
        );
        return { id: ref, fileName: found.fileName, deletedAt };
      },
      list: () =>
        guarded('browser storage', async () => {
          const keys = await kv.keys(DELETED);
          const found = await Promise.all(keys.map(async (key) => ({ id: key.slice(DELETED.length), value: readJson(deletedRecord, await kv.get(key)) })));
          return found.flatMap(({ id, value }) => (value ? [{ id, fileName: value.fileName, deletedAt: value.deletedAt }] : []));
        }),
      namesForRestore: async () => (await all()).map(([, r]) => r.fileName),
      restore: (id, fileName) =>
        guarded('browser storage', async () => {
          const value = readJson(deletedRecord, await kv.get(`${DELETED}${id}`));
          if (!value || !REF.test(id)) throw new StorageFault('not-found', 'not among the deleted scenarios');
          // The entry is still in the library (a delete interrupted by an older build): the restored copy gets a
          // reference of its own, and the live entry (with its backups) is left as it is.
          const ref = (await kv.get(scenarioKey(id))) === undefined ? id : newId();
          await kv.batch([
            { key: scenarioKey(ref), value: JSON.stringify({ fileName, modifiedAt: value.modifiedAt, text: value.text }) },
            { key: `${DELETED}${id}`, value: null },
          ]);
          return ref;
        }),
      purge: (id) =>
        guarded('browser storage', async () => {
          // Backups share the scenario's reference: they go only if no live entry has it.
          const live = (await kv.get(scenarioKey(id))) !== undefined;
          const backups = live ? [] : await kv.keys(backupPrefix(id));
          await kv.batch([`${DELETED}${id}`, ...backups].map((key) => ({ key, value: null })));
        }),
    },

    records: {
      get: (key) => guarded('browser storage', () => kv.get(storeKey(key))),
      set: (key, text) => guarded('browser storage', () => kv.set(storeKey(key), text)),
      remove: (key) => guarded('browser storage', () => kv.delete(storeKey(key))),
      keys: (prefix) => guarded('browser storage', async () => (await kv.keys(storeKey(prefix))).map(recordKey)),
    },

    // Each write is one transaction: an interrupted one leaves nothing behind.
    sweep: async () => 0,
  };
}
