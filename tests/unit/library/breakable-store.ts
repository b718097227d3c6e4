// Browser storage for the tests that can run out of quota, or lose its connection, on demand.
import { createMapStore, type KeyValueStore } from '../../../shared/library/kv-store';

/** Browser storage that can run out of quota, or lose its connection, on demand. */
export function breakableStore() {
  const inner = createMapStore();
  const state = { full: false, closed: false };
  const closed = () => Promise.reject(Object.assign(new Error('The database connection is closing.'), { name: 'InvalidStateError' }));
  const kv: KeyValueStore = {
    get: (k) => (state.closed ? closed() : inner.get(k)),
    set: (k, v) => (state.closed ? closed() : state.full ? Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })) : inner.set(k, v)),
    delete: (k) => (state.closed ? closed() : inner.delete(k)),
    keys: (p) => (state.closed ? closed() : inner.keys(p)),
    batch: (changes) =>
      state.closed ? closed() : state.full && changes.some((c) => c.value !== null) ? Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })) : inner.batch(changes),
  };
  return { kv, inner, state };
}

