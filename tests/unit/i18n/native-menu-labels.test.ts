// The page's side of the native menu's words: sent in the current language at start and again on a switch, only
// to hosts with a native menu, and not again when only the region format changed.
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuLabels } from '../../../shared/commands/menu-labels';
import { memoryPreferences } from '../../../shared/host/preferences';
import { followLanguageInNativeMenu } from '../../../renderer/commands/menu-labels';
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
