import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, clampToDisplays, createWindowStateStore, parseWindowState } from '../../../electron/services/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window bounds clamping', () => {
  it('keeps a window that is visible on a current display', () => {
    expect(clampToDisplays({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop, monitor])).toEqual({ x: 1500, y: 100, width: 1200, height: 800 });
  });
  it('drops the position of a window saved on an unplugged monitor so the OS centres it', () => {
    expect(clampToDisplays({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ width: 1200, height: 728 });
  });
  it('drops a position whose title bar is above the screen', () => {
    expect(clampToDisplays({ x: 10, y: -200, width: 1000, height: 700 }, [laptop])).toEqual({ width: 1000, height: 700 });
  });
  it('shrinks an oversized window to the largest display and never below the minimum', () => {
    expect(clampToDisplays({ width: 5000, height: 3000 }, [laptop])).toEqual({ width: 1366, height: 728 });
    expect(clampToDisplays({ width: 200, height: 100 }, [monitor])).toEqual({ width: 900, height: 600 });
  });
});

describe('window state file', () => {
  it('treats malformed saved state as the default', () => {
    expect(parseWindowState({ bounds: { width: 'wide' } })).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState(null)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('remembers bounds across sessions and survives a corrupt file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puente-ws-'));
    try {
      const file = path.join(dir, 'profile', 'window-state.json');
      const store = createWindowStateStore(file, { readFile, writeFileSync, renameSync, mkdirSync }, path.dirname);
      expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
      const state = { bounds: { x: 40, y: 50, width: 1100, height: 760 }, maximized: true, fullScreen: false };
      store.save(state);
      expect(await store.load()).toEqual(state);
      await writeFile(file, '{ not json');
      expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
