// The desktop's own dialogs as plain options, worded in the page's language (the words come with the menu's,
// shared/commands/menu-labels.ts). main.ts shows them with Electron's dialog; the answers are read back here.
import type { MenuLabels } from '../../shared/commands/menu-labels';
import type { CloseChoice } from './close-guard';

type DialogWords = MenuLabels['dialogs'];

/** The fields of Electron's MessageBoxOptions these dialogs use. */
export interface MessageBoxOptionsLike {
  type: 'question';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
  message: string;
  detail: string;
}

/** Closing a window with unsaved changes: Save (the default), Don't Save or Cancel. */
export function closeDialogOptions(words: DialogWords): MessageBoxOptionsLike {
  return {
    type: 'question',
    buttons: [words.save, words.dontSave, words.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: words.unsavedMessage,
    detail: words.unsavedDetail,
  };
}

export function closeDialogChoice(response: number): CloseChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/** A link that is not a cited source: the address on its own line, then why to be careful. Cancel is the default. */
export function linkDialogOptions(words: DialogWords, url: string): MessageBoxOptionsLike {
  return {
    type: 'question',
    buttons: [words.openLink, words.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: words.openLinkMessage,
    detail: `${url}\n\n${words.openLinkDetail}`,
  };
}

export function linkDialogOpens(response: number): boolean {
  return response === 0;
}
