// Main process: lifecycle only. Everything with logic lives in electron/services/ (plain Node,
// unit-tested); the *.electron.ts adapters wire it to Electron.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron';
import { PUSH_CHANNELS } from '../shared/host/ipc-contract';
import type { AppCommand } from '../shared/host/host-api';
import { BASELINE_MANIFEST } from '../shared/data';
import { createDiskStorage, newSessionId } from './files/disk-storage';
import { createLibraryService } from '../shared/library/service';
import { resolveLibraryDir, resolveUserDataDir, windowStateFile } from './services/app-paths';
import { createCloseGuard } from './services/close-guard';
import { createLibraryHandlers } from './services/library-handlers';
import { createOpenRequests, scenarioPathsIn, type OpenRequests } from './services/open-requests';
import { createHostHandlers } from './services/host-handlers';
import { gateAll } from './services/ipc-validation';
import { buildMenuTemplate } from './services/menu-template';
import { createWindowStateStore } from './services/window-state';
import { registerAppScheme, serveRenderer } from './main/protocol.electron';
import { installSecurity } from './main/security.electron';
import { createMainWindow } from './main/window.electron';

const log = (message: string) => console.error(message);

// Before `ready`: sandbox every renderer, claim app://, and pick the settings folder.
app.enableSandbox();
registerAppScheme();
app.setPath('userData', resolveUserDataDir(process.env, app.getPath('userData')));

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

const closeGuard = createCloseGuard({
  ask(id) {
    const win = windowById(id);
    const options = {
      type: 'question' as const,
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: 'Do you want to save the changes to this scenario?',
      detail: 'If you close without saving, your changes are lost.',
    };
    const answer = win ? dialog.showMessageBoxSync(win, options) : dialog.showMessageBoxSync(options);
    return answer === 0 ? 'save' : answer === 1 ? 'discard' : 'cancel';
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
/** Set once the library exists (after ready). */
let discardAutosaves = async (_windowId: number): Promise<void> => undefined;

const sendCommand = (command: AppCommand) => {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target !== null && ourWebContents.has(target.webContents.id)) {
    target.webContents.send('app:command', PUSH_CHANNELS['app:command'].parse(command));
  }
};

async function openMainWindow(): Promise<void> {
  const dir = __dirname; // dist-electron/ inside the app (asar) folder
  const win = await createMainWindow({
    preloadPath: path.join(dir, 'preload.js'),
    appVersion: app.getVersion(),
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
  win.on('close', (event) => {
    if (closeGuard.shouldPreventClose(id)) event.preventDefault();
  });
  win.on('closed', () => {
    closeGuard.forget(id);
    ourWebContents.delete(id);
    if (mainWindow === win) mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
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
        const options = {
          type: 'question' as const,
          buttons: ['Open in browser', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
          message: 'Open this link in your web browser?',
          detail: `${url}\n\nIt is not one of the sources Puente cites. Open it only if you expected it.`,
        };
        const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
        return answer.response === 0;
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
      baseline: { datasetId: BASELINE_MANIFEST.id, checksum: BASELINE_MANIFEST.sha256 },
    });
    // Temp files left by writes a crash interrupted go before anything else reads the library.
    await service.startUp();
    openRequests = createOpenRequests({
      adopt: (filePath) => service.adopt(filePath),
      wake: () => mainWindow?.webContents.send('library:open-requested', PUSH_CHANNELS['library:open-requested'].parse(true)),
      focus: focusMainWindow,
    });
    const requests = openRequests;
    const scenarioFilter = [{ name: 'Puente scenario', extensions: ['puente.json', 'json'] }];
    const library = createLibraryHandlers(
      service,
      {
        takeOpenRequests: () => requests.take(),
        now: () => Date.now(),
        async pickOpenPath() {
          const options = { defaultPath: libraryDir, properties: ['openFile' as const], filters: scenarioFilter };
          const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        },
        async pickSavePath(defaultFileName) {
          const options = { defaultPath: path.join(libraryDir, defaultFileName), filters: scenarioFilter };
          const picked = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return picked.canceled || !picked.filePath ? null : picked.filePath;
        },
        setUnsaved: (senderId, unsaved) => closeGuard.setUnsaved(senderId, unsaved),
      },
    );
    discardAutosaves = library.discardAutosaves;
    const handlers = createHostHandlers(
      {
        openExternal: links.open,
        confirmExternal: links.confirm,
        setWindowTitle: (senderId, title) => windowById(senderId)?.setTitle(title),
      },
      library.handlers,
    );
    for (const [channel, handler] of gateAll(handlers, { isOurWebContents: (id) => ourWebContents.has(id), log })) {
      ipcMain.handle(channel, handler);
    }

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ platform: process.platform, appName: app.name, send: sendCommand, developer: !app.isPackaged }),
      ),
    );
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
