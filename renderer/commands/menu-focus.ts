// Keyboard focus inside an open menu (menu-button pattern): arrows and Home/End move among the enabled items.

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
