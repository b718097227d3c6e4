import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/services/menu-template';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has the usual accelerators and roles on %s', (platform) => {
    const items = flatten(buildMenuTemplate({ platform, appName: 'Puente', send: () => undefined, developer: false }));
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Redo')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y');
    expect(byLabel('Save')?.accelerator).toBe('CmdOrCtrl+S');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'copy', 'paste']));
    expect(roles).not.toContain('toggleDevTools');
  });

  it('sends scenario commands to the page rather than acting natively', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ platform: 'win32', appName: 'Puente', send, developer: false }));
    for (const [label, command] of [['Undo', 'undo'], ['Redo', 'redo'], ['Open Scenario…', 'open'], ['Export PDF…', 'export-pdf']] as const) {
      const item = items.find((i) => i.label === label);
      (item?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('offers developer tools only in development', () => {
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'Puente', send: () => undefined, developer: true }));
    expect(items.map((i) => i.role)).toContain('toggleDevTools');
  });
});
