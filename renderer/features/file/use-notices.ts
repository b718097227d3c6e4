// Messages shown in the banner under the title bar. Errors stay until dismissed; an information message replaces the
// previous one and fades after a while (it confirms something the screen already shows, such as a copy made).
import { useCallback, useEffect, useState } from 'react';

/** A button on a notice that does the obvious next thing (export a copy, undo a delete). */
export interface NoticeAction {
  label: string;
  run(): unknown;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  action?: NoticeAction;
}

let nextId = 1;
const INFO_VISIBLE_MS = 6000;

export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((tone: Notice['tone'], text: string, action?: NoticeAction) => {
    setNotices((list) => {
      // The same message twice in a row is shown once; at most one information message at a time.
      if (list.at(-1)?.text === text) return list;
      const kept = tone === 'info' ? list.filter((n) => n.tone !== 'info') : list;
      return [...kept.slice(-3), { id: nextId++, tone, text, ...(action ? { action } : {}) }];
    });
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const info = notices.find((n) => n.tone === 'info');
  useEffect(() => {
    if (!info) return;
    const timer = setTimeout(() => dismiss(info.id), INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [info, dismiss]);
  return { notices, notify, dismiss };
}

export type Notify = (tone: Notice['tone'], text: string, action?: NoticeAction) => void;
