// The page's side of the native menu's words: sent in the current language at start and again on a switch, only
// to hosts with a native menu, and not again when only the region format changed; in every language a full set the
// desktop's gate accepts, which words its standard menu items and its close dialog.
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuLabelsSchema, type MenuLabels } from '../../../shared/commands/menu-labels';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { buildMenuTemplate } from '../../../electron/services/menu-template';
import { closeDialogOptions } from '../../../electron/services/native-dialogs';
import { memoryPreferences } from '../../../shared/host/preferences';
import { followLanguageInNativeMenu, pageMenuLabels } from '../../../renderer/commands/menu-labels';
import { LocaleSettings } from '../../../renderer/i18n/language';
import { setNumberLocale } from '../../../renderer/i18n/format';
import { setMessageLanguage } from '../../../renderer/i18n/t';

afterEach(() => {
  setMessageLanguage('en');
  setNumberLocale('en', 'en');
});

function setUp(nativeMenu: boolean) {
  const sent: MenuLabels[] = [];
  const settings = new LocaleSettings();
  settings.start({ preferences: memoryPreferences(), system: { languages: ['en-US'], formatLocale: 'en-US' } });
  const stop = followLanguageInNativeMenu({ capabilities: { nativeMenu } as never, setMenuLabels: (l) => sent.push(l) }, settings);
  return { sent, settings, stop };
}

describe('native menu words from the page', () => {
  it('sends the labels at start and on every language switch, not on a format change', () => {
    const { sent, settings, stop } = setUp(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.commands.save).toBe('Save');
    expect(sent[0]?.menus.file).toBe('&File');
    settings.setLanguage('es');
    expect(sent).toHaveLength(2);
    expect(sent[1]?.commands.save).toBe('Guardar');
    expect(sent[1]?.commands['show-library']).toBe('Biblioteca');
    expect(sent[1]?.menus.file).toBe('&Archivo');
    // The desktop names scenario files in its open and save dialogs with these words too.
    expect(sent[0]?.scenarioFiles).toBe('Puente scenarios');
    expect(sent[1]?.scenarioFiles).toBe('Escenarios de Puente');
    settings.setRegionFormat('es-CO');
    expect(sent).toHaveLength(2);
    stop();
    settings.setLanguage('fr');
    expect(sent).toHaveLength(2);
  });

  it('sends nothing to a host without a native menu', () => {
    const { sent, settings } = setUp(false);
    settings.setLanguage('pt');
    expect(sent).toEqual([]);
  });
});

const roleItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [...(item.role ? [item] : []), ...(Array.isArray(item.submenu) ? roleItems(item.submenu) : [])]);

describe('the desktop’s standard items and dialogs in the page’s language', () => {
  it.each(LANGUAGES)('%s: a complete set the IPC gate accepts', (language) => {
    setMessageLanguage(language);
    expect(menuLabelsSchema.safeParse(pageMenuLabels()).success).toBe(true);
  });

  it('in Spanish, every standard menu item and the close dialog’s buttons read Spanish', () => {
    setMessageLanguage('es');
    const labels = menuLabelsSchema.parse(pageMenuLabels());
    const windows = roleItems(buildMenuTemplate({ platform: 'win32', appName: 'Puente', send: () => undefined, developer: false, labels }));
    expect(Object.fromEntries(windows.map((i) => [i.role, i.label]))).toEqual({
      quit: 'Salir', cut: 'Cortar', copy: 'Copiar', paste: 'Pegar', selectAll: 'Seleccionar todo',
      resetZoom: 'Restablecer zoom', zoomIn: 'Acercar', zoomOut: 'Alejar', togglefullscreen: 'Pantalla completa',
      minimize: 'Minimizar', close: 'Cerrar',
    });
    const mac = roleItems(buildMenuTemplate({ platform: 'darwin', appName: 'Puente', send: () => undefined, developer: false, labels }));
    expect(mac.find((i) => i.role === 'quit')?.label).toBe('Salir de Puente');
    expect(mac.find((i) => i.role === 'about')?.label).toBe('Acerca de Puente');
    expect(closeDialogOptions(labels.dialogs).buttons).toEqual(['Guardar', 'No guardar', 'Cancelar']);
    expect(labels.dialogs.unsavedMessage).toBe('¿Desea guardar los cambios de este escenario?');
  });

  it.each([
    ['pt', 'Recortar', ['Salvar', 'Não salvar', 'Cancelar']],
    ['fr', 'Couper', ['Enregistrer', 'Ne pas enregistrer', 'Annuler']],
  ] as const)('in %s too', (language, cut, buttons) => {
    setMessageLanguage(language);
    const labels = pageMenuLabels();
    expect(labels.roles.cut).toBe(cut);
    expect(closeDialogOptions(labels.dialogs).buttons).toEqual(buttons);
  });
});
