// Keyboard side of the command registry: matching a key press against a command's accelerator
// ("CmdOrCtrl+Shift+S", "F5") and writing accelerators the way each OS shows them in menus.
import { COMMANDS, commandKeys, type CommandId } from '../../shared/commands/registry';
import { t } from '../i18n/t';

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Accelerator {
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS ("CmdOrCtrl"), or one of them explicitly. */
  primary: boolean;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(accelerator: string): Accelerator {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const has = (name: string) => parts.some((p) => p.toLowerCase() === name);
  return { key, primary: has('cmdorctrl'), ctrl: has('ctrl'), meta: has('cmd'), shift: has('shift'), alt: has('alt') };
}

/** True when the key press is this accelerator on this platform. */
export function matches(accelerator: string, event: KeyPress, mac: boolean): boolean {
  const a = parse(accelerator);
  const wantCtrl = a.ctrl || (a.primary && !mac);
  const wantMeta = a.meta || (a.primary && mac);
  return (
    event.key.toLowerCase() === a.key &&
    event.ctrlKey === wantCtrl &&
    event.metaKey === wantMeta &&
    event.shiftKey === a.shift &&
    event.altKey === a.alt
  );
}

/** The command a key press triggers, among the given ones; null when none. */
export function commandForKey(event: KeyPress, mac: boolean, among: (id: CommandId) => boolean): CommandId | null {
  for (const def of COMMANDS) {
    if (!among(def.id)) continue;
    if (commandKeys(def, mac).some((k) => matches(k, event, mac))) return def.id;
  }
  return null;
}

/** "CmdOrCtrl+Shift+S" → "Ctrl+Shift+S" (Windows, Linux; "Ctrl+Mayús+S" in Spanish) or "⇧⌘S" (macOS). */
export function displayKeys(accelerator: string, mac: boolean): string {
  const a = parse(accelerator);
  const key = a.key.length === 1 ? a.key.toUpperCase() : a.key.toUpperCase();
  if (mac) return `${a.ctrl ? '⌃' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.primary || a.meta ? '⌘' : ''}${key}`;
  return [a.primary || a.ctrl ? 'Ctrl' : '', a.alt ? 'Alt' : '', a.shift ? t('keys.shift') : '', key].filter(Boolean).join('+');
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
