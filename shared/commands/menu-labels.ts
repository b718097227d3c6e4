// The native menu's words in the user's language: the page translates the registry's labels (`command.<id>`), the
// menus' titles and the name of scenario files in the open and save dialogs, and sends them to the desktop, which
// rebuilds its menu. Checked at the IPC gate with this schema.
import { z } from 'zod';
import { COMMAND_IDS, COMMANDS, type CommandId } from './registry';

export const MENU_TITLE_IDS = ['file', 'edit', 'view', 'window'] as const;
export type MenuTitleId = (typeof MENU_TITLE_IDS)[number];

const label = z.string().trim().min(1).max(120);

export const menuLabelsSchema = z.strictObject({
  /** Every command's label. */
  commands: z.record(z.enum(COMMAND_IDS), label),
  /** The menus' own titles, with the Windows access key written "&File". */
  menus: z.record(z.enum(MENU_TITLE_IDS), label),
  /** The file type of scenarios in the desktop's open and save dialogs ("Escenarios de Puente"). */
  scenarioFiles: label,
});
export type MenuLabels = z.infer<typeof menuLabelsSchema>;

/** The registry's English labels, which the menu starts with until the page sends its own. */
export const ENGLISH_MENU_LABELS: MenuLabels = {
  commands: Object.fromEntries(COMMANDS.map((c) => [c.id, c.label])) as Record<CommandId, string>,
  menus: { file: '&File', edit: '&Edit', view: '&View', window: '&Window' },
  scenarioFiles: 'Puente scenarios',
};
