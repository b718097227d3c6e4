// The library's lock. A save checks the stored revision, then writes: two sessions doing that at the same time
// on one storage would both pass the check, and the second would replace the first unseen (review finding 2).
// Every change the service makes runs inside the lock. Browser tabs share one IndexedDB, so the web host passes
// a lock held through the Web Locks API (navigator.locks, in Chromium); the desktop has one library service in
// its main process for every window, so its own queue is enough; tests pass a local lock shared by the
// sessions they stand in for.
export type LibraryLock = <T>(task: () => Promise<T>) => Promise<T>;

/** Name of the lock every tab takes before it changes the library. */
export const LIBRARY_LOCK_NAME = 'puente-library';

/** Tasks run one after another, in call order, within this JavaScript realm. */
export function createLocalLock(): LibraryLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** No lock beyond the service's own queue: for storage no other session changes at the same time. */
export const noSharedLock: LibraryLock = (task) => task();
