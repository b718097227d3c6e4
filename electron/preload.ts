// Preload (sandboxed, bundled to one CommonJS file): builds `window.host` from named IPC calls, one per
// contract channel. The page never sees ipcRenderer or a generic invoke; results are parsed with the
// contract before the page gets them.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppCommand, HostApi, PrintOutcome } from '../shared/host/host-api';
import type { PrintJob } from '../shared/print/print-job';
import type { Result } from '../shared/result';
import type { ScenarioDocument, ScenarioView } from '../shared/scenario/document';
import type { ScenarioRef } from '../shared/host/library-types';
import type { ExportFile } from '../shared/host/export-kinds';
import {
  BRIDGE_ERROR_CODES,
  INVOKE_CHANNELS,
  PUSH_CHANNELS,
  type ChannelArgs,
  type ChannelResult,
  type InvokeChannel,
} from '../shared/host/ipc-contract';
import { APP_VERSION_ARG, SYSTEM_LOCALE_ARG } from './services/window-options';
import type { MenuLabels } from '../shared/commands/menu-labels';
import { systemLocaleSchema, webStoragePreferences, type WebStorageLike } from '../shared/host/preferences';

async function call<C extends InvokeChannel>(channel: C, args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  try {
    const raw: unknown = await ipcRenderer.invoke(channel, ...args);
    const parsed = INVOKE_CHANNELS[channel].result.safeParse(raw);
    if (parsed.success) return parsed.data as ChannelResult<C>;
    return { ok: false, code: 'internal', message: `Unexpected reply on ${channel}.` } as ChannelResult<C>;
  } catch (error) {
    return { ok: false, code: 'internal', message: String(error) } as ChannelResult<C>;
  }
}

type BridgeCode = (typeof BRIDGE_ERROR_CODES)[number];
const isBridgeCode = (code: string): code is BridgeCode => (BRIDGE_ERROR_CODES as readonly string[]).includes(code);

/**
 * Narrows a channel result to the error codes the HostApi method promises. A bridge error (the gate refused
 * the arguments, the sender, or main failed) becomes `onBad` for refused arguments and `onFailure` otherwise.
 */
function domain<T, E extends string>(
  result: Result<T, string>,
  onBad: E,
  onFailure: E,
): Result<T, E> {
  if (result.ok || !isBridgeCode(result.code)) return result as Result<T, E>;
  return { ok: false, code: result.code === 'invalid-args' ? onBad : onFailure, message: result.message };
}

const versionArg = process.argv.find((arg) => arg.startsWith(APP_VERSION_ARG));
const appVersion = versionArg === undefined ? '0.0.0' : versionArg.slice(APP_VERSION_ARG.length);

/** The system's languages and region format, from main (the sandboxed preload cannot ask the OS itself). */
function systemLocale() {
  const arg = process.argv.find((a) => a.startsWith(SYSTEM_LOCALE_ARG));
  try {
    const parsed = systemLocaleSchema.safeParse(arg === undefined ? null : JSON.parse(arg.slice(SYSTEM_LOCALE_ARG.length)));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the page's own languages
  }
  const page = globalThis as { navigator?: { languages?: readonly string[] } };
  const languages = [...(page.navigator?.languages ?? [])];
  return { languages, formatLocale: languages[0] ?? 'en' };
}

/** The app's own origin storage keeps the choices, like the browser build (read synchronously at start-up). */
function pageStorage() {
  try {
    return (globalThis as { localStorage?: WebStorageLike }).localStorage ?? null;
  } catch {
    return null;
  }
}

const host = {
  capabilities: { nativeDialogs: true, pickFiles: true, nativeMenu: true, filePaths: true, fullScreen: true, printsPdf: true, presenterView: true },
  appVersion,
  async openExternal(url: string) {
    const result = await call('app:open-external', [url]);
    // HostApi promises only 'refused'; a bridge error (bad sender, bad argument) is a refusal too.
    return result.ok ? result : { ok: false as const, code: 'refused' as const, message: result.message };
  },
  async setTitle(title: string) {
    await call('app:set-title', [title]);
  },
  async listScenarios() {
    return domain(await call('library:list', []), 'io', 'io');
  },
  async recentScenarios() {
    const result = await call('library:recent', []);
    return result.ok ? result.value : [];
  },
  async openScenario(ref: ScenarioRef) {
    return domain(await call('library:open', [ref]), 'not-found', 'io');
  },
  async importScenario() {
    return domain(await call('library:import', []), 'io', 'io');
  },
  async saveScenario(ref: ScenarioRef | null, doc: ScenarioDocument, baseRevision: string | null) {
    return domain(await call('library:save', [ref, doc, baseRevision]), 'invalid', 'io');
  },
  async saveScenarioAs(doc: ScenarioDocument) {
    return domain(await call('library:save-as', [doc]), 'invalid', 'io');
  },
  async exportScenario(doc: ScenarioDocument) {
    return domain(await call('library:export', [doc]), 'invalid', 'io');
  },
  async renameScenario(ref: ScenarioRef, name: string) {
    return domain(await call('library:rename', [ref, name]), 'invalid', 'io');
  },
  async duplicateScenario(ref: ScenarioRef, name: string) {
    return domain(await call('library:duplicate', [ref, name]), 'invalid', 'io');
  },
  async deleteScenario(ref: ScenarioRef) {
    return domain(await call('library:delete', [ref]), 'not-found', 'io');
  },
  async listDeleted() {
    return domain(await call('library:deleted', []), 'io', 'io');
  },
  async restoreDeleted(id: string) {
    return domain(await call('library:restore-deleted', [id]), 'not-found', 'io');
  },
  async listBackups(ref: ScenarioRef) {
    return domain(await call('library:backups', [ref]), 'not-found', 'not-found');
  },
  async readBackup(ref: ScenarioRef, backupId: string) {
    return domain(await call('library:read-backup', [ref, backupId]), 'not-found', 'io');
  },
  async writeAutosave(ref: ScenarioRef | null, doc: ScenarioDocument, baseRevision: string | null) {
    return domain(await call('autosave:write', [ref, doc, baseRevision]), 'invalid', 'io');
  },
  async clearAutosave(ref: ScenarioRef | null) {
    await call('autosave:clear', [ref]);
  },
  async recoverableWork() {
    const result = await call('autosave:recoverable', []);
    return result.ok ? result.value : [];
  },
  async discardRecoveredWork(id: string) {
    await call('autosave:discard', [id]);
  },
  async rememberSession(ref: ScenarioRef | null, view: ScenarioView) {
    await call('session:remember', [ref, view]);
  },
  async resumeSession() {
    const result = await call('session:resume', []);
    return result.ok ? result.value : null;
  },
  setUnsavedChanges(unsaved: boolean) {
    void call('app:set-unsaved', [unsaved]);
  },
  setCommandState(enabled: Readonly<Record<AppCommand, boolean>>) {
    void call('app:command-state', [{ ...enabled }]);
  },
  setMenuLabels(labels: MenuLabels) {
    void call('app:menu-labels', [labels]);
  },
  preferences: webStoragePreferences(pageStorage()),
  systemLocale: systemLocale(),
  async saveExport(file: ExportFile) {
    return domain(await call('app:save-export', [file]), 'invalid', 'io');
  },
  async copyImage(png: Uint8Array) {
    return domain(await call('app:copy-image', [png]), 'invalid', 'io');
  },
  async setFullScreen(on: boolean) {
    await call('app:set-full-screen', [on]);
  },
  async exportPdf(job: PrintJob, suggestedName: string) {
    return domain(await call('print:export', [job, suggestedName]), 'invalid', 'io');
  },
  async printJob() {
    const result = await call('print:job', []);
    return result.ok ? result.value : null;
  },
  printReady(outcome: PrintOutcome) {
    void call('print:ready', [outcome]);
  },
  async showPresenterView(session: string | null) {
    const result = await call('app:presenter-view', [session]);
    return result.ok && result.value;
  },
  onFullScreenChange(listener: (on: boolean) => void) {
    const onMessage = (_event: IpcRendererEvent, raw: unknown) => {
      const parsed = PUSH_CHANNELS['app:full-screen'].safeParse(raw);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on('app:full-screen', onMessage);
    return () => {
      ipcRenderer.removeListener('app:full-screen', onMessage);
    };
  },
  async takeOpenRequests() {
    const result = await call('library:take-open-requests', []);
    return result.ok ? result.value : [];
  },
  onOpenRequest(listener: () => void) {
    const onMessage = (_event: IpcRendererEvent, raw: unknown) => {
      if (PUSH_CHANNELS['library:open-requested'].safeParse(raw).success) listener();
    };
    ipcRenderer.on('library:open-requested', onMessage);
    return () => {
      ipcRenderer.removeListener('library:open-requested', onMessage);
    };
  },
  onCommand(listener: (command: AppCommand) => void) {
    const onMessage = (_event: IpcRendererEvent, raw: unknown) => {
      const parsed = PUSH_CHANNELS['app:command'].safeParse(raw);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on('app:command', onMessage);
    return () => {
      ipcRenderer.removeListener('app:command', onMessage);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('host', host);
