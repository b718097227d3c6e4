// An icon button's symbol (↶, ▶, ⋯, i): drawn by CSS from an attribute, so it is not text. Screen readers and the
// accessible-name checks then see only the button's label ("Undo"), not a symbol that does not match it. Symbols are
// the same in every language, so they live here rather than in the message catalogues.
export const GLYPHS = {
  info: 'i',
  undo: '↶',
  redo: '↷',
  close: '✕',
  menu: '⋯',
  present: '▶',
  previous: '◀',
  next: '▶',
  reveal: '◐',
  replay: '↻',
  levers: '☰',
  exit: '✕',
} as const;
export type GlyphName = keyof typeof GLYPHS;

export function Glyph({ name }: { name: GlyphName }) {
  return <span className="glyph" data-glyph={GLYPHS[name]} aria-hidden="true" />;
}
