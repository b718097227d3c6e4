import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUserDataDir, windowStateFile } from '../../../electron/services/app-paths';

describe('settings folder', () => {
  it('uses PUENTE_USER_DATA when set, so tests never touch a real profile', () => {
    expect(resolveUserDataDir({ PUENTE_USER_DATA: 'tmp/profile' }, '/home/u/.config/Puente')).toBe(path.resolve('tmp/profile'));
  });
  it("falls back to Electron's per-user folder", () => {
    expect(resolveUserDataDir({}, '/home/u/.config/Puente')).toBe('/home/u/.config/Puente');
    expect(resolveUserDataDir({ PUENTE_USER_DATA: '  ' }, '/home/u/.config/Puente')).toBe('/home/u/.config/Puente');
  });
  it('keeps the window state in the settings folder', () => {
    expect(windowStateFile('/p')).toBe(path.join('/p', 'window-state.json'));
  });
});
