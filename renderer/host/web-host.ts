// The host when Puente runs in a browser tab: the scenario library in IndexedDB, a file picker for Open and Import,
// downloads for exports, window.open for links, and a "leave page?" prompt while there are unsaved changes.
// There is no native menu in a tab, so no command ever arrives through onCommand: the page's own shortcuts and
// menus call the commands directly.
import type { HostApi } from '../../shared/host/host-api';
import { err, ok } from '../../shared/result';
import { EXPORT_KINDS, exportFileName, type ExportFile } from '../../shared/host/export-kinds';
import { checkExternalUrl } from '../../shared/host/external-links';
import { createIndexedDbStore } from './idb-kv';
import { createPageLibrary, newRef, type PickedFile } from './library-host';
import { t } from '../i18n/t';
import { createCommandBus } from './command-bus';
import { browserLocks, holdSessionLock, libraryLockOver, openSessions } from './web-locks';
import { webStoragePreferences } from '../../shared/host/preferences';
import { browserLocale } from './browser-locale';

/** The File System Access API's picker, where the browser has it (Chromium, Edge); typed here, as lib.dom has it not. */
interface FileHandleLike {
  getFile(): Promise<File>;
}
type OpenFilePicker = (options: {
  multiple: boolean;
  excludeAcceptAllOption: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandleLike[]>;

const picked = (file: File): PickedFile => ({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });

/**
 * Opens the browser's file picker: the File System Access API's where the browser has one, a file input otherwise
 * (and where the API refuses, e.g. inside a frame). Resolves null when the user cancels.
 */
export async function pickScenarioFile(): Promise<PickedFile | null> {
  const showOpenFilePicker = (window as unknown as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  if (typeof showOpenFilePicker === 'function') {
    try {
      const [handle] = await showOpenFilePicker.call(window, {
        multiple: false,
        excludeAcceptAllOption: false,
        types: [{ description: t('host.scenarioFiles'), accept: { 'application/json': ['.json'] } }],
      });
      return handle ? picked(await handle.getFile()) : null;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return null; // the user cancelled
      // Refused (no user gesture left, a frame, a policy): the file input still works.
    }
  }
  return pickWithInput();
}

/** The file input picker: every browser has it. */
function pickWithInput(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.dataset.testid = 'import-input';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file && picked(file));
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Saves a file the browser way: a Blob and a temporary download link. */
export function downloadFile(fileName: string, data: string | Uint8Array, mime = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
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
  // The tab's previous page (before a reload) left its session id here: this page reopens what it showed.
  const previousSession = readTabSession();
  const sessionId = newRef();
  writeTabSession(sessionId);
  const locks = browserLocks();
  holdSessionLock(locks, sessionId);
  const library = createPageLibrary({
    kv: createIndexedDbStore(),
    lock: libraryLockOver(locks),
    appVersion,
    now: () => Date.now(),
    sessionId,
    previousSession,
    liveSessions: () => openSessions(locks),
    pickFile: pickScenarioFile,
    deliverFile: (fileName, text) => downloadFile(fileName, text),
    onUnsavedChanges: (value) => {
      unsaved = value;
    },
  });
  const api = {
    // No presenter view in a tab: a popup would take the tab out of full screen, and a browser cannot place it on
    // the other display by itself.
    capabilities: { nativeDialogs: false, pickFiles: true, nativeMenu: false, filePaths: false, fullScreen: true, printsPdf: false, presenterView: false },
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
    // No native menu in a tab: the in-page menus read the enabled state themselves.
    setCommandState: () => undefined,
    setMenuLabels: () => undefined,
    preferences: webStoragePreferences(localStorageOrNull()),
    systemLocale: browserLocale(),
    async saveExport(file: ExportFile) {
      try {
        const stem = file.name.replace(/\.[^.]*$/, '');
        downloadFile(exportFileName(stem, file.kind), file.data, EXPORT_KINDS[file.kind].mime);
        return ok(true);
      } catch (e) {
        return err('io', t('host.downloadFailed', { reason: e instanceof Error ? e.message : String(e) }));
      }
    },
    copyImage: copyImageToClipboard,
    async setFullScreen(on: boolean) {
      try {
        if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen();
        else if (!on && document.fullscreenElement) await document.exitFullscreen();
      } catch {
        // The browser may refuse (no user gesture, an iframe without permission): presentation goes on in the tab.
      }
    },
    onFullScreenChange(listener: (on: boolean) => void) {
      const onChange = () => listener(document.fullscreenElement !== null);
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    },
    // A tab prints the report through the browser's own print dialog (the page does it; see renderer/print).
    exportPdf: async () => err('unsupported', t('report.printInBrowser')),
    printJob: async () => injectedPrintJob(),
    printReady: () => undefined,
    showPresenterView: async () => false,
  } satisfies HostApi;
  return api;
}

declare global {
  interface Window {
    /** Set before the page loads by the command line's headless browser (page.addInitScript) to print a report. */
    __puentePrintJob?: unknown;
  }
}

/** The job the command line injected, unchecked: the print view parses it like any input. */
export const injectedPrintJob = (): unknown => window.__puentePrintJob ?? null;

/** The async clipboard with a PNG item, where the browser has it. */
async function copyImageToClipboard(png: Uint8Array) {
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!Item || !navigator.clipboard?.write) return err('unsupported', t('host.clipboardUnsupported'));
  try {
    await navigator.clipboard.write([new Item({ 'image/png': new Blob([png as BlobPart], { type: 'image/png' }) })]);
    return ok(null);
  } catch (e) {
    return err('io', t('host.clipboardFailed', { reason: e instanceof Error ? e.message : String(e) }));
  }
}

/**
 * sessionStorage lives as long as the tab, across reloads, and is the tab's own: a new tab starts empty; a duplicated
 * tab starts with a copy, and the library tells it from a reload because the tab it copied still runs.
 */
const TAB_SESSION = 'puente-session';
function readTabSession(): string | null {
  try {
    const id = window.sessionStorage.getItem(TAB_SESSION);
    return id !== null && /^[0-9a-f]{24}$/.test(id) ? id : null;
  } catch {
    return null; // storage blocked by the browser's settings: every load is a fresh start
  }
}
function writeTabSession(id: string): void {
  try {
    window.sessionStorage.setItem(TAB_SESSION, id);
  } catch {
    // As above.
  }
}

/** localStorage, or null where the browser blocks it (the choices then last for the session). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
