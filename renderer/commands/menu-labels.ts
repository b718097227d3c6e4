// The desktop's native words in the page's language: every command's label (`command.<id>`), the menus' titles, the
// standard items Electron would word in English (`menu.role.<id>`), the scenario file type of the open and save
// dialogs and the desktop's own dialogs (`desktopDialog.<id>`), sent to the host now and again whenever the language
// changes. Hosts without a native menu ignore them.
import { MENU_ROLE_IDS, MENU_TITLE_IDS, NATIVE_DIALOG_WORD_IDS, type MenuLabels } from '../../shared/commands/menu-labels';
import { COMMAND_IDS } from '../../shared/commands/registry';
import type { HostApi } from '../../shared/host/host-api';
import type { LocaleSettings } from '../i18n/language';
import { t, tMaybe } from '../i18n/t';
import { commandLabel } from './labels';

export function pageMenuLabels(): MenuLabels {
  // macOS's application menu names the app ("Quit Puente"): filled in here, so the desktop gets finished words.
  const name = t('app.name');
  return {
    commands: Object.fromEntries(COMMAND_IDS.map((id) => [id, commandLabel(id)])) as MenuLabels['commands'],
    menus: Object.fromEntries(MENU_TITLE_IDS.map((id) => [id, tMaybe(`menu.${id}`, id)])) as MenuLabels['menus'],
    roles: Object.fromEntries(MENU_ROLE_IDS.map((id) => [id, t(`menu.role.${id}`, { name })])) as MenuLabels['roles'],
    scenarioFiles: t('host.scenarioFiles'),
    dialogs: Object.fromEntries(NATIVE_DIALOG_WORD_IDS.map((id) => [id, t(`desktopDialog.${id}`)])) as MenuLabels['dialogs'],
  };
}

export function followLanguageInNativeMenu(host: Pick<HostApi, 'capabilities' | 'setMenuLabels'>, locale: Pick<LocaleSettings, 'subscribe'>): () => void {
  if (!host.capabilities.nativeMenu) return () => undefined;
  host.setMenuLabels(pageMenuLabels());
  let last = JSON.stringify(pageMenuLabels());
  return locale.subscribe(() => {
    const labels = pageMenuLabels();
    const text = JSON.stringify(labels);
    if (text === last) return; // a region-format change leaves the words as they are
    last = text;
    host.setMenuLabels(labels);
  });
}
