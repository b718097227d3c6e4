// An icon button's symbol (↶, ▶, ⋯, i): drawn by CSS from an attribute, so it is not text. Screen readers and the
// accessible-name checks then see only the button's label ("Undo"), not a symbol that does not match it.
export function Glyph({ symbol }: { symbol: string }) {
  return <span className="glyph" data-glyph={symbol} aria-hidden="true" />;
}
