// The rules of the notices under the title bar, as pure functions (tested under node): one notice per message (the
// same message again refreshes the one shown instead of stacking a copy), at most three at once (the newest always
// shows; the oldest information goes first, then the oldest error), and information closes itself after a few seconds while an error
// stays until it is dismissed — or until the same kind of work succeeds later (a save that failed, then worked), when it
// has become untrue.

/** A button on a notice that does the obvious next thing (export a copy, undo a delete). */
export interface NoticeAction {
  label: string;
  run(): unknown;
}

/** The work an error is about; a later success at the same work takes the error away. */
export type NoticeTopic = 'save' | 'autosave' | 'export';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  action?: NoticeAction;
  about?: NoticeTopic;
  /** When it was (last) shown, ms: information closes INFO_VISIBLE_MS after it. */
  shownAt: number;
}

export const MAX_NOTICES = 3;
/** Long enough to read two lines twice; information confirms something the screen already shows. */
export const INFO_VISIBLE_MS = 6000;

/** The list with `notice` shown: a repeat of a message on screen moves it last and restarts its time. */
export function addNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const same = list.find((n) => n.tone === notice.tone && n.text === notice.text);
  const shown = same ? { ...same, shownAt: notice.shownAt, ...(notice.action ? { action: notice.action } : {}) } : notice;
  const next = [...list.filter((n) => n !== same), shown];
  while (next.length > MAX_NOTICES) {
    // The notice just shown always stays: the event happened now.
    const oldestInfo = next.slice(0, -1).findIndex((n) => n.tone === 'info');
    next.splice(oldestInfo >= 0 ? oldestInfo : 0, 1);
  }
  return next;
}

/** The list without the errors about `topic`, which a success at the same work has made untrue. */
export function withoutErrorsAbout(list: readonly Notice[], topics: readonly NoticeTopic[]): readonly Notice[] {
  const kept = list.filter((n) => n.tone !== 'error' || n.about === undefined || !topics.includes(n.about));
  return kept.length === list.length ? list : kept;
}

/** The list without the information notices whose time is up. */
export function withoutExpired(list: readonly Notice[], now: number): readonly Notice[] {
  const kept = list.filter((n) => n.tone !== 'info' || now - n.shownAt < INFO_VISIBLE_MS);
  return kept.length === list.length ? list : kept;
}

/** When the next information notice closes (ms), or null when none will. */
export function nextExpiry(list: readonly Notice[]): number | null {
  const times = list.filter((n) => n.tone === 'info').map((n) => n.shownAt + INFO_VISIBLE_MS);
  return times.length ? Math.min(...times) : null;
}
