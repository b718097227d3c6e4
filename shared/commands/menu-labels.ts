// The desktop's native words in the user's language: the page translates the registry's labels (`command.<id>`), the
// menus' titles, the standard items Electron would otherwise word in English (Cut, Copy, Zoom In…), the name of
// scenario files in the open and save dialogs, and the words of the desktop's own dialogs (closing with unsaved
// changes, opening a link), and sends them to the desktop, which rebuilds its menu and words its dialogs with them.
// Checked at the IPC gate with this schema.
import { z } from 'zod';
import { COMMAND_IDS, COMMANDS, type CommandId } from './registry';

export const MENU_TITLE_IDS = ['file', 'edit', 'view', 'window'] as const;
export type MenuTitleId = (typeof MENU_TITLE_IDS)[number];

/**
 * The standard menu items (Electron roles) the menu shows. `quit` is the File menu's Exit on Windows and Linux;
 * `quitApp`, `about`, `hide`… are macOS's application menu, which names the app ("Quit Puente").
 */
export const MENU_ROLE_IDS = [
  'cut', 'copy', 'paste', 'selectAll',
  'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'reload', 'toggleDevTools',
  'minimize', 'close', 'quit',
  'about', 'services', 'hide', 'hideOthers', 'unhide', 'quitApp', 'zoom', 'front',
] as const;
export type MenuRoleId = (typeof MENU_ROLE_IDS)[number];

/** The words of the desktop's own dialogs: closing a window with unsaved changes, and opening a link. */
export const NATIVE_DIALOG_WORD_IDS = [
  'save', 'dontSave', 'cancel', 'unsavedMessage', 'unsavedDetail', 'openLink', 'openLinkMessage', 'openLinkDetail',
] as const;
export type NativeDialogWordId = (typeof NATIVE_DIALOG_WORD_IDS)[number];

const label = z.string().trim().min(1).max(120);
/** A dialog's button: a few words. */
const button = z.string().trim().min(1).max(40);
/** A dialog's question or explanation: a sentence or two. */
const sentence = z.string().trim().min(1).max(300);

const DIALOG_WORD_SCHEMAS: Record<NativeDialogWordId, z.ZodString> = {
  save: button,
  dontSave: button,
  cancel: button,
  openLink: button,
  unsavedMessage: sentence,
  unsavedDetail: sentence,
  openLinkMessage: sentence,
  openLinkDetail: sentence,
};

export const menuLabelsSchema = z.strictObject({
  /** Every command's label. */
  commands: z.record(z.enum(COMMAND_IDS), label),
  /** The menus' own titles, with the Windows access key written "&File". */
  menus: z.record(z.enum(MENU_TITLE_IDS), label),
  /** The standard items' labels (Electron words them in English on every platform otherwise). */
  roles: z.record(z.enum(MENU_ROLE_IDS), label),
  /** The file type of scenarios in the desktop's open and save dialogs ("Escenarios de Puente"). */
  scenarioFiles: label,
  /** The desktop's own dialogs (native-dialogs.ts); a link's address is shown above the explanation, not inside it. */
  dialogs: z.strictObject(DIALOG_WORD_SCHEMAS),
});
export type MenuLabels = z.infer<typeof menuLabelsSchema>;

/** The registry's English labels and the desktop's English words, which it starts with until the page sends its own. */
export const ENGLISH_MENU_LABELS: MenuLabels = {
  commands: Object.fromEntries(COMMANDS.map((c) => [c.id, c.label])) as Record<CommandId, string>,
  menus: { file: '&File', edit: '&Edit', view: '&View', window: '&Window' },
  roles: {
    cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    resetZoom: 'Reset Zoom', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', togglefullscreen: 'Toggle Full Screen',
    reload: 'Reload', toggleDevTools: 'Toggle Developer Tools',
    minimize: 'Minimize', close: 'Close', quit: 'Exit',
    about: 'About Puente', services: 'Services', hide: 'Hide Puente', hideOthers: 'Hide Others', unhide: 'Show All',
    quitApp: 'Quit Puente', zoom: 'Zoom', front: 'Bring All to Front',
  },
  scenarioFiles: 'Puente scenarios',
  dialogs: {
    save: 'Save',
    dontSave: 'Don’t Save',
    cancel: 'Cancel',
    unsavedMessage: 'Do you want to save the changes to this scenario?',
    unsavedDetail: 'If you close without saving, your changes are lost.',
    openLink: 'Open in browser',
    openLinkMessage: 'Open this link in your web browser?',
    openLinkDetail: 'It is not one of the sources Puente cites. Open it only if you expected it.',
  },
};
