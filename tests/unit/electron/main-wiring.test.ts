// electron/main.ts with a fake `electron` module: checks the wiring the services cannot see —
// order of start-up calls, single-instance lock, handlers registered through the gate, hooks on
// every webContents, and the window built from the locked preferences on our origin.
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { INVOKE_CHANNEL_NAMES } from '../../../shared/host/ipc-contract';
import { ENGLISH_MENU_LABELS } from '../../../shared/commands/menu-labels';
import { defaultScenario, serialiseScenario } from '../../../shared/scenario';

type Listener = (...args: unknown[]) => unknown;
const calls: string[] = [];
const state = {
  lock: true,
  appListeners: new Map<string, Listener>(),
  ipc: new Map<string, Listener>(),
  windows: [] as FakeWindow[],
  permissionRequest: null as Listener | null,
  ready: null as (() => void) | null,
  documents: path.join(os.tmpdir(), 'puente-default-documents'),
  /** The options of every message box shown (close and link dialogs), and the button the fake user clicks. */
  messageBoxes: [] as { buttons: string[]; message: string; detail: string }[],
  answer: 2,
};

class FakeWindow {
  static nextId = 1;
  webContents = { id: FakeWindow.nextId++, send: vi.fn(), printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 printed')) };
  destroyed = false;
  url = '';
  constructor(public options: { webPreferences: Record<string, unknown> }) {
    calls.push('new BrowserWindow');
    state.windows.push(this);
  }
  listeners = new Map<string, Listener>();
  once() {}
  on(event: string, fn: Listener) {
    this.listeners.set(event, fn);
  }
  isMinimized = () => false;
  restore() {}
  focus = vi.fn();
  maximize() {}
  setFullScreen() {}
  setTitle = vi.fn();
  isDestroyed = () => this.destroyed;
  destroy() {
    this.destroyed = true;
  }
  async loadURL(url: string) {
    this.url = url;
  }
  static getAllWindows = () => state.windows;
  static getFocusedWindow = () => null;
}

vi.mock('electron', () => ({
  app: {
    enableSandbox: () => calls.push('enableSandbox'),
    setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
    getPath: (name: string) => (name === 'documents' ? state.documents : path.join(os.tmpdir(), 'puente-default-profile')),
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return state.lock;
    },
    on: (event: string, fn: Listener) => state.appListeners.set(event, fn),
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
    getVersion: () => '0.1.0',
    getAppPath: () => '/app',
    isPackaged: true,
    name: 'Puente',
    quit: () => calls.push('quit'),
    exit: (code?: number) => calls.push(`exit ${code ?? 0}`),
  },
  BrowserWindow: FakeWindow,
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => calls.push('setApplicationMenu') },
  ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Listener) => (state.permissionRequest = fn),
      setPermissionCheckHandler: () => undefined,
    },
  },
  shell: { openExternal: vi.fn(async () => undefined), trashItem: vi.fn(async () => undefined) },
  dialog: {
    showMessageBoxSync: (...args: unknown[]) => {
      state.messageBoxes.push(args[args.length - 1] as (typeof state.messageBoxes)[number]);
      return state.answer;
    },
    showMessageBox: async (...args: unknown[]) => {
      state.messageBoxes.push(args[args.length - 1] as (typeof state.messageBoxes)[number]);
      return { response: state.answer };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => calls.push(`registerSchemes ${schemes.map((s) => s.scheme).join()}`),
    handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}));

async function startMain(lock: boolean, argv: string[] = [process.execPath, '/app']) {
  vi.resetModules();
  process.argv = argv;
  calls.length = 0;
  state.lock = lock;
  state.appListeners.clear();
  state.ipc.clear();
  state.windows = [];
  state.ready = null;
  state.messageBoxes = [];
  state.answer = 2;
  process.env.PUENTE_USER_DATA = path.join(os.tmpdir(), `puente-wiring-${process.pid}`);
  await import('../../../electron/main');
}

const originalArgv = process.argv;
afterEach(() => {
  delete process.env.PUENTE_USER_DATA;
  delete process.env.PUENTE_DOCUMENTS;
  process.argv = originalArgv;
});

/** A scenario file on disk, as a colleague's e-mail attachment would be. */
function scenarioFile(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-attachment-'));
  const file = path.join(dir, name);
  writeFileSync(file, serialiseScenario({ ...defaultScenario(name.replace('.puente.json', '')), levers: { regularisationRatePerYear: 0.35 } }));
  return file;
}

describe('opening a scenario file from the system (double-click, Open with, a second launch) (D14)', () => {
  async function ready(argv?: string[]) {
    process.env.PUENTE_DOCUMENTS = mkdtempSync(path.join(os.tmpdir(), 'puente-docs-'));
    await startMain(true, argv);
    state.ready?.();
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('app://puente/index.html'));
    const win = state.windows[0]!;
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://puente/index.html', parent: null } };
    const ipc = (channel: string, ...args: unknown[]) => state.ipc.get(channel)!(ours, ...args) as Promise<{ ok: boolean; value: unknown }>;
    return { win, ipc };
  }

  it('a file named on the command line at start opens in the window, through the library like Open', async () => {
    const file = scenarioFile('From a colleague.puente.json');
    const { ipc } = await ready([process.execPath, file]);
    const taken = await ipc('library:take-open-requests');
    expect(taken).toMatchObject({ ok: true, value: [expect.stringMatching(/^[0-9a-f]{24}$/)] });
    const [ref] = taken.value as string[];
    expect(await ipc('library:open', ref)).toMatchObject({ ok: true, value: { fileName: 'From a colleague.puente.json', document: { levers: { regularisationRatePerYear: 0.35 } } } });
    // Taken once: a reload does not open it again.
    expect(await ipc('library:take-open-requests')).toEqual({ ok: true, value: [] });
  });

  it('a second launch with a file hands it to the open window and brings the window forward', async () => {
    const { win, ipc } = await ready();
    const file = scenarioFile('Second launch.puente.json');
    state.appListeners.get('second-instance')!({}, [process.execPath, '--some-chromium-flag', path.basename(file)], path.dirname(file));
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('library:open-requested', true));
    expect(win.focus).toHaveBeenCalled();
    const taken = await ipc('library:take-open-requests');
    expect(await ipc('library:open', (taken.value as string[])[0])).toMatchObject({ ok: true, value: { fileName: 'Second launch.puente.json' } });
  });

  it('macOS open-file events, even before the app is ready, are queued for the window', async () => {
    process.env.PUENTE_DOCUMENTS = mkdtempSync(path.join(os.tmpdir(), 'puente-docs-'));
    await startMain(true);
    const file = scenarioFile('Finder.puente.json');
    const preventDefault = vi.fn();
    state.appListeners.get('open-file')!({ preventDefault }, file);
    expect(preventDefault).toHaveBeenCalled();
    state.ready?.();
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('app://puente/index.html'));
    const win = state.windows[0]!;
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://puente/index.html', parent: null } };
    const taken = (await state.ipc.get('library:take-open-requests')!(ours)) as { value: string[] };
    expect(taken.value).toHaveLength(1);
  });

  it('arguments that are not scenario files are ignored', async () => {
    const { ipc } = await ready([process.execPath, '--inspect', '.', '/etc/passwd', 'notes.txt']);
    expect(await ipc('library:take-open-requests')).toEqual({ ok: true, value: [] });
  });
});

describe('main process wiring', () => {
  it('a second launch hands over to the first and quits', async () => {
    await startMain(false);
    expect(calls).toContain('quit');
    expect(state.ready).toBeNull();
    expect(state.ipc.size).toBe(0);
  });

  it('sandboxes, claims app:// and picks the settings folder before ready', async () => {
    await startMain(true);
    expect(calls.slice(0, 3)).toEqual([
      'enableSandbox',
      'registerSchemes app',
      `setPath userData ${process.env.PUENTE_USER_DATA}`,
    ]);
    expect(state.appListeners.has('second-instance')).toBe(true);
  });

  it('after ready: serves app://, gates every channel, sets the menu and opens one locked window', async () => {
    await startMain(true);
    state.ready?.();
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('app://puente/index.html'));
    expect(calls).toEqual(expect.arrayContaining(['protocol.handle app', 'setApplicationMenu']));
    expect([...state.ipc.keys()].sort()).toEqual([...INVOKE_CHANNEL_NAMES].sort());
    const win = state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toMatch(/preload\.js$/);

    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://puente/index.html', parent: null } };
    expect(await state.ipc.get('app:set-title')!(ours, 'Andean corridor')).toEqual({ ok: true, value: null });
    expect(win.setTitle).toHaveBeenCalledWith('Andean corridor — Puente');
    const stranger = { ...ours, sender: { id: 999 } };
    expect(await state.ipc.get('app:set-title')!(stranger, 'x')).toMatchObject({ ok: false, code: 'forbidden-sender' });
  });

  it('words its close and link dialogs with what the page sent, in the page’s language', async () => {
    await startMain(true);
    state.ready?.();
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('app://puente/index.html'));
    const win = state.windows[0]!;
    const ours = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://puente/index.html', parent: null } };
    const words = { ...ENGLISH_MENU_LABELS, dialogs: { ...ENGLISH_MENU_LABELS.dialogs, save: 'Guardar', dontSave: 'No guardar', cancel: 'Cancelar', openLink: 'Abrir en el navegador', openLinkDetail: 'No es una fuente que cita Puente.' } };
    expect(await state.ipc.get('app:menu-labels')!(ours, words)).toEqual({ ok: true, value: null });
    expect(await state.ipc.get('app:set-unsaved')!(ours, true)).toEqual({ ok: true, value: null });
    const closing = { preventDefault: vi.fn() };
    win.listeners.get('close')!(closing);
    expect(state.messageBoxes[0]?.buttons).toEqual(['Guardar', 'No guardar', 'Cancelar']);
    expect(closing.preventDefault).toHaveBeenCalled(); // the fake user cancelled
    await state.ipc.get('app:open-external')!(ours, 'https://example.org/');
    expect(state.messageBoxes[1]).toMatchObject({ buttons: ['Abrir en el navegador', 'Cancelar'], detail: 'https://example.org/\n\nNo es una fuente que cita Puente.' });
  });

  it('hooks every new webContents: navigation, webviews and popups are refused', async () => {
    await startMain(true);
    state.ready?.();
    await vi.waitFor(() => expect(state.appListeners.has('web-contents-created')).toBe(true));
    const created = state.appListeners.get('web-contents-created')!;
    const hooks = new Map<string, Listener>();
    let openHandler: Listener = () => undefined;
    created({}, { on: (e: string, fn: Listener) => hooks.set(e, fn), setWindowOpenHandler: (fn: Listener) => (openHandler = fn) });
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      hooks.get(event)!({ url: 'https://evil.example/', preventDefault, isMainFrame: true });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    const allow = vi.fn();
    state.permissionRequest!({}, 'media', allow, { requestingUrl: 'app://puente/index.html', isMainFrame: true });
    expect(allow).toHaveBeenCalledWith(false);
  });
});

describe('printing for the command line (electron <app> --puente-print=JOB --puente-print-out=OUT)', () => {
  function printJobFile(): { jobFile: string; outFile: string; dir: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'puente-cli-print-'));
    const jobFile = path.join(dir, 'job.json');
    const job = { kind: 'scenario', documents: [defaultScenario('Plan')], region: 'COL', page: { paper: 'a4', landscape: false }, generatedAt: '2026-12-02T10:00:00Z', appVersion: '0.1.0' };
    writeFileSync(jobFile, JSON.stringify(job));
    return { jobFile, outFile: path.join(dir, 'report.pdf'), dir };
  }

  async function printWith(lockHeldElsewhere: boolean) {
    const files = printJobFile();
    process.env.PUENTE_DOCUMENTS = mkdtempSync(path.join(os.tmpdir(), 'puente-docs-'));
    await startMain(!lockHeldElsewhere, [process.execPath, '/app', `--puente-print=${files.jobFile}`, `--puente-print-out=${files.outFile}`]);
    return files;
  }

  /** The print window's page: fetches its job, then says the report is laid out. */
  async function actAsPrintPage() {
    await vi.waitFor(() => expect(state.windows[0]?.url).toBe('app://puente/index.html#/print'));
    const win = state.windows[0]!;
    const from = { sender: { id: win.webContents.id }, senderFrame: { url: 'app://puente/index.html#/print', parent: null } };
    const job = (await state.ipc.get('print:job')!(from)) as { ok: boolean; value: unknown };
    expect(job).toMatchObject({ ok: true, value: { kind: 'scenario', region: 'COL' } });
    await state.ipc.get('print:ready')!(from, { ok: true });
    return win;
  }

  it('decides before the single-instance lock, so a Puente the user has open does not swallow it', async () => {
    const files = await printWith(true);
    expect(calls).not.toContain('requestSingleInstanceLock');
    expect(calls).not.toContain('quit');
    // Its own throw-away profile, not the user's settings folder (which the open Puente holds).
    const profile = calls.find((c) => c.startsWith('setPath userData '))?.slice('setPath userData '.length) ?? '';
    expect(profile).not.toBe(process.env.PUENTE_USER_DATA);
    expect(profile.startsWith(path.join(os.tmpdir(), 'puente-print-'))).toBe(true);
    state.ready?.();
    await actAsPrintPage();
    await vi.waitFor(() => expect(calls).toContain('exit 0'), { timeout: 10_000 });
    expect(readFileSync(files.outFile, 'utf8')).toBe('%PDF-1.7 printed');
    expect(existsSync(profile)).toBe(false);
  });

  it('never starts the scenario library, the menu or a visible window: only the print window and its two channels', async () => {
    await printWith(false);
    const leftover = path.join(process.env.PUENTE_DOCUMENTS!, '.Plan.puente.json.1234.tmp');
    writeFileSync(leftover, 'an interrupted save the library start-up would sweep');
    state.ready?.();
    const win = await actAsPrintPage();
    await vi.waitFor(() => expect(calls).toContain('exit 0'), { timeout: 10_000 });
    expect([...state.ipc.keys()].sort()).toEqual(['print:job', 'print:ready']);
    expect(calls).not.toContain('setApplicationMenu');
    expect(state.windows).toEqual([win]);
    expect(existsSync(leftover)).toBe(true);
  });

  it('exits 1 with one line on the standard error when the job cannot be read, writing nothing', async () => {
    const files = await printWith(false);
    writeFileSync(files.jobFile, '{ not a job');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    state.ready?.();
    await vi.waitFor(() => expect(calls).toContain('exit 1'), { timeout: 10_000 });
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^puente-print: .*cannot be read/)]);
    expect(existsSync(files.outFile)).toBe(false);
    errors.mockRestore();
  });
});
