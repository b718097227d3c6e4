import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, COMMANDS, enabledCommands, menuSections, type CommandState } from '../../../shared/commands/registry';
import { CommandCenter, type CommandHandlers } from '../../../renderer/commands/command-center';
import { commandForKey, displayKeys, matches } from '../../../renderer/commands/keys';

const idle: CommandState = { canUndo: false, canRedo: false, inLibrary: false, canReset: false, comparedCount: 0, presenting: false };
const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('command registry', () => {
  it('declares each command once, and every command id has a definition', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    expect(COMMANDS.map((c) => c.id).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('gives no two commands the same key on the same platform', () => {
    for (const mac of [false, true]) {
      const seen = new Map<string, string>();
      for (const c of COMMANDS) {
        for (const k of (mac ? c.mac : undefined) ?? c.keys ?? []) {
          const normal = k.toLowerCase().replace('cmdorctrl', mac ? 'cmd' : 'ctrl');
          expect(seen.get(normal), `${k} on ${mac ? 'macOS' : 'Windows/Linux'}`).toBeUndefined();
          seen.set(normal, c.id);
        }
      }
    }
  });

  it('enables undo, save, duplicate and reset only when they can act', () => {
    expect(enabledCommands(idle)).toMatchObject({ undo: false, redo: false, save: true, duplicate: false, delete: false, reset: false, new: true });
    expect(enabledCommands({ ...idle, canUndo: true, inLibrary: true, canReset: true })).toMatchObject({ undo: true, duplicate: true, delete: true, reset: true });
    expect(enabledCommands({ ...idle, presenting: true })).toMatchObject({ save: false, new: false, open: false });
  });

  it('greys every File and View command while presenting (docs/presentation.md), and keeps Undo and Redo', () => {
    const presenting = enabledCommands({ ...idle, canUndo: true, canRedo: true, inLibrary: true, canReset: true, comparedCount: 3, presenting: true });
    for (const id of [...menuSections('file'), ...menuSections('view')].flat().map((c) => c.id)) {
      expect(presenting[id], id).toBe(false);
    }
    expect(presenting).toMatchObject({ undo: true, redo: true });
  });

  it('groups the File menu into sections in table order', () => {
    const sections = menuSections('file').map((s) => s.map((c) => c.id));
    expect(sections[0]).toEqual(['new', 'open']);
    expect(sections.flat()).toContain('save-as');
    expect(sections.flat()).not.toContain('undo');
  });
});

describe('keys', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux and as Cmd on macOS', () => {
    expect(matches('CmdOrCtrl+S', key('s', { ctrlKey: true }), false)).toBe(true);
    expect(matches('CmdOrCtrl+S', key('s', { metaKey: true }), false)).toBe(false);
    expect(matches('CmdOrCtrl+S', key('s', { metaKey: true }), true)).toBe(true);
    expect(matches('CmdOrCtrl+S', key('S', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matches('CmdOrCtrl+Shift+S', key('S', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
  });

  it('finds the command of a key press, both redo keys included', () => {
    const all = () => true;
    expect(commandForKey(key('y', { ctrlKey: true }), false, all)).toBe('redo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), false, all)).toBe('redo');
    expect(commandForKey(key('z', { ctrlKey: true }), false, all)).toBe('undo');
    expect(commandForKey(key('P', { ctrlKey: true, shiftKey: true }), false, all)).toBe('command-palette');
    expect(commandForKey(key('q', { ctrlKey: true }), false, all)).toBeNull();
  });

  it('writes keys the way each OS shows them', () => {
    expect(displayKeys('CmdOrCtrl+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(displayKeys('CmdOrCtrl+Shift+S', true)).toBe('⇧⌘S');
  });
});

function center(nativeMenu: boolean) {
  let menuListener: ((id: (typeof COMMAND_IDS)[number]) => void) | null = null;
  const host = {
    capabilities: { nativeDialogs: nativeMenu, pickFiles: true, nativeMenu, filePaths: nativeMenu, fullScreen: true, printsPdf: nativeMenu, presenterView: nativeMenu },
    onCommand: (l: (id: (typeof COMMAND_IDS)[number]) => void) => {
      menuListener = l;
      return () => {
        menuListener = null;
      };
    },
    setCommandState: vi.fn(),
  };
  const c = new CommandCenter(host, false);
  const handlers = Object.fromEntries(COMMAND_IDS.map((id) => [id, vi.fn()])) as unknown as Record<(typeof COMMAND_IDS)[number], ReturnType<typeof vi.fn>>;
  c.setHandlers(handlers as unknown as CommandHandlers);
  const listeners = new Map<string, (e: KeyboardEvent) => void>();
  const target = {
    addEventListener: (type: string, l: (e: KeyboardEvent) => void) => void listeners.set(type, l),
    removeEventListener: (type: string) => void listeners.delete(type),
  } as unknown as Window;
  const detach = c.attach(target);
  const press = (k: ReturnType<typeof key>) => {
    const event = { ...k, repeat: false, defaultPrevented: false, target: null, preventDefault: vi.fn() };
    listeners.get('keydown')?.(event as unknown as KeyboardEvent);
    return event;
  };
  return { c, host, handlers, press, menu: (id: (typeof COMMAND_IDS)[number]) => menuListener?.(id), detach, listeners };
}

describe('command center', () => {
  it('runs a command from the native menu, the keyboard or a pointer, but never a disabled one', () => {
    const { c, handlers, press, menu } = center(false);
    c.setState({ ...idle, canUndo: true });
    menu('undo');
    expect(handlers.undo).toHaveBeenCalledTimes(1);
    expect(press(key('z', { ctrlKey: true })).preventDefault).toHaveBeenCalled();
    expect(handlers.undo).toHaveBeenCalledTimes(2);
    menu('redo');
    press(key('y', { ctrlKey: true }));
    expect(handlers.redo).not.toHaveBeenCalled();
    expect(c.run('save', 'pointer')).toBe(true);
    expect(handlers.save).toHaveBeenCalledTimes(1);
  });

  it('leaves the native menu’s accelerators to the native menu, so a key never runs a command twice', () => {
    const { c, handlers, press } = center(true);
    c.setState({ ...idle, canUndo: true });
    expect(press(key('s', { ctrlKey: true })).preventDefault).not.toHaveBeenCalled();
    press(key('z', { ctrlKey: true }));
    expect(handlers.save).not.toHaveBeenCalled();
    expect(handlers.undo).not.toHaveBeenCalled();
  });

  it('tells the host what is enabled only when that changes', () => {
    const { c, host } = center(true);
    host.setCommandState.mockClear();
    c.setState({ ...idle, canUndo: true });
    c.setState({ ...idle, canUndo: true });
    expect(host.setCommandState).toHaveBeenCalledTimes(1);
    expect(host.setCommandState.mock.calls[0]?.[0]).toMatchObject({ undo: true, redo: false });
  });

  it('stops listening when detached', () => {
    const { handlers, menu, detach, listeners, c } = center(false);
    c.setState({ ...idle, canUndo: true });
    detach();
    menu('undo');
    expect(handlers.undo).not.toHaveBeenCalled();
    expect(listeners.has('keydown')).toBe(false);
  });
});
