import { describe, expect, it } from 'vitest';
import { isOpenableExternalUrl } from '../../../renderer/host/host-url';
import { createMemoryHost } from '../../../renderer/host/memory-host';

describe('external links', () => {
  it('opens only https links without credentials', () => {
    expect(isOpenableExternalUrl('https://www.worldbank.org/en/topic/migration')).toBe(true);
    for (const url of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org', 'not a url', 'ms-msdt:foo']) {
      expect(isOpenableExternalUrl(url), url).toBe(false);
    }
  });
});

describe('memory host', () => {
  it('refuses non-https links and records accepted ones', async () => {
    const host = createMemoryHost();
    const refused = await host.openExternal('file:///etc/passwd');
    expect(refused.ok).toBe(false);
    expect((await host.openExternal('https://r4v.info')).ok).toBe(true);
    expect(host.opened).toEqual(['https://r4v.info']);
  });

  it('records titles and delivers menu commands until unsubscribed', async () => {
    const host = createMemoryHost();
    await host.setTitle('A — Puente');
    expect(host.titles).toEqual(['A — Puente']);
    const seen: string[] = [];
    const off = host.onCommand((c) => seen.push(c));
    host.sendCommand('undo');
    off();
    host.sendCommand('redo');
    expect(seen).toEqual(['undo']);
    expect(host.listenerCount()).toBe(0);
  });
});

describe('presenter view in the memory host', () => {
  it('opens only where a second screen is attached, and closes with null', async () => {
    const host = createMemoryHost();
    expect(await host.showPresenterView('0123456789abcdef')).toBe(false);
    expect(host.presenterView.value).toBeNull();
    host.secondScreen.value = true;
    expect(await host.showPresenterView('0123456789abcdef')).toBe(true);
    expect(host.presenterView.value).toBe('0123456789abcdef');
    expect(await host.showPresenterView(null)).toBe(false);
    expect(host.presenterView.value).toBeNull();
  });
});
