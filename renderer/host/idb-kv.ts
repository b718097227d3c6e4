// IndexedDB as a KeyValueStore: one database, one object store of string values keyed by string.
// Each call is its own short transaction; a failure (private mode, quota, blocked upgrade) rejects with the
// browser's error, which the library turns into a result ('no-space' for a full quota, else 'io'). A connection
// the browser closed (after a storage failure, or for another tab's upgrade) is opened again on the next call,
// so the tab recovers without a reload.
import type { KeyValueStore, KvChange } from '../../shared/library/kv-store';

const STORE = 'kv';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export function createIndexedDbStore(dbName = 'puente'): KeyValueStore {
  let opening: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new Error('this browser has no IndexedDB storage'));
        return;
      }
      const open = indexedDB.open(dbName, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
      };
      open.onsuccess = () => {
        const connection = open.result;
        // Closed by the browser (storage failure) or asked to close (an upgrade in another tab): reconnect next time.
        connection.onclose = () => {
          opening = null;
        };
        connection.onversionchange = () => {
          connection.close();
          opening = null;
        };
        resolve(connection);
      };
      open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
      open.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((e: unknown) => {
      opening = null; // let a later call try again
      throw e;
    });
    return opening;
  };
  /** A transaction, on a fresh connection if the cached one has been closed. */
  const transaction = async (mode: IDBTransactionMode): Promise<IDBTransaction> => {
    try {
      return (await db()).transaction(STORE, mode);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'InvalidStateError')) throw e;
      opening = null;
      return (await db()).transaction(STORE, mode);
    }
  };
  /** Runs `act` in one transaction: its requests all commit, or (on any failure) none does. */
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = await transaction(mode);
    // Listen for the end of the transaction before anything can finish it: a write counts only once committed.
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    // Failures are reported once, through the request or the transaction; the other promise must not go unhandled.
    done.catch(() => undefined);
    let req: IDBRequest<T>;
    try {
      req = act(tx.objectStore(STORE));
    } catch (e) {
      // A request refused outright (a full quota can throw at put): the ones already made must not commit.
      try {
        tx.abort();
      } catch {
        // already finished
      }
      throw e;
    }
    const result = await request(req);
    await done;
    return result;
  };
  return {
    async get(key) {
      const value: unknown = await run('readonly', (s) => s.get(key));
      return typeof value === 'string' ? value : undefined;
    },
    async set(key, value) {
      await run('readwrite', (s) => s.put(value, key));
    },
    async delete(key) {
      await run('readwrite', (s) => s.delete(key));
    },
    async batch(changes) {
      const last = changes.length - 1;
      if (last < 0) return;
      // Every request goes into the same transaction; the last one's success is awaited with the commit.
      const change = (s: IDBObjectStore, { key, value }: KvChange): IDBRequest => (value === null ? s.delete(key) : s.put(value, key));
      await run('readwrite', (s) => {
        for (const c of changes.slice(0, last)) change(s, c);
        return change(s, changes[last]!);
      });
    },
    async keys(prefix) {
      const all = await run('readonly', (s) => s.getAllKeys());
      return all.filter((k): k is string => typeof k === 'string' && k.startsWith(prefix));
    },
  };
}
