// An in-memory host for tests: everything the page asks of its host is recorded, and tests can send menu commands.
// Playwright reads it as window.__memoryHost (selected with ?host=memory).
import { err, ok, type AppCommand, type HostApi } from '../../shared/host/host-api';
import { isOpenableExternalUrl } from './host-url';
import { t } from '../i18n/t';

export function createMemoryHost(appVersion = '0.0.0-memory') {
  const listeners = new Set<(command: AppCommand) => void>();
  const record = {
    /** Every title the page set, oldest first. */
    titles: [] as string[],
    /** Links the page opened (only accepted ones). */
    opened: [] as string[],
    /** In-memory file map for save/open flows. */
    files: new Map<string, string>(),
  };
  const api = {
    kind: 'memory',
    appVersion,
    async openExternal(url: string) {
      if (!isOpenableExternalUrl(url)) return err('refused', t('host.refused'));
      record.opened.push(url);
      return ok(null);
    },
    async setTitle(title: string) {
      record.titles.push(title);
    },
    onCommand(listener: (command: AppCommand) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies HostApi;
  return {
    ...api,
    ...record,
    /** Simulates a native menu accelerator. */
    sendCommand(command: AppCommand) {
      for (const listener of listeners) listener(command);
    },
    listenerCount: () => listeners.size,
    /** Stands in for a browser download: the file lands in `files`. */
    download(fileName: string, text: string) {
      record.files.set(fileName, text);
    },
  };
}

export type MemoryHost = ReturnType<typeof createMemoryHost>;
