// Messages shown in the banner under the title bar, by the rules of notice-list.ts: one notice per message, at
// most three, information closing itself after a few seconds, errors staying until dismissed or until the work they
// are about succeeds.
import { useCallback, useEffect, useState } from 'react';
import { addNotice, nextExpiry, withoutErrorsAbout, withoutExpired, type Notice, type NoticeAction, type NoticeTopic } from './notice-list';

export type { Notice, NoticeAction, NoticeTopic } from './notice-list';

let nextId = 1;

export function useNotices() {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const notify = useCallback((tone: Notice['tone'], text: string, action?: NoticeAction, about?: NoticeTopic) => {
    setNotices((list) => addNotice(list, { id: nextId++, tone, text, shownAt: Date.now(), ...(action ? { action } : {}), ...(about ? { about } : {}) }));
  }, []);
  const succeeded = useCallback((...topics: NoticeTopic[]) => setNotices((list) => withoutErrorsAbout(list, topics)), []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  useEffect(() => {
    const expiry = nextExpiry(notices);
    if (expiry === null) return;
    const timer = setTimeout(() => setNotices((list) => withoutExpired(list, Date.now())), Math.max(0, expiry - Date.now()));
    return () => clearTimeout(timer);
  }, [notices]);
  return { notices, notify, dismiss, succeeded };
}

export type Notify = (tone: Notice['tone'], text: string, action?: NoticeAction, about?: NoticeTopic) => void;
/** Work of these kinds has just succeeded: their earlier errors go. */
export type Succeeded = (...topics: NoticeTopic[]) => void;
