// The preload with a fake `electron` module: what the page receives as window.host, and what crosses IPC.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../../shared/host/host-api';
import { defaultScenario } from '../../../shared/scenario';
import { ENGLISH_MENU_LABELS } from '../../../shared/commands/menu-labels';

const exposed = new Map<string, unknown>();
const invoke = vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>();
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => invoke(channel, ...args),
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

async function loadHost(extraArgs: string[] = []): Promise<HostApi> {
  vi.resetModules();
  exposed.clear();
  process.argv.push('--puente-app-version=9.8.7', ...extraArgs);
  await import('../../../electron/preload');
  process.argv.splice(process.argv.length - 1 - extraArgs.length);
  return exposed.get('host') as HostApi;
}

describe('preload bridge', () => {
  beforeEach(() => invoke.mockReset());

  it('exposes only window.host with named functions (no ipcRenderer, no generic invoke)', async () => {
    const host = await loadHost();
    expect([...exposed.keys()]).toEqual(['host']);
    expect(Object.keys(host).sort()).toEqual([
      'appVersion', 'capabilities', 'clearAutosave', 'copyImage', 'deleteScenario', 'discardRecoveredWork', 'duplicateScenario',
      'exportPdf', 'exportScenario', 'importScenario', 'listBackups', 'listDeleted', 'listScenarios', 'onCommand',
      'onFullScreenChange', 'onOpenRequest', 'openExternal', 'openScenario', 'preferences', 'printJob', 'printReady', 'readBackup',
      'recentScenarios', 'recoverableWork', 'rememberSession', 'renameScenario', 'restoreDeleted', 'resumeSession', 'saveExport', 'saveScenario', 'saveScenarioAs',
      'setCommandState', 'setFullScreen', 'setMenuLabels', 'setTitle', 'setUnsavedChanges', 'showPresenterView', 'systemLocale', 'takeOpenRequests', 'writeAutosave',
    ]);
    expect(host.capabilities).toEqual({ nativeDialogs: true, pickFiles: true, nativeMenu: true, filePaths: true, fullScreen: true, printsPdf: true, presenterView: true });
    expect(host.appVersion).toBe('9.8.7');
  });

  it('tells the page the system languages and region format main passed, and drops a malformed one', async () => {
    const host = await loadHost(['--puente-system-locale={"languages":["es-CO","en-US"],"formatLocale":"es-CO"}']);
    expect(host.systemLocale).toEqual({ languages: ['es-CO', 'en-US'], formatLocale: 'es-CO' });
    const bad = await loadHost(['--puente-system-locale={"languages":["<script>"],"formatLocale":"es-CO"}']);
    expect(bad.systemLocale.languages).not.toContain('<script>');
  });

  it('sends the native menu its words through the named channel', async () => {
    const host = await loadHost();
    invoke.mockResolvedValue({ ok: true, value: null });
    const labels = { ...ENGLISH_MENU_LABELS, commands: { ...ENGLISH_MENU_LABELS.commands, save: 'Guardar' }, menus: { ...ENGLISH_MENU_LABELS.menus, file: '&Archivo' }, scenarioFiles: 'Escenarios de Puente' };
    host.setMenuLabels(labels);
    expect(invoke).toHaveBeenCalledWith('app:menu-labels', labels);
  });

  it('calls the named channel and passes a typed result through', async () => {
    const host = await loadHost();
    invoke.mockResolvedValue({ ok: true, value: null });
    expect(await host.openExternal('https://www.iom.int/')).toEqual({ ok: true, value: null });
    expect(invoke).toHaveBeenCalledWith('app:open-external', 'https://www.iom.int/');
  });

  it('turns bridge errors and malformed replies into a refusal, never a throw', async () => {
    const host = await loadHost();
    invoke.mockResolvedValueOnce({ ok: false, code: 'forbidden-sender', message: 'not ours' });
    expect(await host.openExternal('https://x.org')).toEqual({ ok: false, code: 'refused', message: 'not ours' });
    invoke.mockResolvedValueOnce({ surprise: true });
    expect(await host.openExternal('https://x.org')).toMatchObject({ ok: false, code: 'refused' });
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await host.openExternal('https://x.org')).toMatchObject({ ok: false, code: 'refused' });
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    await expect(host.setTitle('x')).resolves.toBeUndefined();
  });

  it('calls one named library channel per method, with the arguments in contract order', async () => {
    const host = await loadHost();
    const ref = 'a'.repeat(24);
    const doc = defaultScenario('Plan');
    invoke.mockResolvedValue({ ok: true, value: { ref, fileName: 'Plan.puente.json', document: doc, revision: 'r1' } });
    expect(await host.saveScenario(ref, doc, 'r0')).toMatchObject({ ok: true, value: { ref, revision: 'r1' } });
    expect(invoke).toHaveBeenLastCalledWith('library:save', ref, doc, 'r0');
    await host.renameScenario(ref, 'New name');
    expect(invoke).toHaveBeenLastCalledWith('library:rename', ref, 'New name');
    invoke.mockResolvedValue({ ok: true, value: null });
    await host.writeAutosave(null, doc, null);
    expect(invoke).toHaveBeenLastCalledWith('autosave:write', null, doc, null);
    host.setUnsavedChanges(true);
    expect(invoke).toHaveBeenLastCalledWith('app:set-unsaved', true);
  });

  it('maps bridge errors onto the codes each library method promises, never a throw', async () => {
    const host = await loadHost();
    const doc = defaultScenario('Plan');
    invoke.mockResolvedValueOnce({ ok: false, code: 'invalid-args', message: 'bad document' });
    expect(await host.saveScenario(null, doc, null)).toEqual({ ok: false, code: 'invalid', message: 'bad document' });
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await host.openScenario('b'.repeat(24))).toMatchObject({ ok: false, code: 'io' });
    invoke.mockResolvedValueOnce({ ok: false, code: 'invalid-args', message: 'not a reference' });
    expect(await host.openScenario('../etc/passwd')).toMatchObject({ ok: false, code: 'not-found' });
    // A domain error passes through unchanged.
    invoke.mockResolvedValueOnce({ ok: false, code: 'read-only', message: 'newer file' });
    expect(await host.saveScenario('c'.repeat(24), doc, null)).toEqual({ ok: false, code: 'read-only', message: 'newer file' });
    invoke.mockResolvedValueOnce({ surprise: true });
    expect(await host.recentScenarios()).toEqual([]);
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await host.recoverableWork()).toEqual([]);
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    await expect(host.writeAutosave(null, doc, null)).resolves.toMatchObject({ ok: false, code: 'io' });
  });

  it('asks main for the presenter view of a session, and reads any failure as "not open"', async () => {
    const host = await loadHost();
    invoke.mockResolvedValueOnce({ ok: true, value: true });
    expect(await host.showPresenterView('0123456789abcdef')).toBe(true);
    expect(invoke).toHaveBeenLastCalledWith('app:presenter-view', '0123456789abcdef');
    invoke.mockResolvedValueOnce({ ok: false, code: 'invalid-args', message: 'not a session' });
    expect(await host.showPresenterView('nope')).toBe(false);
    invoke.mockRejectedValueOnce(new Error('channel closed'));
    expect(await host.showPresenterView(null)).toBe(false);
    expect(invoke).toHaveBeenLastCalledWith('app:presenter-view', null);
  });

  it('delivers only known menu commands and unsubscribes', async () => {
    const host = await loadHost();
    const seen: string[] = [];
    const off = host.onCommand((c) => seen.push(c));
    listeners.get('app:command')?.({}, 'undo');
    listeners.get('app:command')?.({}, 'rm -rf');
    listeners.get('app:command')?.({}, { command: 'redo' });
    expect(seen).toEqual(['undo']);
    off();
    expect(listeners.has('app:command')).toBe(false);
  });
});
