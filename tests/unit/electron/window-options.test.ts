import { describe, expect, it } from 'vitest';
import { APP_VERSION_ARG, LOCKED_WEB_PREFERENCES, buildWindowOptions } from '../../../electron/services/window-options';

describe('window options', () => {
  const options = buildWindowOptions({ preloadPath: '/app/dist-electron/preload.js', appVersion: '1.2.3', bounds: { width: 1200, height: 800 } });
  const prefs = options.webPreferences ?? {};

  it('sets the isolation flags explicitly (not left to Electron defaults)', () => {
    expect(Object.prototype.hasOwnProperty.call(prefs, 'contextIsolation') && prefs.contextIsolation).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(prefs, 'sandbox') && prefs.sandbox).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(prefs, 'nodeIntegration')).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('cannot be loosened at run time: the locked preferences are frozen', () => {
    expect(Object.isFrozen(LOCKED_WEB_PREFERENCES)).toBe(true);
    expect(() => {
      (LOCKED_WEB_PREFERENCES as { sandbox: boolean }).sandbox = false;
    }).toThrow();
  });

  it('passes the preload and the app version (the sandboxed preload cannot read package.json)', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.js');
    expect(prefs.additionalArguments).toEqual([`${APP_VERSION_ARG}1.2.3`]);
  });

  it('applies remembered bounds and waits for the first paint before showing', () => {
    const placed = buildWindowOptions({ preloadPath: 'p', appVersion: '1', bounds: { x: 10, y: 20, width: 1000, height: 700 } });
    expect([placed.x, placed.y, placed.width, placed.height]).toEqual([10, 20, 1000, 700]);
    expect(placed.show).toBe(false);
  });
});
