// The tiny key-value interface browser storage is written against: IndexedDB in the web host
// (renderer/host/idb-kv.ts), a Map in the memory host and the unit tests. Values are strings (serialised JSON),
// so what comes back out is always parsed again at the boundary, whatever wrote it.

/** One change in a batch: `value` null deletes the key. */
export interface KvChange {
  key: string;
  value: string | null;
}

export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key starting with `prefix`, in no particular order. */
  keys(prefix: string): Promise<string[]>;
  /**
   * Several changes in one transaction: all of them are stored, or none. A move (deleting a scenario, restoring
   * it) is one batch, so a tab closed halfway never leaves the same entry in two places.
   */
  batch(changes: readonly KvChange[]): Promise<void>;
}

export function createMapStore(initial?: Iterable<[string, string]>): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>(initial);
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => {
      data.set(key, value);
    },
    delete: async (key) => {
      data.delete(key);
    },
    keys: async (prefix) => [...data.keys()].filter((k) => k.startsWith(prefix)),
    batch: async (changes) => {
      for (const { key, value } of changes) {
        if (value === null) data.delete(key);
        else data.set(key, value);
      }
    },
  };
}
