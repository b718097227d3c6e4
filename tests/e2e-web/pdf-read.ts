// Reading a PDF back as a reader would, with poppler (pdfinfo, pdffonts, pdftotext -layout): the report tests check
// what is printed on the page, row by row, not what the program meant to print.
import { execFileSync } from 'node:child_process';

export const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args).toString();
/** pdftotext with runs of white space as one space, so a value broken across lines still matches. */
export const pdfText = (file: string) => poppler('pdftotext', file, '-').replace(/\s+/g, ' ');
export const layoutLines = (file: string) => poppler('pdftotext', '-layout', file, '-').split('\n');
export const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);
export const pageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', file))?.slice(1, 3).map(Number);

/** The fonts of a PDF as pdffonts lists them: name without the subset prefix, and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return poppler('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: (cols[0] ?? '').replace(/^[A-Z]{6}\+/, ''), embedded: cols.at(-5) === 'yes' };
    });
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * Where `cell` is printed on `line` at or after `from`, as a whole cell (not "USD 0" inside "USD 0.5"), or -1.
 * A cell too wide for its column wraps inside it after a word or a hyphen ("120 USD per / permit",
 * "-51.5m person- / years"): then the line holds the cell up to the wrap, number first, with the column ending there.
 */
function cellAt(line: string, cell: string, from: number): { start: number; end: number } | null {
  const parts = cell.split(/(?<=[\s-])/);
  for (let n = parts.length; n >= 1; n--) {
    const text = parts.slice(0, n).join('').trimEnd();
    for (let at = line.indexOf(text, from); at >= 0; at = line.indexOf(text, at + 1)) {
      const end = at + text.length;
      const whole = n === parts.length;
      const columnEnds = whole ? isSpace(line[end]) : /^(\s{2,}|\s*$)/.test(line.slice(end));
      if (isSpace(line[at - 1]) && columnEnds) return { start: at, end };
    }
  }
  return null;
}

/** Whether `line` holds these cells left to right, each as a whole cell (or the part of it before a wrap). */
export function cellsInOrder(line: string, cells: readonly string[]): boolean {
  let from = 0;
  for (const cell of cells) {
    const found = cellAt(line, cell, from);
    if (!found) return false;
    from = found.end;
  }
  return true;
}

/**
 * The index of the line where the table row labelled `label` starts: the line begins with the label, or with the
 * part of it before the label wraps inside its column (then a column gap follows). -1 when there is none after `from`.
 */
export function rowIndex(lines: readonly string[], label: string, from = 0): number {
  const words = label.split(' ');
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trimStart();
    if (text.startsWith(label)) return i;
    for (let n = words.length - 1; n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      if (text.startsWith(head) && /^(\s{2,}|\s*$)/.test(text.slice(head.length))) return i;
    }
  }
  return -1;
}

/** Whether a row labelled `label` after line `from` holds `cells` left to right (prose starting with the label is skipped). */
export function rowHolds(lines: readonly string[], label: string, cells: readonly string[], from = 0): boolean {
  for (let i = rowIndex(lines, label, from); i >= 0; i = rowIndex(lines, label, i + 1)) {
    if (cellsInOrder(lines[i] ?? '', cells)) return true;
  }
  return false;
}

/** Like rowHolds, for the first row labelled `label` after `from` only (a sub-row such as "in 2019–2035"). */
export function nextRowHolds(lines: readonly string[], label: string, cells: readonly string[], from: number): boolean {
  const i = rowIndex(lines, label, from);
  return i >= 0 && cellsInOrder(lines[i] ?? '', cells);
}

/** How many lines of text one page holds (its footer included): a nearly empty page has two or three. */
export function pageLines(file: string, page: number): number {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() !== '').length;
}
