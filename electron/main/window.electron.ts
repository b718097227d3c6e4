// The one window factory. Options come from services/window-options.ts (locked webPreferences);
// bounds are restored from and saved to services/window-state.ts.
import { BrowserWindow, screen } from 'electron';
import { buildWindowOptions, LOCKED_WEB_PREFERENCES } from '../services/window-options';
import { clampToDisplays, type WindowStateStore } from '../services/window-state';
import { APP_ORIGIN } from '../services/trusted-url';

export interface MainWindowInput {
  preloadPath: string;
  appVersion: string;
  systemLocale?: { languages: readonly string[]; formatLocale: string };
  iconPath?: string;
  store: WindowStateStore;
  log(message: string): void;
}

export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const saved = await input.store.load();
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = clampToDisplays(saved.bounds, displays);
  const options = buildWindowOptions({
    preloadPath: input.preloadPath,
    appVersion: input.appVersion,
    ...(input.systemLocale === undefined ? {} : { systemLocale: input.systemLocale }),
    bounds,
    ...(input.iconPath === undefined ? {} : { iconPath: input.iconPath }),
  });
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      // Restated as literals (same values as LOCKED_WEB_PREFERENCES, which the unit tests assert) so static
      // scanners such as Electronegativity can see them where the window is built. Restating can only
      // keep these secure: a literal here wins over the spread above.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Kept on the window, read-only, so E2E tests (and a developer in the main-process console) can read
  // back the preferences this window was created with (the literals above restate the same values).
  Object.defineProperty(win, 'puenteWebPreferences', { value: Object.freeze({ ...options.webPreferences }) });
  if (saved.maximized) win.maximize();
  if (saved.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      input.store.save({ bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() });
    } catch (error) {
      input.log(`[window] could not remember the window size: ${String(error)}`); // never blocks closing
    }
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

export interface PrintWindowInput {
  preloadPath: string;
  appVersion: string;
}

/** A hidden window on the print route, with the same locked preferences as the main window; not loaded yet. */
export function createPrintWindow(input: PrintWindowInput) {
  // A4 and Letter at 96 dpi fit in this width; the PDF's page size comes from the report's CSS @page rule.
  const options = buildWindowOptions({ ...input, bounds: { x: 0, y: 0, width: 1100, height: 1400 } });
  const win = new BrowserWindow({
    ...options,
    show: false,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  return {
    win,
    id: win.webContents.id,
    load: () => win.loadURL(`${APP_ORIGIN}/index.html#/print`),
    printToPdf: async (options: Parameters<typeof win.webContents.printToPDF>[0]) => new Uint8Array(await win.webContents.printToPDF(options)),
    destroy: () => {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}

/**
 * The presenter view's window (services/presenter-window.ts): the same locked preferences, and no preload, since
 * the presenter view needs no host (it follows the presentation over a BroadcastChannel). Its webContents is not
 * one of "our" windows for the IPC gate, so any bridge call from it would be refused.
 */
export function createPresenterWindow(url: string, bounds: { x: number; y: number; width: number; height: number }): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    title: 'Presenter view — Puente',
    backgroundColor: '#ffffff',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      ...LOCKED_WEB_PREFERENCES,
      // Restated as literals for static scanners, as in createMainWindow.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.setMenuBarVisibility(false);
  win.once('ready-to-show', () => win.showInactive());
  win.loadURL(url).catch(() => {
    // A presenter view that cannot load is no use on the laptop screen; the presentation goes on without it.
    if (!win.isDestroyed()) win.close();
  });
  return win;
}
