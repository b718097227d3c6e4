// The host when Puente runs in a browser tab: the scenario library in IndexedDB, a file picker for imports,
// downloads for exports, window.open for links, and a "leave page?" prompt while there are unsaved changes.
// There is no native menu in a tab, so onCommand only relays commands the page itself dispatches.
import { err, ok, type AppCommand, type HostApi } from '../../shared/host/host-api';
import { dataStamp } from '../../shared/data';
import { isOpenableExternalUrl } from './host-url';
import { createIndexedDbStore } from './idb-kv';
import { createStorageLibrary, newRef, utcOffsetMinutes, type PickedFile } from './storage-library';
import { t } from '../i18n/t';
import { createCommandBus } from './command-bus';

/** Opens the browser's file picker; resolves null when the user cancels. */
export function pickScenarioFile(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.dataset.testid = 'import-input';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file && { name: file.name, size: file.size, text: () => file.text() });
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Saves a file the browser way: a Blob and a temporary download link. */
export function downloadFile(fileName: string, text: string, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function createWebHost(appVersion = '0.1.0') {
  const commands = createCommandBus();
  let unsaved = false;
  // The browser's own "leave site?" prompt is the only one a tab may show when it is closed or reloaded.
  window.addEventListener('beforeunload', (event) => {
    if (!unsaved) return;
    event.preventDefault();
    event.returnValue = '';
  });
  const sessionId = newRef();
  holdSessionLock(sessionId);
  const library = createStorageLibrary({
    kv: createIndexedDbStore(),
    sessionId,
    liveSessions: openSessions,
    appVersion,
    baseline: dataStamp(),
    now: () => Date.now(),
    utcOffsetMinutes,
    newId: newRef,
    pickFile: pickScenarioFile,
    deliverFile: (fileName, text) => downloadFile(fileName, text),
    onUnsavedChanges: (value) => {
      unsaved = value;
    },
  });
  const api = {
    kind: 'web',
    appVersion,
    ...library,
    async openExternal(url: string) {
      if (!isOpenableExternalUrl(url)) return err('refused', t('host.refused'));
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    async setTitle(title: string) {
      document.title = title;
    },
    onCommand: commands.onCommand,
  } satisfies HostApi;
  return {
    ...api,
    /** Relays a command to subscribers (used by the page's own shortcuts when no native menu exists). */
    dispatch(command: AppCommand) {
      commands.send(command);
    },
  };
}

export type WebHost = ReturnType<typeof createWebHost>;

const SESSION_LOCK = 'puente-tab-';
interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}
const lockManager = (): LockManagerLike | undefined => (navigator as unknown as { locks?: LockManagerLike }).locks;

/** Holds a lock named after this tab for as long as the tab is open; the browser frees it when the tab goes. */
function holdSessionLock(sessionId: string): void {
  void lockManager()?.request(`${SESSION_LOCK}${sessionId}`, () => new Promise<void>(() => undefined));
}

/** The tabs open now. Without Web Locks only this tab is known to be open. */
async function openSessions(): Promise<ReadonlySet<string>> {
  const locks = lockManager();
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set((state.held ?? []).flatMap((l) => (l.name?.startsWith(SESSION_LOCK) ? [l.name.slice(SESSION_LOCK.length)] : [])));
}
