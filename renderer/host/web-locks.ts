// Web Locks (navigator.locks, in Chromium) for the web host: one lock per open tab tells other tabs which
// sessions are alive (their autosaves are live work, not a crash's), and one shared lock orders every change
// to the library across tabs (shared/library/library-lock.ts). Without Web Locks each tab is on its own.
import { LIBRARY_LOCK_NAME, noSharedLock, type LibraryLock } from '../../shared/library/library-lock';

/** The part of the browser's LockManager used here; tests pass a fake. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export const browserLocks = (): LockManagerLike | undefined => (globalThis.navigator as unknown as { locks?: LockManagerLike } | undefined)?.locks;

const SESSION_LOCK = 'puente-tab-';

/** Holds a lock named after this tab for as long as the tab is open; the browser frees it when the tab goes. */
export function holdSessionLock(locks: LockManagerLike | undefined, sessionId: string): void {
  void locks?.request(`${SESSION_LOCK}${sessionId}`, () => new Promise<void>(() => undefined));
}

/** The tabs open now. Without Web Locks only this tab is known to be open. */
export async function openSessions(locks: LockManagerLike | undefined): Promise<ReadonlySet<string>> {
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set((state.held ?? []).flatMap((l) => (l.name?.startsWith(SESSION_LOCK) ? [l.name.slice(SESSION_LOCK.length)] : [])));
}

/** The library lock every tab of this browser profile takes before it changes the library. */
export function libraryLockOver(locks: LockManagerLike | undefined): LibraryLock {
  if (!locks) return noSharedLock;
  return (task) => locks.request(LIBRARY_LOCK_NAME, task);
}
