// The native application menu as a pure template, built from the command registry (shared/commands): app
// commands are sent to the page, which owns the scenario (undo/redo act on its history); standard items use
// Electron roles so each OS gets its usual behaviour and accelerators, but each carries the page's label: Electron
// words role items in English whatever the language. Items carry the command id, so the page's enabled state can be
// applied to them (applyCommandState).
import type { MenuItemConstructorOptions } from 'electron';
import { commandKeys, menuSections, type CommandId, type MenuId } from '../../shared/commands/registry';
import { ENGLISH_MENU_LABELS, type MenuLabels, type MenuRoleId } from '../../shared/commands/menu-labels';

export interface MenuInput {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a command to the focused Puente window. */
  send(command: CommandId): void;
  /** Adds reload and developer tools; never in packaged builds. */
  developer: boolean;
  /** The words, in the language the page chose (English until it says), standard role items' included. */
  labels?: MenuLabels;
}

const separator = { type: 'separator' } as const;

/** The registry's items of one menu, with separators between its sections. */
function commandItems(menu: MenuId, input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  return menuSections(menu).flatMap((section, i) => [
    ...(i > 0 ? [separator] : []),
    ...section.flatMap((def): MenuItemConstructorOptions[] => {
      const [accelerator, ...alternates] = commandKeys(def, mac);
      const item = (key: string | undefined, visible: boolean): MenuItemConstructorOptions => ({
        id: visible ? def.id : `${def.id}#${key}`,
        label: (input.labels ?? ENGLISH_MENU_LABELS).commands[def.id],
        ...(key === undefined ? {} : { accelerator: key }),
        ...(visible ? {} : { visible: false, acceleratorWorksWhenHidden: true }),
        click: () => input.send(def.id),
      });
      // A native item shows one accelerator; the others (Ctrl+Shift+Z besides Ctrl+Y) work through hidden twins.
      return [item(accelerator, true), ...alternates.map((key) => item(key, false))];
    }),
  ]);
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const words = input.labels ?? ENGLISH_MENU_LABELS;
  const titles = words.menus;
  /** A standard item: the OS behaviour and accelerator of its role, under the page's word for it. */
  const std = (id: MenuRoleId, role: NonNullable<MenuItemConstructorOptions['role']>, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions =>
    ({ role, label: words.roles[id], ...extra });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: input.appName,
        submenu: [
          std('about', 'about'), separator, std('services', 'services'), separator,
          std('hide', 'hide'), std('hideOthers', 'hideOthers'), std('unhide', 'unhide'), separator, std('quitApp', 'quit'),
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: titles.file,
    submenu: [...commandItems('file', input), ...(mac ? [] : [separator, std('quit', 'quit', { accelerator: 'Ctrl+Q' })])],
  };

  const edit: MenuItemConstructorOptions = {
    label: titles.edit,
    submenu: [...commandItems('edit', input), separator, std('cut', 'cut'), std('copy', 'copy'), std('paste', 'paste'), std('selectAll', 'selectAll')],
  };

  const view: MenuItemConstructorOptions = {
    label: titles.view,
    submenu: [
      ...commandItems('view', input),
      separator,
      std('resetZoom', 'resetZoom'), std('zoomIn', 'zoomIn'), std('zoomOut', 'zoomOut'),
      separator,
      std('togglefullscreen', 'togglefullscreen'),
      ...(input.developer ? [separator, std('reload', 'reload'), std('toggleDevTools', 'toggleDevTools')] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: titles.window,
    submenu: mac
      ? [std('minimize', 'minimize'), std('zoom', 'zoom'), separator, std('front', 'front')]
      : [std('minimize', 'minimize'), std('close', 'close')],
  };

  return [...appMenu, file, edit, view, windowMenu];
}

/** The part of Electron's Menu this needs (Menu.getApplicationMenu()). */
export interface MenuLike {
  getMenuItemById(id: string): { enabled: boolean } | null;
}

/** Greys out the native items of commands the page says are disabled (hidden accelerator twins included). */
export function applyCommandState(menu: MenuLike | null, enabled: Readonly<Partial<Record<CommandId, boolean>>>, platformKeys: (id: CommandId) => readonly string[]): void {
  if (menu === null) return;
  for (const [id, on] of Object.entries(enabled) as [CommandId, boolean][]) {
    const ids = [id, ...platformKeys(id).slice(1).map((key) => `${id}#${key}`)];
    for (const itemId of ids) {
      const item = menu.getMenuItemById(itemId);
      if (item) item.enabled = on;
    }
  }
}
