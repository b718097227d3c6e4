// The model's equations for the report's methodology page, read from docs/methodology.md itself (the page a
// sceptical minister is shown), or its Spanish edition for a Spanish report, so the report and the document cannot
// disagree: every fenced block, under the heading it belongs to, cut into rows of equation and meaning. The document lays them out in a monospaced grid
// (an equation, a gap of three or more spaces, what it means, "→ outputId" for the output it gives); the report
// sets them as a two-column table instead, so a long line wraps inside its own column, never into the next.

export interface EquationRow {
  /** The equation's number in the document ("A4", "C1"), or "" for an unnumbered line or a continuation. */
  tag: string;
  /** The statements of the line, each set on its own line ("X_t = …,", "g_t = …"). */
  statements: string[];
  /** What the equation means or when it applies; "" when the document says nothing beside it. */
  meaning: string;
  /** Output ids the document names after "→" (the outputs the equation gives). */
  outputs: string[];
}

export interface EquationBlock {
  heading: string;
  rows: EquationRow[];
}

/** A gap of three or more spaces separates an equation from its meaning in the document's grid. */
const COLUMN_GAP = /\s{3,}/;
/** An equation number at the start of a line: "A1  …", "C1 …", "A10 …". */
const TAG = /^([A-Z]\d{1,2})\s+(?=\S)/;
/** A line indented this far continues the meaning column of the line above. */
const MEANING_INDENT = 20;
/** "→ netFiscalUsd" or "→ venezuelans, immigrants" at the end of the meaning. */
const OUTPUTS = /→\s*([a-z][A-Za-z0-9]*(?:,\s*[a-z][A-Za-z0-9]*)*)\s*$/;

/** Two statements on one line are separated by ";" or "," and two spaces ("…,  g_t = …"). */
const splitStatements = (formula: string): string[] =>
  formula
    .split(/(?<=[;,])\s{2,}/)
    .map((s) => s.replace(/;$/, '').trim())
    .filter((s) => s !== '');

function parseLine(line: string): EquationRow {
  const body = line.trim();
  const tag = TAG.exec(body)?.[1] ?? '';
  const rest = tag ? body.replace(TAG, '') : body;
  const [formula = '', ...meaningParts] = rest.split(COLUMN_GAP);
  let meaning = meaningParts.join(' ').trim();
  let outputs: string[] = [];
  const named = OUTPUTS.exec(meaning);
  if (named?.[1]) {
    outputs = named[1].split(/,\s*/);
    meaning = meaning.slice(0, named.index).trim();
  }
  // An arrow right after the equation (no gap) belongs to the meaning column too.
  const inline = OUTPUTS.exec(formula);
  const statements = splitStatements(inline ? formula.slice(0, inline.index) : formula);
  if (inline?.[1]) outputs = [...inline[1].split(/,\s*/), ...outputs];
  return { tag, statements, meaning, outputs };
}

export function equationRows(code: string): EquationRow[] {
  const rows: EquationRow[] = [];
  for (const line of code.split('\n')) {
    if (line.trim() === '') continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const last = rows.at(-1);
    if (last && indent >= MEANING_INDENT) {
      // The meaning column wrapped onto the next line of the grid.
      const more = parseLine(line);
      last.meaning = [last.meaning, ...more.statements, more.meaning].filter((s) => s !== '').join(' ');
      last.outputs.push(...more.outputs);
    } else {
      rows.push(parseLine(line));
    }
  }
  return rows;
}

export function equationBlocks(markdown: string): EquationBlock[] {
  const blocks: EquationBlock[] = [];
  let heading = '';
  let code: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (code !== null) {
      if (line.startsWith('```')) {
        blocks.push({ heading, rows: equationRows(code.join('\n')) });
        code = null;
      } else code.push(line);
    } else if (line.startsWith('```')) code = [];
    else if (/^##\s/.test(line)) heading = line.replace(/^##\s+/, '').replace(/\s*\(`[^`]*`\)\s*$/, '').trim();
  }
  return blocks;
}

/** Longest bracketed term kept on one line; a longer one (a sentence in brackets) may wrap inside. */
const MAX_UNBROKEN = 36;

/**
 * A formula as printed: spaces inside a short bracketed term do not break, so a line wraps between terms
 * ("… · exp(…)") and never inside one ("clamp(…, 0,⏎ 1)").
 */
export function unbreakableGroups(formula: string): string {
  const chars = [...formula];
  const open: number[] = [];
  const keep = new Set<number>();
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === '[' || ch === '{') open.push(i);
    else if (ch === ')' || ch === ']' || ch === '}') {
      const from = open.pop();
      if (from !== undefined && i - from + 1 <= MAX_UNBROKEN) for (let k = from; k <= i; k++) keep.add(k);
    }
  });
  return chars.map((ch, i) => (ch === ' ' && keep.has(i) ? '\u00a0' : ch)).join('');
}
