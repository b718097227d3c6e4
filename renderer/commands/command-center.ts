// Runs the commands of the registry for the page: from the native menu (host.onCommand), from the keyboard, from
// the in-page menus and the palette. One long-lived object outside React; the page gives it its handlers and
// state through a thin hook (use-commands.ts). A disabled command does nothing, whoever asks for it.
import { COMMAND_BY_ID, enabledCommands, type CommandId, type CommandState } from '../../shared/commands/registry';
import type { HostApi } from '../../shared/host/host-api';
import { commandForKey, IS_MAC } from './keys';

export type CommandHandlers = Readonly<Record<CommandId, () => unknown>>;
export type CommandSource = 'menu' | 'keyboard' | 'pointer' | 'palette';

/** Typing in these keeps the field's own keys (text undo); the app's accelerators with Ctrl still work. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['range', 'radio', 'checkbox', 'button'].includes(target.type);
}

export class CommandCenter {
  private handlers: CommandHandlers | null = null;
  private enabled: Record<CommandId, boolean>;
  private readonly listeners = new Set<() => void>();
  private lastSent = '';
  /** Bumped whenever the enabled state changes (a snapshot for useSyncExternalStore). */
  enabledVersion = 0;

  constructor(
    private readonly host: Pick<HostApi, 'capabilities' | 'onCommand' | 'setCommandState'>,
    private readonly mac = IS_MAC,
  ) {
    this.enabled = enabledCommands({ canUndo: false, canRedo: false, inLibrary: false, canReset: false, comparedCount: 0, presenting: false });
  }

  setHandlers(handlers: CommandHandlers): void {
    this.handlers = handlers;
  }

  /** New state from the page: recomputes what is enabled and tells the native menu when that changed. */
  setState(state: CommandState): void {
    const enabled = enabledCommands(state);
    const key = JSON.stringify(enabled);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.enabled = enabled;
    this.enabledVersion += 1;
    this.host.setCommandState(enabled);
    for (const listener of this.listeners) listener();
  }

  isEnabled = (id: CommandId): boolean => this.enabled[id];

  /** Subscribes to enabled-state changes (menus, palette); returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Runs a command if it is enabled; returns whether it ran. */
  run = (id: CommandId, _source: CommandSource): boolean => {
    if (!this.enabled[id] || !this.handlers) return false;
    void this.handlers[id]();
    return true;
  };

  /**
   * Key presses for the commands this page handles itself: all of them in a tab; in a host with a native menu,
   * only those the menu does not carry (its accelerators arrive as menu commands).
   */
  onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat) return;
    const native = this.host.capabilities.nativeMenu;
    const id = commandForKey(event, this.mac, (c) => !(native && COMMAND_BY_ID[c].menu !== null));
    if (id === null) return;
    if (COMMAND_BY_ID[id].textField === 'native' && isTextEntry(event.target)) return;
    // Other accelerators work from text fields too: a half-typed lever value is not lost by saving.
    event.preventDefault();
    this.run(id, 'keyboard');
  };

  /** Listens to the host's menu and the window's keys; returns the function that stops listening. */
  attach(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const offMenu = this.host.onCommand((id) => void this.run(id, 'menu'));
    target.addEventListener('keydown', this.onKeyDown);
    return () => {
      offMenu();
      target.removeEventListener('keydown', this.onKeyDown);
    };
  }
}
