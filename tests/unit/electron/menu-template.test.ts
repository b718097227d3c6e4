import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_BY_ID, COMMANDS, commandKeys, type CommandId } from '../../../shared/commands/registry';
import { applyCommandState, buildMenuTemplate } from '../../../electron/services/menu-template';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has the usual accelerators and roles on %s', (platform) => {
    const items = flatten(buildMenuTemplate({ platform, appName: 'Puente', send: () => undefined, developer: false }));
    const byId = (id: string) => items.find((i) => i.id === id);
    expect(byId('undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('redo')?.accelerator).toBe(platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y');
    expect(byId('save')?.accelerator).toBe('CmdOrCtrl+S');
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit', 'copy', 'paste']));
    expect(roles).not.toContain('toggleDevTools');
  });

  it.each(['win32', 'linux', 'darwin'] as const)('labels every standard item itself on %s, Electron’s English defaults never showing', (platform) => {
    const items = flatten(buildMenuTemplate({ platform, appName: 'Puente', send: () => undefined, developer: true }));
    const unlabelled = items.filter((i) => i.role !== undefined && !i.label).map((i) => i.role);
    expect(unlabelled).toEqual([]);
    expect(items.find((i) => i.role === 'quit')?.label).toBe(platform === 'darwin' ? 'Quit Puente' : 'Exit');
  });

  it('has every command of the registry that belongs to a menu, once, under its own label', () => {
    const items = flatten(buildMenuTemplate({ platform: 'win32', appName: 'Puente', send: () => undefined, developer: false }));
    const visible = items.filter((i) => i.id !== undefined && i.visible !== false);
    const inMenus = COMMANDS.filter((c) => c.menu !== null);
    expect(visible.map((i) => i.id).sort()).toEqual(inMenus.map((c) => c.id).sort());
    for (const item of visible) expect(item.label).toBe(COMMAND_BY_ID[item.id as CommandId].label);
  });

  it('keeps the second redo key working through a hidden item on Windows and Linux', () => {
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'Puente', send: () => undefined, developer: false }));
    const twin = items.find((i) => i.accelerator === 'Ctrl+Shift+Z');
    expect(twin).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true });
  });

  it('sends scenario commands to the page rather than acting natively', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ platform: 'win32', appName: 'Puente', send, developer: false }));
    for (const id of ['undo', 'redo', 'open', 'save-as', 'reset', 'toggle-advanced'] as const) {
      (items.find((i) => i.id === id)?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(id);
    }
  });

  it('offers developer tools only in development', () => {
    const items = flatten(buildMenuTemplate({ platform: 'linux', appName: 'Puente', send: () => undefined, developer: true }));
    expect(items.map((i) => i.role)).toContain('toggleDevTools');
  });

  it('greys out the items the page reports as disabled, hidden twins included', () => {
    const items = new Map<string, { enabled: boolean }>();
    for (const item of flatten(buildMenuTemplate({ platform: 'linux', appName: 'Puente', send: () => undefined, developer: false }))) {
      if (item.id) items.set(item.id, { enabled: true });
    }
    const menu = { getMenuItemById: (id: string) => items.get(id) ?? null };
    applyCommandState(menu, { redo: false, save: true }, (id) => commandKeys(COMMAND_BY_ID[id], false));
    expect(items.get('redo')?.enabled).toBe(false);
    expect(items.get('redo#Ctrl+Shift+Z')?.enabled).toBe(false);
    expect(items.get('save')?.enabled).toBe(true);
  });
});
