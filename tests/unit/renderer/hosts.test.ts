import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../shared/host/external-links';
import { createMemoryHost } from '../../../renderer/host/memory-host';

describe('external links (the rule every host shares)', () => {
  it('accepts only https links without credentials', () => {
    expect(checkExternalUrl('https://www.worldbank.org/en/topic/migration').ok).toBe(true);
    for (const url of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org', 'not a url', 'ms-msdt:foo']) {
      expect(checkExternalUrl(url).ok, url).toBe(false);
    }
  });
});

describe('memory host', () => {
  it('opens the cited sources, refuses other links (a page cannot ask the user), and records what it opened', async () => {
    const host = createMemoryHost();
    expect((await host.openExternal('file:///etc/passwd')).ok).toBe(false);
    expect(await host.openExternal('https://evil.example/phish')).toMatchObject({ ok: false, message: 'Only links to the sources Puente cites open from here.' });
    expect((await host.openExternal('https://r4v.info')).ok).toBe(true);
    expect(host.opened).toEqual(['https://r4v.info/']);
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
