// Which host the page talks to: the Electron preload's window.host when present, the memory host for tests
// (?host=memory), otherwise the web host.
import type { HostApi } from '../../shared/host/host-api';
import { createMemoryHost, type MemoryHost } from './memory-host';
import { createWebHost } from './web-host';

declare global {
  interface Window {
    host?: HostApi;
    __memoryHost?: MemoryHost;
  }
}

export function chooseHost(win: Window): HostApi {
  if (win.host) return win.host;
  const wanted = new URLSearchParams(win.location.search).get('host');
  if (wanted === 'memory') {
    const memory = createMemoryHost();
    win.__memoryHost = memory;
    return memory;
  }
  return createWebHost();
}
