// Modal focus, one rule for every dialog (name prompts, confirmations, the report dialog, presentation mode): Tab and
// Shift+Tab cycle through the dialog's own controls, and closing gives focus back to what had it before.
import { useEffect, useRef, type KeyboardEvent } from 'react';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The controls Tab can reach inside `root`, in order; hidden ones are left out. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/** A keydown handler's body: keeps Tab inside `root`, wrapping at both ends. */
export function keepTabInside(event: KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || root === null) return;
  const items = focusableIn(root);
  const first = items[0];
  const last = items.at(-1);
  if (first === undefined || last === undefined) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  // Focus on the dialog itself (or a non-tabbable part of it) counts as before the first control.
  if (event.shiftKey && at <= 0) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (at === items.length - 1 || !root.contains(document.activeElement))) {
    event.preventDefault();
    first.focus();
  }
}

/** Remembers what had focus when the dialog opened and gives focus back to it when the dialog closes. */
export function useFocusReturn(): void {
  const returnTo = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    const back = returnTo.current;
    return () => {
      // After React has removed the dialog, so nothing inside it steals the focus back.
      if (back instanceof HTMLElement && back.isConnected) requestAnimationFrame(() => back.focus());
    };
  }, []);
}
