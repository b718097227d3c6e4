// Words and keys of a command as the page shows them (menus, palette, tooltips).
import { COMMAND_BY_ID, commandKeys, type CommandId } from '../../shared/commands/registry';
import { tMaybe } from '../i18n/t';
import { displayKeys, IS_MAC } from './keys';

export const commandLabel = (id: CommandId): string => tMaybe(`command.${id}`, COMMAND_BY_ID[id].label);

/** The command's first key as this OS writes it ("Ctrl+Shift+S", "⇧⌘S"); null when it has none. */
export function commandShortcut(id: CommandId, mac = IS_MAC): string | null {
  const first = commandKeys(COMMAND_BY_ID[id], mac)[0];
  return first === undefined ? null : displayKeys(first, mac);
}
