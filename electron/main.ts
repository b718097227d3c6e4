// Main process: lifecycle only. Everything with logic lives in electron/services/ (plain Node,
// unit-tested); the *.electron.ts adapters wire it to Electron.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, Menu, app, clipboard, dialog, ipcMain, nativeImage, screen, session, shell, type Display } from 'electron';
import { PUSH_CHANNELS } from '../shared/host/ipc-contract';
import type { AppCommand } from '../shared/host/host-api';
import { dataStamp } from '../shared/data';
import { createDiskStorage, newSessionId } from './files/disk-storage';
import { createLibraryService } from '../shared/library/service';
import { resolveLibraryDir, resolveUserDataDir, windowStateFile } from './services/app-paths';
import { createCloseGuard } from './services/close-guard';
import { createLibraryHandlers } from './services/library-handlers';
import { createOpenRequests, scenarioPathsIn, type OpenRequests } from './services/open-requests';
import { createHostHandlers } from './services/host-handlers';
import { createExportHandlers } from './services/export-handlers';
import { createPresenterHandlers, type DisplayInfo } from './services/presenter-window';
import { writeFileAtomic } from './files/atomic-write';
import { gateAll, gateHandler } from './services/ipc-validation';
import { createNativeMenu } from './services/native-menu';
import { closeDialogChoice, closeDialogOptions, linkDialogOpens, linkDialogOptions } from './services/native-dialogs';
import { COMMAND_BY_ID, commandKeys } from '../shared/commands/registry';
import { createWindowStateStore } from './services/window-state';
import { registerAppScheme, serveRenderer } from './main/protocol.electron';
import { installSecurity } from './main/security.electron';
import { createMainWindow, createPresenterWindow, createPrintWindow } from './main/window.electron';
import { createPdfExporter, type PdfCapabilities } from './services/pdf-export';
import type { PrintRequest } from './services/print-args';
import { runPrintRequest, startupMode } from './services/print-run';
import { APP_ORIGIN } from './services/trusted-url';

const log = (message: string) => console.error(message);

// Before `ready`: sandbox every renderer, claim app://, decide what this launch is for, and pick the settings folder.
app.enableSandbox();
registerAppScheme();
const startup = startupMode(process.argv);
// A launch that prints for the command line gets a profile of its own (so it runs beside a Puente the user has
// open) and is thrown away afterwards.
const printProfile = startup.mode === 'print' ? fs.mkdtempSync(path.join(os.tmpdir(), 'puente-print-')) : null;
app.setPath('userData', printProfile ?? resolveUserDataDir(process.env, app.getPath('userData')));

let mainWindow: BrowserWindow | null = null;
const ourWebContents = new Set<number>();

const focusMainWindow = () => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
};

const windowById = (id: number) => BrowserWindow.getAllWindows().find((w) => w.webContents.id === id) ?? null;

// Scenario files the system hands over (open-requests.ts). Until the library exists (ready), paths wait here:
// the file on this launch's command line, and macOS open-file events, which can come before ready.
let openRequests: OpenRequests | null = null;
const waitingPaths: string[] = scenarioPathsIn(process.argv, process.cwd());
const openFiles = (paths: readonly string[]) => {
  if (openRequests) openRequests.open(paths);
  else waitingPaths.push(...paths);
};

const displayInfo = (d: Display): DisplayInfo => ({ id: d.id, bounds: d.bounds, workArea: d.workArea, internal: d.internal });
// Presenter view windows (services/presenter-window.ts), one per presenting window at most.
const presenter = createPresenterHandlers(
  {
    displays: () => screen.getAllDisplays().map(displayInfo),
    displayOfWindow(id) {
      const win = windowById(id);
      return win ? displayInfo(screen.getDisplayMatching(win.getBounds())) : null;
    },
    windowBounds: (id) => windowById(id)?.getNormalBounds() ?? null,
    moveWindow(id, bounds) {
      const win = windowById(id);
      if (!win) return;
      // Leaving full screen is animated on macOS; moving before it ends would be undone by it.
      if (win.isFullScreen()) win.once('leave-full-screen', () => win.setBounds(bounds));
      else win.setBounds(bounds);
    },
    openWindow(url, bounds) {
      const win = createPresenterWindow(url, bounds);
      return { close: () => win.close(), isClosed: () => win.isDestroyed() };
    },
  },
  APP_ORIGIN,
);

/** Set once the library exists (after ready). */
let discardAutosaves = async (_windowId: number): Promise<void> => undefined;

const sendCommand = (command: AppCommand) => {
  // From a window that is not a scenario window (the presenter view), a menu command goes to the scenario window:
  // Ctrl+Z typed on the laptop during a presentation undoes in the presentation.
  const focused = BrowserWindow.getFocusedWindow();
  const target = focused !== null && ourWebContents.has(focused.webContents.id) ? focused : mainWindow;
  if (target !== null && ourWebContents.has(target.webContents.id)) {
    target.webContents.send('app:command', PUSH_CHANNELS['app:command'].parse(command));
  }
};

// The menu starts in English and is reworded when the page says which language it shows; the desktop's own dialogs
// (closing with unsaved changes, opening a link) take their words from it too. Installed after ready.
const nativeMenu = createNativeMenu({
  input: { platform: process.platform, appName: app.name, send: sendCommand, developer: !app.isPackaged },
  install: (template) => {
    const menu = Menu.buildFromTemplate(template);
    Menu.setApplicationMenu(menu);
    return menu;
  },
  platformKeys: (id) => commandKeys(COMMAND_BY_ID[id], process.platform === 'darwin'),
});

const closeGuard = createCloseGuard({
  ask(id) {
    const win = windowById(id);
    const options = closeDialogOptions(nativeMenu.labels().dialogs);
    return closeDialogChoice(win ? dialog.showMessageBoxSync(win, options) : dialog.showMessageBoxSync(options));
  },
  requestSave(id) {
    windowById(id)?.webContents.send('app:command', PUSH_CHANNELS['app:command'].parse('save'));
  },
  close(id) {
    windowById(id)?.close();
  },
  discarded(id) {
    void discardAutosaves(id);
  },
});

/** What the OS says about the user's languages and region format (Windows: the Region setting, e.g. es-CO). */
function systemLocale(): { languages: string[]; formatLocale: string } {
  const languages = typeof app.getPreferredSystemLanguages === 'function' ? app.getPreferredSystemLanguages() : [];
  const formatLocale = typeof app.getSystemLocale === 'function' ? app.getSystemLocale() : '';
  const fallback = typeof app.getLocale === 'function' ? app.getLocale() : 'en';
  return { languages: languages.length ? languages : [fallback], formatLocale: formatLocale || fallback };
}

async function openMainWindow(): Promise<void> {
  const dir = __dirname; // dist-electron/ inside the app (asar) folder
  const win = await createMainWindow({
    preloadPath: path.join(dir, 'preload.js'),
    appVersion: app.getVersion(),
    systemLocale: systemLocale(),
    store: createWindowStateStore(
      windowStateFile(app.getPath('userData')),
      { readFile, writeFileSync: fs.writeFileSync, renameSync: fs.renameSync, mkdirSync: fs.mkdirSync },
      path.dirname,
    ),
    log,
  });
  mainWindow = win;
  const id = win.webContents.id;
  ourWebContents.add(id);
  // Full screen changes however they happen (the app, the OS, F11) are told to the page, which leaves
  // presentation mode when the window leaves full screen.
  win.on('enter-full-screen', () => win.webContents.send('app:full-screen', PUSH_CHANNELS['app:full-screen'].parse(true)));
  win.on('leave-full-screen', () => win.webContents.send('app:full-screen', PUSH_CHANNELS['app:full-screen'].parse(false)));
  win.on('close', (event) => {
    if (closeGuard.shouldPreventClose(id)) event.preventDefault();
  });
  win.on('closed', () => {
    presenter.forget(id);
    closeGuard.forget(id);
    ourWebContents.delete(id);
    if (mainWindow === win) mainWindow = null;
  });
}

/** The hidden window reports print in (services/pdf-export.ts), its IPC calls let through the gate. */
const openPrintWindow: PdfCapabilities['openPrintWindow'] = async () => {
  const print = createPrintWindow({ preloadPath: path.join(__dirname, 'preload.js'), appVersion: app.getVersion() });
  ourWebContents.add(print.id);
  print.win.on('closed', () => ourWebContents.delete(print.id));
  return print;
};

/**
 * Printing one report for the command line (services/print-run.ts): no single-instance lock, no library, no menu,
 * no visible window; only the two channels the print window uses. The exit code says how it went, and a failure
 * is one line on the standard error.
 */
function startPrinting(request: PrintRequest, profile: string): void {
  // The last window closing (the print window, once printed) must not quit before the PDF is written.
  app.on('window-all-closed', () => undefined);
  app
    .whenReady()
    .then(async () => {
      installSecurity(session.defaultSession, { open: async () => undefined, confirm: async () => false }, log);
      serveRenderer(path.join(app.getAppPath(), 'dist'));
      const pdf = createPdfExporter({ pickSavePath: async () => null, writeFile: writeFileAtomic, defaultDir: () => profile, openPrintWindow });
      const gate = { isOurWebContents: (id: number) => ourWebContents.has(id), log };
      ipcMain.handle('print:job', gateHandler('print:job', pdf.handlers['print:job'], gate));
      ipcMain.handle('print:ready', gateHandler('print:ready', pdf.handlers['print:ready'], gate));
      return runPrintRequest(request, { render: pdf.render, writeFile: writeFileAtomic, log });
    })
    .catch((error: unknown) => {
      log(`puente-print: ${error instanceof Error ? error.message : String(error)}`);
      return 1 as const;
    })
    .then((code) => {
      fs.rmSync(profile, { recursive: true, force: true });
      app.exit(code);
    });
}

if (startup.mode === 'print' && printProfile !== null) {
  startPrinting(startup.request, printProfile);
} else if (!app.requestSingleInstanceLock()) {
  // A second launch (double-clicking the icon again, or opening a scenario file) hands over to the first.
  app.quit();
} else {
  // A double-click while Puente runs starts a second copy, which hands its command line over and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => openFiles(scenarioPathsIn(argv, workingDirectory)));
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFiles([filePath]);
  });

  app.whenReady().then(async () => {
    const links = {
      open: (url: string) => shell.openExternal(url),
      // A link the page asks for that is not a source Puente cites: the user decides, in a dialog the page cannot draw.
      async confirm(url: string) {
        const options = linkDialogOptions(nativeMenu.labels().dialogs, url);
        const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
        return linkDialogOpens(answer.response);
      },
    };
    installSecurity(session.defaultSession, links, log);
    serveRenderer(path.join(app.getAppPath(), 'dist'));

    const libraryDir = resolveLibraryDir(process.env, app.getPath('documents'));
    // One session per run of the app: autosaves of any other session are work a crash left behind.
    const sessionId = newSessionId();
    const service = createLibraryService({
      storage: createDiskStorage({ libraryDir, stateDir: app.getPath('userData'), trash: (file) => shell.trashItem(file) }),
      sessionId,
      liveSessions: async () => new Set([sessionId]),
      now: () => Date.now(),
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
      appVersion: app.getVersion(),
      baseline: dataStamp(),
    });
    // Temp files left by writes a crash interrupted go before anything else reads the library.
    await service.startUp();
    openRequests = createOpenRequests({
      adopt: (filePath) => service.adopt(filePath),
      wake: () => mainWindow?.webContents.send('library:open-requested', PUSH_CHANNELS['library:open-requested'].parse(true)),
      focus: focusMainWindow,
    });
    const requests = openRequests;
    // Named in the page's language: the page sends it with the menu's words (shared/commands/menu-labels.ts).
    const scenarioFilter = () => [{ name: nativeMenu.labels().scenarioFiles, extensions: ['puente.json', 'json'] }];
    const library = createLibraryHandlers(
      service,
      {
        takeOpenRequests: () => requests.take(),
        now: () => Date.now(),
        async pickOpenPath() {
          const options = { defaultPath: libraryDir, properties: ['openFile' as const], filters: scenarioFilter() };
          const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        },
        async pickSavePath(defaultFileName) {
          const options = { defaultPath: path.join(libraryDir, defaultFileName), filters: scenarioFilter() };
          const picked = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return picked.canceled || !picked.filePath ? null : picked.filePath;
        },
        setUnsaved: (senderId, unsaved) => closeGuard.setUnsaved(senderId, unsaved),
      },
    );
    discardAutosaves = library.discardAutosaves;
    const pickSavePath = async (senderId: number, defaultPath: string, filter: { name: string; extensions: string[] }) => {
      const win = windowById(senderId);
      const options = { defaultPath, filters: [filter] };
      const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return picked.canceled || !picked.filePath ? null : picked.filePath;
    };
    const writeFile = (target: string, data: string | Uint8Array) => writeFileAtomic(target, data);
    const pdf = createPdfExporter({ pickSavePath, writeFile, defaultDir: () => libraryDir, openPrintWindow });
    const handlers = createHostHandlers(
      {
        openExternal: links.open,
        confirmExternal: links.confirm,
        setWindowTitle: (senderId, title) => windowById(senderId)?.setTitle(title),
        setCommandState: (senderId, enabled) => {
          // One application menu: it follows the window in front.
          if (mainWindow?.webContents.id !== senderId) return;
          nativeMenu.setCommandState(enabled);
        },
        setMenuLabels: (senderId, labels) => {
          if (mainWindow?.webContents.id === senderId) nativeMenu.setLabels(labels);
        },
      },
      {
        ...library.handlers,
        ...pdf.handlers,
        ...createExportHandlers({
          pickSavePath,
          writeFile,
          defaultDir: () => libraryDir,
          writeClipboardImage: (png) => clipboard.writeImage(nativeImage.createFromBuffer(Buffer.from(png))),
          setFullScreen: (senderId, on) => windowById(senderId)?.setFullScreen(on),
        }),
        ...presenter.handlers,
      },
    );
    for (const [channel, handler] of gateAll(handlers, { isOurWebContents: (id) => ourWebContents.has(id), log })) {
      ipcMain.handle(channel, handler);
    }

    nativeMenu.install();
    // Queued before the window exists: the page takes them when it starts.
    requests.open(waitingPaths.splice(0));
    await openMainWindow();

    app.on('activate', () => {
      if (mainWindow === null) void openMainWindow();
    });
  }).catch((error: unknown) => {
    log(`[main] Puente could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
