// The native menu in the page's language: rebuilt with the words the page sends (standard items such as Cut and
// Copy included, which Electron would word in English), keeping the enabled state; the desktop's own dialogs worded
// from the same words; and the IPC gate refusing words that are not a full, sane set.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createNativeMenu } from '../../../electron/services/native-menu';
import { closeDialogChoice, closeDialogOptions, linkDialogOpens, linkDialogOptions } from '../../../electron/services/native-dialogs';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../../shared/commands/menu-labels';
import { COMMAND_BY_ID, commandKeys } from '../../../shared/commands/registry';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';

/** A built menu: its items by id, its standard (role) items' labels, and the titles of its top-level menus. */
function fakeMenu(template: MenuItemConstructorOptions[]) {
  const items = new Map<string, { label: string; enabled: boolean }>();
  const roles = new Map<string, string | undefined>();
  const walk = (entries: MenuItemConstructorOptions[]) => {
    for (const entry of entries) {
      if (entry.id) items.set(entry.id, { label: String(entry.label), enabled: true });
      if (entry.role) roles.set(entry.role, entry.label);
      if (Array.isArray(entry.submenu)) walk(entry.submenu);
    }
  };
  walk(template);
  return { titles: template.map((m) => m.label), items, roles, getMenuItemById: (id: string) => items.get(id) ?? null };
}

function setUp(platform: NodeJS.Platform = 'win32', developer = false) {
  const installed: ReturnType<typeof fakeMenu>[] = [];
  const menu = createNativeMenu({
    input: { platform, appName: 'Puente', send: () => undefined, developer },
    install: (template) => {
      const built = fakeMenu(template);
      installed.push(built);
      return built;
    },
    platformKeys: (id) => commandKeys(COMMAND_BY_ID[id], false),
  });
  menu.install();
  return { menu, installed, shown: () => installed[installed.length - 1]! };
}

const spanish: MenuLabels = {
  commands: { ...ENGLISH_MENU_LABELS.commands, save: 'Guardar', undo: 'Deshacer', 'show-library': 'Biblioteca' },
  menus: { file: '&Archivo', edit: '&Edición', view: '&Ver', window: 'Ve&ntana' },
  roles: {
    cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo',
    resetZoom: 'Restablecer zoom', zoomIn: 'Acercar', zoomOut: 'Alejar', togglefullscreen: 'Pantalla completa',
    reload: 'Recargar', toggleDevTools: 'Herramientas de desarrollo',
    minimize: 'Minimizar', close: 'Cerrar', quit: 'Salir',
    about: 'Acerca de Puente', services: 'Servicios', hide: 'Ocultar Puente', hideOthers: 'Ocultar otros', unhide: 'Mostrar todo',
    quitApp: 'Salir de Puente', zoom: 'Zoom', front: 'Traer todo al frente',
  },
  scenarioFiles: 'Escenarios de Puente',
  dialogs: {
    save: 'Guardar',
    dontSave: 'No guardar',
    cancel: 'Cancelar',
    unsavedMessage: '¿Desea guardar los cambios de este escenario?',
    unsavedDetail: 'Si cierra sin guardar, se perderán los cambios.',
    openLink: 'Abrir en el navegador',
    openLinkMessage: '¿Desea abrir este enlace en su navegador web?',
    openLinkDetail: 'No es una de las fuentes que cita Puente. Ábralo solo si lo esperaba.',
  },
};

/** What each platform's standard items read in Spanish, by Electron role (developer items included). */
const SPANISH_BY_ROLE = {
  win32: {
    quit: 'Salir', cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo',
    resetZoom: 'Restablecer zoom', zoomIn: 'Acercar', zoomOut: 'Alejar', togglefullscreen: 'Pantalla completa',
    reload: 'Recargar', toggleDevTools: 'Herramientas de desarrollo', minimize: 'Minimizar', close: 'Cerrar',
  },
  darwin: {
    about: 'Acerca de Puente', services: 'Servicios', hide: 'Ocultar Puente', hideOthers: 'Ocultar otros', unhide: 'Mostrar todo',
    quit: 'Salir de Puente', cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo',
    resetZoom: 'Restablecer zoom', zoomIn: 'Acercar', zoomOut: 'Alejar', togglefullscreen: 'Pantalla completa',
    reload: 'Recargar', toggleDevTools: 'Herramientas de desarrollo', minimize: 'Minimizar', zoom: 'Zoom', front: 'Traer todo al frente',
  },
} as const;

describe('native menu in the page’s language', () => {
  it('starts in English and is rebuilt with the words the page sends', () => {
    const { menu, shown } = setUp();
    expect(shown().titles).toEqual(['&File', '&Edit', '&View', '&Window']);
    expect(shown().items.get('save')?.label).toBe('Save');
    menu.setLabels(spanish);
    expect(shown().titles).toEqual(['&Archivo', '&Edición', '&Ver', 'Ve&ntana']);
    expect(shown().items.get('save')?.label).toBe('Guardar');
    expect(shown().items.get('undo')?.label).toBe('Deshacer');
    // main.ts names the scenario files of its open and save dialogs from these words.
    expect(menu.labels().scenarioFiles).toBe('Escenarios de Puente');
  });

  it.each(['win32', 'linux', 'darwin'] as const)('words every standard item (Cut, Copy, Zoom In, Exit…) in Spanish on %s', (platform) => {
    const { menu, shown } = setUp(platform, true);
    expect(shown().roles.get('copy')).toBe('Copy');
    menu.setLabels(spanish);
    const expected = SPANISH_BY_ROLE[platform === 'darwin' ? 'darwin' : 'win32'];
    expect(Object.fromEntries(shown().roles)).toEqual(expected);
  });

  it('words the close dialog and the link dialog in the page’s language, and reads the answers back', () => {
    const { menu } = setUp();
    expect(closeDialogOptions(menu.labels().dialogs).buttons).toEqual(['Save', 'Don’t Save', 'Cancel']);
    menu.setLabels(spanish);
    const close = closeDialogOptions(menu.labels().dialogs);
    expect(close).toMatchObject({
      buttons: ['Guardar', 'No guardar', 'Cancelar'],
      defaultId: 0,
      cancelId: 2,
      message: '¿Desea guardar los cambios de este escenario?',
      detail: 'Si cierra sin guardar, se perderán los cambios.',
    });
    expect([0, 1, 2].map(closeDialogChoice)).toEqual(['save', 'discard', 'cancel']);
    const link = linkDialogOptions(menu.labels().dialogs, 'https://example.org/informe');
    expect(link).toMatchObject({ buttons: ['Abrir en el navegador', 'Cancelar'], defaultId: 1, cancelId: 1, message: '¿Desea abrir este enlace en su navegador web?' });
    // The address stays whole, on its own line above the explanation.
    expect(link.detail.split('\n\n')).toEqual(['https://example.org/informe', 'No es una de las fuentes que cita Puente. Ábralo solo si lo esperaba.']);
    expect([linkDialogOpens(0), linkDialogOpens(1)]).toEqual([true, false]);
  });

  it('keeps disabled commands disabled after the rebuild, hidden accelerator twins included', () => {
    const { menu, shown } = setUp();
    menu.setCommandState({ undo: false, redo: false, save: true });
    menu.setLabels(spanish);
    expect(shown().items.get('undo')?.enabled).toBe(false);
    expect(shown().items.get('save')?.enabled).toBe(true);
    const twin = [...shown().items.keys()].find((id) => id.startsWith('redo#'));
    expect(twin).toBeDefined();
    expect(shown().items.get(twin!)?.enabled).toBe(false);
  });

  it('does not rebuild for the same words', () => {
    const { menu, installed } = setUp();
    menu.setLabels(spanish);
    menu.setLabels(structuredClone(spanish));
    expect(installed).toHaveLength(2);
  });

  it('reaches the menu through the IPC gate, which refuses an incomplete or oversized set', async () => {
    const received: MenuLabels[] = [];
    const handlers = createHostHandlers({ ...QUIET_HOST, setMenuLabels: (_id, labels) => received.push(labels) }, hostServicesForTest());
    const gated = new Map(gateAll(handlers, { isOurWebContents: (id) => id === 7 }));
    const ours: IpcEventLike = { sender: { id: 7 }, senderFrame: { url: 'app://puente/index.html', parent: null } };
    const call = (labels: unknown) => gated.get('app:menu-labels')!(ours, labels);
    expect(await call(spanish)).toEqual({ ok: true, value: null });
    const missing = { ...spanish, menus: { file: '&Archivo' } };
    expect(await call(missing)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call({ ...spanish, commands: { ...spanish.commands, save: 'x'.repeat(500) } })).toMatchObject({ ok: false, code: 'invalid-args' });
    const { roles: _roles, ...withoutRoles } = spanish;
    expect(await call(withoutRoles)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call({ ...spanish, dialogs: { ...spanish.dialogs, save: 'Guardar '.repeat(10) } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call({ ...spanish, dialogs: { ...spanish.dialogs, cancel: '  ' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(received).toEqual([spanish]);
  });
});
