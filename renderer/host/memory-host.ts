// An in-memory host for tests: everything the page asks of its host is recorded, and tests can send menu commands.
// Its scenario library is the shared library service over the key-value adapter, on a Map instead of IndexedDB.
// Playwright reads it as window.__memoryHost (selected with ?host=memory).
import type { AppCommand, HostApi, HostCapabilities, PrintOutcome } from '../../shared/host/host-api';
import { err, ok } from '../../shared/result';
import type { ExportFile } from '../../shared/host/export-kinds';
import { checkExternalUrl } from '../../shared/host/external-links';
import { createMapStore } from '../../shared/library/kv-store';
import { createLocalLock, type LibraryLock } from '../../shared/library/library-lock';
import { createPageLibrary, newRef, type PickedFile } from './library-host';
import { injectedPrintJob } from './web-host';
import { t } from '../i18n/t';
import { createCommandBus } from './command-bus';
import { memoryPreferences } from '../../shared/host/preferences';
import type { MenuLabels } from '../../shared/commands/menu-labels';
import { browserLocale } from './browser-locale';

export interface MemoryHostOptions {
  appVersion?: string;
  now?: () => number;
  /** Storage to share with another memory host (the same browser profile after a crash, another tab). */
  kv?: ReturnType<typeof createMapStore>;
  /** The library lock of that storage: memory hosts sharing one kv stand in for tabs and share its lock too. */
  lock?: LibraryLock;
  /** The session a reload continues (a test's first host's sessionId); null for a fresh start. */
  previousSession?: string | null;
  /** Sessions still running beside this one (another tab), besides this host's own. */
  otherLiveSessions?: readonly string[];
}

/** One library lock per shared store, like navigator.locks is one per browser profile. */
const locksByStore = new WeakMap<object, LibraryLock>();
const lockOf = (kv: object): LibraryLock => {
  const lock = locksByStore.get(kv) ?? createLocalLock();
  locksByStore.set(kv, lock);
  return lock;
};

export function createMemoryHost({ appVersion = '0.0.0-memory', now = () => Date.now(), kv = createMapStore(), lock = lockOf(kv), previousSession = null, otherLiveSessions = [] }: MemoryHostOptions = {}) {
  const commands = createCommandBus();
  const record = {
    /** The native-menu labels the page sent last (a desktop would rebuild its menu with them). */
    menuLabels: { value: null as MenuLabels | null },
    /** Every title the page set, oldest first. */
    titles: [] as string[],
    /** Links the page opened (only accepted ones). */
    opened: [] as string[],
    /** Files handed to the user (exports), by file name. */
    files: new Map<string, string>(),
    /** What the page last said about unsaved changes. */
    unsaved: { value: false },
    /** The last enabled-command state the page reported, for tests of the native menu's greying. */
    commandState: { value: null as Readonly<Record<AppCommand, boolean>> | null },
    /** Reports, images and workbooks handed to the user, oldest first. */
    exports: [] as ExportFile[],
    /** Images put on the clipboard, oldest first. */
    clipboard: [] as Uint8Array[],
    /** What print windows reported (ready, or why not). */
    printOutcomes: [] as PrintOutcome[],
    /** Whether the app asked for full screen. */
    fullScreen: { value: false },
    /** The session whose presenter view is open, or null. */
    presenterView: { value: null as string | null },
    /** Whether a second display is attached (tests set it); without one no presenter view opens. */
    secondScreen: { value: false },
    /** Files the next imports pick, oldest first; an empty queue means the user cancels. */
    importQueue: [] as { name: string; text: string | Uint8Array }[],
  };
  const pickFile = async (): Promise<PickedFile | null> => {
    const next = record.importQueue.shift();
    if (!next) return null;
    const bytes = typeof next.text === 'string' ? new TextEncoder().encode(next.text) : next.text;
    return { name: next.name, size: bytes.length, bytes: async () => bytes };
  };
  const fullScreenListeners = new Set<(on: boolean) => void>();
  const sessionId = newRef();
  const library = createPageLibrary({
    kv,
    lock,
    appVersion,
    now,
    sessionId,
    previousSession,
    liveSessions: async () => new Set([sessionId, ...otherLiveSessions]),
    pickFile,
    deliverFile: (fileName, text) => record.files.set(fileName, text),
    onUnsavedChanges: (unsaved) => {
      record.unsaved.value = unsaved;
    },
  });
  // Files "the system" asks to open, for tests of the desktop's double-click routing.
  let openRequests: string[] = [];
  const openRequested = new Set<() => void>();
  const capabilities: HostCapabilities = { nativeDialogs: false, pickFiles: true, nativeMenu: false, filePaths: false, fullScreen: false, printsPdf: false, presenterView: true };
  const api = {
    capabilities,
    appVersion,
    ...library,
    async takeOpenRequests() {
      const taken = openRequests;
      openRequests = [];
      return taken;
    },
    onOpenRequest(listener: () => void) {
      openRequested.add(listener);
      return () => void openRequested.delete(listener);
    },
    async openExternal(url: string) {
      // A page has no dialog of its own to ask with: links other than the cited sources are refused.
      const checked = checkExternalUrl(url);
      if (!checked.ok) return err('refused', t('host.refused'));
      if (!checked.value.trusted) return err('refused', t('host.untrustedLink'));
      record.opened.push(checked.value.url);
      return ok(null);
    },
    async setTitle(title: string) {
      record.titles.push(title);
    },
    onCommand: commands.onCommand,
    setCommandState(enabled: Readonly<Record<AppCommand, boolean>>) {
      record.commandState.value = enabled;
    },
    setMenuLabels(labels: MenuLabels) {
      record.menuLabels.value = labels;
    },
    preferences: memoryPreferences(),
    systemLocale: browserLocale(),
    async saveExport(file: ExportFile) {
      record.exports.push(file);
      return ok(true);
    },
    async copyImage(png: Uint8Array) {
      record.clipboard.push(png);
      return ok(null);
    },
    async setFullScreen(on: boolean) {
      if (record.fullScreen.value === on) return;
      record.fullScreen.value = on;
      for (const listener of fullScreenListeners) listener(on);
    },
    onFullScreenChange(listener: (on: boolean) => void) {
      fullScreenListeners.add(listener);
      return () => void fullScreenListeners.delete(listener);
    },
    exportPdf: async () => err('unsupported', t('report.printInBrowser')),
    printJob: async () => injectedPrintJob(),
    printReady(outcome: PrintOutcome) {
      record.printOutcomes.push(outcome);
    },
    async showPresenterView(session: string | null) {
      record.presenterView.value = session !== null && record.secondScreen.value ? session : null;
      return record.presenterView.value !== null;
    },
  } satisfies HostApi;
  return {
    ...api,
    ...record,
    /** The storage behind the library, for tests that tamper with it. */
    storage: kv,
    /** This host's session, for a test that reloads (a new host with previousSession set to it). */
    sessionId,
    /** Simulates the user leaving full screen by the browser's or the OS's own means. */
    leaveFullScreenByUser() {
      void api.setFullScreen(false);
    },
    /** Simulates a native menu accelerator. */
    sendCommand(command: AppCommand) {
      commands.send(command);
    },
    listenerCount: commands.size,
    /** As if the system asked the app to open this scenario (a double-click on the desktop). */
    requestOpen(ref: string) {
      openRequests.push(ref);
      for (const listener of openRequested) listener();
    },
    /** The next import picks this file. */
    queueImport(name: string, text: string | Uint8Array) {
      record.importQueue.push({ name, text });
    },
  };
}

export type MemoryHost = ReturnType<typeof createMemoryHost>;
