// The one interface between the renderer and whatever hosts it (Electron, a browser tab, a test).
// Implementations: electron/preload.ts, renderer/host/web-host.ts, renderer/host/memory-host.ts,
// each checked with `satisfies HostApi`.
import type { LibraryHost } from './library-host';

export type Result<T, E extends string = string> =
  | { ok: true; value: T }
  | { ok: false; code: E; message: string };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E extends string>(code: E, message: string): { ok: false; code: E; message: string } => ({ ok: false, code, message });

/** Commands the host sends to the page (native menu accelerators). */
export type AppCommand = 'undo' | 'redo' | 'new' | 'open' | 'save' | 'save-as' | 'reset' | 'export-pdf' | 'toggle-advanced';

/** The host: window-level services plus the scenario library (library-host.ts). */
export interface HostApi extends LibraryHost {
  readonly kind: 'electron' | 'web' | 'memory';
  readonly appVersion: string;
  /** Opens an https: link in the OS browser; anything else is refused. */
  openExternal(url: string): Promise<Result<null, 'refused'>>;
  /** Sets the window (or tab) title. */
  setTitle(title: string): Promise<void>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}
