import { describe, expect, it } from 'vitest';
import { allowPermission, allowRedirect, allowWebview, decideNavigation, decideWindowOpen } from '../../../electron/services/security-policy';

describe('navigation policy', () => {
  it('never lets the window navigate, even within our origin', () => {
    for (const url of ['app://puente/index.html', 'https://www.worldbank.org', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(decideNavigation(url).allow).toBe(false);
    }
  });
  it('sends a clicked https link to the OS browser and drops anything else', () => {
    expect(decideNavigation('https://www.cepal.org/').openExternally).toBe('https://www.cepal.org/');
    expect(decideNavigation('file:///etc/passwd').openExternally).toBeNull();
    expect(decideNavigation('app://puente/other.html').openExternally).toBeNull();
  });
  it('refuses redirects and webviews', () => {
    expect(allowRedirect('app://puente/index.html')).toBe(false);
    expect(allowRedirect('https://example.org')).toBe(false);
    expect(allowWebview()).toBe(false);
  });
});

describe('window-open policy', () => {
  it('denies every new window; https targets go to the OS browser', () => {
    expect(decideWindowOpen('https://www.iom.int/')).toEqual({ action: 'deny', openExternally: 'https://www.iom.int/' });
    expect(decideWindowOpen('app://puente/index.html')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: null });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('permission policy', () => {
  it('allows full screen for our own page only', () => {
    expect(allowPermission('fullscreen', 'app://puente/index.html', true)).toBe(true);
    expect(allowPermission('fullscreen', 'https://evil.example/', true)).toBe(false);
    expect(allowPermission('fullscreen', 'app://puente/index.html', false)).toBe(false);
    expect(allowPermission('fullscreen', undefined, true)).toBe(false);
  });
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'pointerLock'])(
    'denies %s even to our own page',
    (permission) => {
      expect(allowPermission(permission, 'app://puente/index.html', true)).toBe(false);
    },
  );
});
