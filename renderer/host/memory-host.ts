// An in-memory host for tests: everything the page asks of its host is recorded, and tests can send menu commands.
// Its scenario library is the shared library service over the key-value adapter, on a Map instead of IndexedDB.
// Playwright reads it as window.__memoryHost (selected with ?host=memory).
import type { AppCommand, HostApi } from '../../shared/host/host-api';
import { err, ok } from '../../shared/result';
import { checkExternalUrl } from '../../shared/host/external-links';
import { createMapStore } from '../../shared/library/kv-store';
import { createPageLibrary, newRef, type PickedFile } from './library-host';
import { t } from '../i18n/t';
import { createCommandBus } from './command-bus';

export interface MemoryHostOptions {
  appVersion?: string;
  now?: () => number;
  /** Storage to share with another memory host (the same browser profile after a crash, another tab). */
  kv?: ReturnType<typeof createMapStore>;
}

export function createMemoryHost({ appVersion = '0.0.0-memory', now = () => Date.now(), kv = createMapStore() }: MemoryHostOptions = {}) {
  const commands = createCommandBus();
  const record = {
    /** Every title the page set, oldest first. */
    titles: [] as string[],
    /** Links the page opened (only accepted ones). */
    opened: [] as string[],
    /** Files handed to the user (exports), by file name. */
    files: new Map<string, string>(),
    /** What the page last said about unsaved changes. */
    unsaved: { value: false },
    /** Files the next imports pick, oldest first; an empty queue means the user cancels. */
    importQueue: [] as { name: string; text: string | Uint8Array }[],
  };
  const pickFile = async (): Promise<PickedFile | null> => {
    const next = record.importQueue.shift();
    if (!next) return null;
    const bytes = typeof next.text === 'string' ? new TextEncoder().encode(next.text) : next.text;
    return { name: next.name, size: bytes.length, bytes: async () => bytes };
  };
  const sessionId = newRef();
  const library = createPageLibrary({
    kv,
    appVersion,
    now,
    sessionId,
    liveSessions: async () => new Set([sessionId]),
    pickFile,
    deliverFile: (fileName, text) => record.files.set(fileName, text),
    onUnsavedChanges: (unsaved) => {
      record.unsaved.value = unsaved;
    },
  });
  // Files "the system" asks to open, for tests of the desktop's double-click routing.
  let openRequests: string[] = [];
  const openRequested = new Set<() => void>();
  const api = {
    capabilities: { nativeDialogs: false, nativeMenu: false, filePaths: false, fullScreen: false },
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
  } satisfies HostApi;
  return {
    ...api,
    ...record,
    /** The storage behind the library, for tests that tamper with it. */
    storage: kv,
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
