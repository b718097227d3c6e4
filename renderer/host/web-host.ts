// The host when Puente runs in a browser tab: the scenario library in IndexedDB, a file picker for imports,
// downloads for exports, window.open for links, and a "leave page?" prompt while there are unsaved changes.
// There is no native menu in a tab, so no command ever arrives through onCommand: the page's own shortcuts and
// menus call the commands directly.
import type { HostApi } from '../../shared/host/host-api';
import { err, ok } from '../../shared/result';
import { checkExternalUrl } from '../../shared/host/external-links';
import { createIndexedDbStore } from './idb-kv';
import { createPageLibrary, newRef, type PickedFile } from './library-host';
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
      resolve(file && { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
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
  const library = createPageLibrary({
    kv: createIndexedDbStore(),
    appVersion,
    now: () => Date.now(),
    sessionId,
    liveSessions: openSessions,
    pickFile: pickScenarioFile,
    deliverFile: (fileName, text) => downloadFile(fileName, text),
    onUnsavedChanges: (value) => {
      unsaved = value;
    },
  });
  const api = {
    capabilities: { nativeDialogs: false, nativeMenu: false, filePaths: false, fullScreen: true },
    appVersion,
    ...library,
    async openExternal(url: string) {
      // A page has no dialog of its own to ask with: links other than the cited sources are refused.
      const checked = checkExternalUrl(url);
      if (!checked.ok) return err('refused', t('host.refused'));
      if (!checked.value.trusted) return err('refused', t('host.untrustedLink'));
      window.open(checked.value.url, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    async setTitle(title: string) {
      document.title = title;
    },
    onCommand: commands.onCommand,
  } satisfies HostApi;
  return api;
}

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
