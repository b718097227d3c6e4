// Preload (sandboxed, bundled to one CommonJS file): builds `window.host` from named IPC calls, one per
// contract channel. The page never sees ipcRenderer or a generic invoke; results are parsed with the
// contract before the page gets them.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppCommand, HostApi } from '../shared/host/host-api';
import {
  INVOKE_CHANNELS,
  PUSH_CHANNELS,
  type ChannelArgs,
  type ChannelResult,
  type InvokeChannel,
} from '../shared/host/ipc-contract';
import { APP_VERSION_ARG } from './services/window-options';

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

const versionArg = process.argv.find((arg) => arg.startsWith(APP_VERSION_ARG));
const appVersion = versionArg === undefined ? '0.0.0' : versionArg.slice(APP_VERSION_ARG.length);

const host = {
  kind: 'electron',
  appVersion,
  async openExternal(url: string) {
    const result = await call('app:open-external', [url]);
    // HostApi promises only 'refused'; a bridge error (bad sender, bad argument) is a refusal too.
    return result.ok ? result : { ok: false as const, code: 'refused' as const, message: result.message };
  },
  async setTitle(title: string) {
    await call('app:set-title', [title]);
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
