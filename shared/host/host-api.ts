// The one interface between the renderer and whatever hosts it (Electron, a browser tab, a test).
// Implementations: electron/preload.ts, renderer/host/web-host.ts, renderer/host/memory-host.ts,
// each checked with `satisfies HostApi`.
import type { CommandId } from '../commands/registry';
import type { Result } from '../result';
import type { ExportFile } from './export-kinds';
import type { PrintJob } from '../print/print-job';
import type { PrintOutcome } from '../print/print-outcome';
import type { LibraryHost } from './library-host';
import type { PreferenceStorage, SystemLocale } from './preferences';
import type { MenuLabels } from '../commands/menu-labels';

/** Commands the host sends to the page (its native menu); the registry in shared/commands declares them. */
export type AppCommand = CommandId;

/**
 * What a host can do, so the page asks about abilities instead of branching on which host it is.
 * A new host (a kiosk build, a test double) states its own mix.
 */
export interface HostCapabilities {
  /** The OS shows its own open and save dialogs (otherwise the page asks for names itself). */
  readonly nativeDialogs: boolean;
  /**
   * The user can pick a scenario file to open (importScenario): the OS dialog, the browser's File System Access
   * picker or a file input. Open… uses it; a host without it (a kiosk) shows the library instead.
   */
  readonly pickFiles: boolean;
  /** A native application menu owns the keyboard accelerators and sends commands. */
  readonly nativeMenu: boolean;
  /** Scenarios are files on disk (deleting sends them to the OS trash). */
  readonly filePaths: boolean;
  /** The window can go full screen for presentations. */
  readonly fullScreen: boolean;
  /** The host turns a report into a PDF file itself (exportPdf); otherwise the page prints through the browser. */
  readonly printsPdf: boolean;
  /** A presenter view (speaker notes, next slide) can open in a second window on another display. */
  readonly presenterView: boolean;
}

export type { PrintOutcome } from '../print/print-outcome';

/** The host: window-level services plus the scenario library (library-host.ts). */
export interface HostApi extends LibraryHost {
  readonly capabilities: HostCapabilities;
  readonly appVersion: string;
  /** Opens an https: link in the OS browser; anything else is refused. */
  openExternal(url: string): Promise<Result<null, 'refused'>>;
  /** Sets the window (or tab) title. */
  setTitle(title: string): Promise<void>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Tells a native menu which commands are enabled now (hosts without one ignore it). */
  setCommandState(enabled: Readonly<Record<AppCommand, boolean>>): void;
  /** Gives a native menu its words in the user's language (hosts without one ignore it). */
  setMenuLabels(labels: MenuLabels): void;
  /** The user's remembered language and region format, read synchronously at start-up. */
  readonly preferences: PreferenceStorage;
  /** The system's languages and region format: the defaults until the user chooses. */
  readonly systemLocale: SystemLocale;
  /**
   * Hands a file to the user outside the library (a report, a chart image, a workbook): the save dialog on the
   * desktop, a download in a browser. false when the user cancels.
   */
  saveExport(file: ExportFile): Promise<Result<boolean, 'io' | 'invalid'>>;
  /** Puts a PNG image on the system clipboard. */
  copyImage(png: Uint8Array): Promise<Result<null, 'io' | 'invalid' | 'unsupported'>>;
  /** Enters or leaves full screen (presentation mode); hosts without the capability do nothing. */
  setFullScreen(on: boolean): Promise<void>;
  /** Full screen entered or left, by the app or by the user (Esc in a browser, the OS's own control). */
  onFullScreenChange(listener: (on: boolean) => void): () => void;
  /**
   * Makes the PDF report of a print job and saves it where the user chooses (hosts with printsPdf); false when the
   * user cancels. Other hosts answer 'unsupported' and the page prints through the browser instead.
   */
  exportPdf(job: PrintJob, suggestedName: string): Promise<Result<boolean, 'io' | 'invalid' | 'render' | 'unsupported'>>;
  /** In a print window: the job it was opened to print, unchecked (the page parses it); null in other windows. */
  printJob(): Promise<unknown>;
  /** In a print window: the report is laid out (or could not be), so the host may print it now. */
  printReady(outcome: PrintOutcome): void;
  /**
   * Opens the presenter view of presentation `session` (shared/host/presenter-view.ts) on another display, where a
   * second display exists; the desktop also moves the slides to the display the presenter is not on. null closes it
   * and puts the window back. Resolves whether a presenter view is open now (false: one display only, or closed).
   */
  showPresenterView(session: string | null): Promise<boolean>;
}
