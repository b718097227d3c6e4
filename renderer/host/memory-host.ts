// An in-memory host for tests: everything the page asks of its host is recorded, and tests can send menu commands.
// Its scenario library is the same storage-backed library as the web host's, on a Map instead of IndexedDB.
// Playwright reads it as window.__memoryHost (selected with ?host=memory).
import { err, ok, type AppCommand, type HostApi } from '../../shared/host/host-api';
import { dataStamp } from '../../shared/data';
import { isOpenableExternalUrl } from './host-url';
import { createMapStore } from './kv-store';
import { createStorageLibrary, newRef, utcOffsetMinutes, type PickedFile } from './storage-library';
import { t } from '../i18n/t';
import { createCommandBus } from './command-bus';

export function createMemoryHost(appVersion = '0.0.0-memory', now: () => number = () => Date.now()) {
  const commands = createCommandBus();
  const kv = createMapStore();
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
    importQueue: [] as { name: string; text: string }[],
  };
  const pickFile = async (): Promise<PickedFile | null> => {
    const next = record.importQueue.shift();
    return next ? { name: next.name, size: next.text.length, text: async () => next.text } : null;
  };
  const sessionId = newRef();
  const library = createStorageLibrary({
    kv,
    sessionId,
    liveSessions: async () => new Set([sessionId]),
    appVersion,
    baseline: dataStamp(),
    now,
    utcOffsetMinutes,
    newId: newRef,
    pickFile,
    deliverFile: (fileName, text) => record.files.set(fileName, text),
    onUnsavedChanges: (unsaved) => {
      record.unsaved.value = unsaved;
    },
  });
  const api = {
    kind: 'memory',
    appVersion,
    ...library,
    async openExternal(url: string) {
      if (!isOpenableExternalUrl(url)) return err('refused', t('host.refused'));
      record.opened.push(url);
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
    /** The next import picks this file. */
    queueImport(name: string, text: string) {
      record.importQueue.push({ name, text });
    },
  };
}

export type MemoryHost = ReturnType<typeof createMemoryHost>;
