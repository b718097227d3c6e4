// The main-process side of HostApi: one handler per contract channel. Electron capabilities
// (shell.openExternal, window title) are passed in so the handlers run under Vitest.
import type { CommandId } from '../../shared/commands/registry';
import type { MenuLabels } from '../../shared/commands/menu-labels';
import type { HandlerMap } from './ipc-validation';
import { openExternalUrl } from './trusted-url';

export interface HostCapabilities {
  openExternal(url: string): Promise<void>;
  /** Asks the user before a link that is not a cited source opens (native dialog in main, not the page's). */
  confirmExternal(url: string): Promise<boolean>;
  setWindowTitle(senderId: number, title: string): void;
  /** Applies the page's enabled commands to the native menu. */
  setCommandState(senderId: number, enabled: Readonly<Record<CommandId, boolean>>): void;
  /** Rewords the native menu in the page's language. */
  setMenuLabels(senderId: number, labels: MenuLabels): void;
}

/** "Scenario — Puente", or just "Puente" when the page has no title; control characters stripped. */
export function formatWindowTitle(pageTitle: string): string {
  const clean = pageTitle.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return clean === '' || clean === 'Puente' ? 'Puente' : `${clean} — Puente`;
}

/** The app channels; the library and export channels come from their own services (library-handlers.ts, export-handlers.ts). */
export function createHostHandlers(caps: HostCapabilities, services: Omit<HandlerMap, 'app:open-external' | 'app:set-title' | 'app:command-state' | 'app:menu-labels'>): HandlerMap {
  return {
    ...services,
    'app:open-external': ([url]) => openExternalUrl(url, { open: caps.openExternal, confirm: caps.confirmExternal }),
    'app:set-title': ([title], { senderId }) => {
      caps.setWindowTitle(senderId, formatWindowTitle(title));
      return { ok: true, value: null };
    },
    'app:command-state': ([enabled], { senderId }) => {
      caps.setCommandState(senderId, enabled);
      return { ok: true, value: null };
    },
    'app:menu-labels': ([labels], { senderId }) => {
      caps.setMenuLabels(senderId, labels);
      return { ok: true, value: null };
    },
  };
}
