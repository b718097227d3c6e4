// The native menu in the page's language: rebuilt with the words the page sends, keeping the enabled state, and
// the IPC gate refusing words that are not a full, sane set.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createNativeMenu } from '../../../electron/services/native-menu';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { ENGLISH_MENU_LABELS, type MenuLabels } from '../../../shared/commands/menu-labels';
import { COMMAND_BY_ID, commandKeys } from '../../../shared/commands/registry';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';

/** A built menu: its items by id, and the titles of its top-level menus. */
function fakeMenu(template: MenuItemConstructorOptions[]) {
  const items = new Map<string, { label: string; enabled: boolean }>();
  const walk = (entries: MenuItemConstructorOptions[]) => {
    for (const entry of entries) {
      if (entry.id) items.set(entry.id, { label: String(entry.label), enabled: true });
      if (Array.isArray(entry.submenu)) walk(entry.submenu);
    }
  };
  walk(template);
  return { titles: template.map((m) => m.label), items, getMenuItemById: (id: string) => items.get(id) ?? null };
}

function setUp() {
  const installed: ReturnType<typeof fakeMenu>[] = [];
  const menu = createNativeMenu({
    input: { platform: 'win32', appName: 'Puente', send: () => undefined, developer: false },
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
  scenarioFiles: 'Escenarios de Puente',
};

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
    expect(received).toEqual([spanish]);
  });
});
