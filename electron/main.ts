// Main process: lifecycle only. Everything with logic lives in electron/services/ (plain Node,
// unit-tested); the *.electron.ts adapters wire it to Electron.
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, session, shell } from 'electron';
import { PUSH_CHANNELS } from '../shared/host/ipc-contract';
import type { AppCommand } from '../shared/host/host-api';
import { dataStamp } from '../shared/data';
import { createAutosave } from './files/autosave';
import { createRecentList } from './files/recent';
import { createScenarioStore } from './files/scenario-store';
import { resolveLibraryDir, resolveUserDataDir, windowStateFile } from './services/app-paths';
import { createCloseGuard } from './services/close-guard';
import { createLibraryHandlers } from './services/library-handlers';
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
  app.on('second-instance', focusMainWindow);

  app.whenReady().then(async () => {
    installSecurity(session.defaultSession, (url) => shell.openExternal(url), log);
    serveRenderer(path.join(app.getAppPath(), 'dist'));

    const userData = app.getPath('userData');
    const store = createScenarioStore({
      libraryDir: resolveLibraryDir(process.env, app.getPath('documents')),
      trash: (file) => shell.trashItem(file),
      now: () => Date.now(),
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
      appVersion: app.getVersion(),
      baseline: dataStamp(),
    });
    const scenarioFilter = [{ name: 'Puente scenario', extensions: ['puente.json', 'json'] }];
    const library = createLibraryHandlers(
      { store, autosave: createAutosave(userData, () => Date.now()), recent: createRecentList(userData) },
      {
        async pickOpenPath() {
          const options = { defaultPath: store.libraryDir, properties: ['openFile' as const], filters: scenarioFilter };
          const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        },
        async pickSavePath(defaultFileName) {
          const options = { defaultPath: path.join(store.libraryDir, defaultFileName), filters: scenarioFilter };
          const picked = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return picked.canceled || !picked.filePath ? null : picked.filePath;
        },
        setUnsaved: (senderId, unsaved) => closeGuard.setUnsaved(senderId, unsaved),
      },
    );
    discardAutosaves = library.discardAutosaves;
    const handlers = createHostHandlers(
      {
        openExternal: (url) => shell.openExternal(url),
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
