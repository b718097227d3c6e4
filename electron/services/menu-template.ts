// The native application menu as a pure template. App-specific items send AppCommands to the page
// (undo/redo act on the scenario history, not on a text field); standard items use Electron roles so
// each OS gets its usual behaviour and accelerators.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/host/host-api';

export interface MenuInput {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a command to the focused Puente window. */
  send(command: AppCommand): void;
  /** Adds reload and developer tools; never in packaged builds. */
  developer: boolean;
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const command = (label: string, cmd: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => input.send(cmd),
  });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: input.appName,
        submenu: [
          { role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' },
          { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' },
        ],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Scenario', 'new', 'CmdOrCtrl+N'),
      command('Open Scenario…', 'open', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      { type: 'separator' },
      command('Reset to Baseline', 'reset'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', accelerator: 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Advanced Parameters', 'toggle-advanced', 'CmdOrCtrl+Shift+A'),
      { type: 'separator' },
      { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(input.developer ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  return [...appMenu, file, edit, view, windowMenu];
}
