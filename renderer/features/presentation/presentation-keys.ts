// The keys of presentation mode. Modal to it (handled by the presentation, not the command center), and chosen so
// that none is a command key: commands all use Ctrl/⌘ or a function key, presentation keys use neither, so Ctrl+Z
// (undo) still works during a presentation and F5 cannot start a second one.

export const PRESENT_ACTIONS = ['next', 'previous', 'first', 'last', 'reveal', 'replay', 'levers', 'exit'] as const;
export type PresentAction = (typeof PRESENT_ACTIONS)[number];

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const KEYS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  r: 'reveal',
  p: 'replay',
  l: 'levers',
  Escape: 'exit',
};

/** The action of a key press in presentation mode; null for keys it leaves alone (anything with Ctrl, ⌘ or Alt). */
export function presentationAction(event: KeyPress): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS[key] ?? null;
}

/** Keys that move between slides: a focused control that uses them itself (a slider, a radio group) keeps them. */
export const isNavigation = (action: PresentAction): boolean => action === 'next' || action === 'previous' || action === 'first' || action === 'last';
