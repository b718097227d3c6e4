// Menu-button pattern shared by the File menu and the charts' menus: opening focuses the first item, a press
// outside closes, arrows and Home/End move among the enabled items.
import { useEffect, type Dispatch, type KeyboardEvent, type RefObject, type SetStateAction } from 'react';

/** While the menu inside `root` is open: focus on its first enabled item, and a mouse press outside closes it. */
export function useMenuOpening(root: RefObject<HTMLElement | null>, open: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    // Opening puts focus on the first item, so the arrow keys work at once.
    root.current?.querySelector<HTMLButtonElement>('[role="menu"] > li > [role="menuitem"]:not(:disabled)')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [root, open, setOpen]);
}

/** Moves focus among the enabled items of the menu list that holds `from`. */
export function moveFocus(from: HTMLElement, where: 'next' | 'previous' | 'first' | 'last'): void {
  const list = from.closest('[role="menu"]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLButtonElement>(':scope > li > [role="menuitem"]:not(:disabled)')];
  const at = items.indexOf(from as HTMLButtonElement);
  const index = where === 'first' ? 0 : where === 'last' ? items.length - 1 : where === 'next' ? (at + 1) % items.length : (at - 1 + items.length) % items.length;
  items[index]?.focus();
}

/** The focus move a key asks for in a menu, if any. */
export const MENU_KEYS: Readonly<Record<string, 'next' | 'previous' | 'first' | 'last'>> = { ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last' };

/** The menu button's own props: it says it opens a menu and whether it is open; click toggles, ArrowDown opens. */
export function menuButtonProps(open: boolean, setOpen: Dispatch<SetStateAction<boolean>>) {
  return {
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    onClick: () => setOpen((o) => !o),
    onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
      if (e.key === 'ArrowDown' && !open) {
        e.preventDefault();
        setOpen(true);
      }
    },
  };
}
