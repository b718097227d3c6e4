// The host when Puente runs in a browser tab: browser storage for drafts, downloads for files, window.open for links.
// There is no native menu in a tab, so onCommand only relays commands the page itself dispatches.
import { err, ok, type AppCommand, type HostApi } from '../../shared/host/host-api';
import { isOpenableExternalUrl } from './host-url';
import { t } from '../i18n/t';

const STORAGE_PREFIX = 'puente:';

export function createWebHost(appVersion = '0.1.0') {
  const listeners = new Set<(command: AppCommand) => void>();
  const api = {
    kind: 'web',
    appVersion,
    async openExternal(url: string) {
      if (!isOpenableExternalUrl(url)) return err('refused', t('host.refused'));
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok(null);
    },
    async setTitle(title: string) {
      document.title = title;
    },
    onCommand(listener: (command: AppCommand) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies HostApi;
  return {
    ...api,
    /** Relays a command to subscribers (used by the page's own shortcuts when no native menu exists). */
    dispatch(command: AppCommand) {
      for (const listener of listeners) listener(command);
    },
    /** Browser storage for drafts and preferences; quota and privacy-mode errors become null. */
    readStored(key: string): string | null {
      try {
        return window.localStorage.getItem(STORAGE_PREFIX + key);
      } catch {
        return null;
      }
    },
    writeStored(key: string, value: string): boolean {
      try {
        window.localStorage.setItem(STORAGE_PREFIX + key, value);
        return true;
      } catch {
        return false;
      }
    },
    /** Saves a file the browser way: a Blob and a temporary download link. */
    download(fileName: string, text: string, mime = 'application/json') {
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
  };
}

export type WebHost = ReturnType<typeof createWebHost>;
