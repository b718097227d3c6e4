// Writes a workbook (workbook.ts) as an .xlsx file with write-excel-file, loaded on first use so the screen's
// start-up bundle does not carry it. Its `universal` build runs unchanged in the page and in Node (the command
// line): the same bytes either way. Numbers stay numbers with a number format; text stays text.
import type { Cell, CellValue, Row, SheetSpec } from './workbook';

/** The structural part of a Blob this module uses (shared/ is typed without the DOM). */
interface BytesBlob {
  arrayBuffer(): Promise<ArrayBuffer>;
}

const FONT = { fontFamily: 'Calibri', fontSize: 11 } as const;
const HEADER_FILL = '#E8ECF1';
const NOTE_COLOUR = '#4A4A4A';
/** Points per line of 11-point text, and characters of text per unit of column width (text runs narrower than "0"). */
const LINE_HEIGHT = 15;
const CHARS_PER_WIDTH = 1.15;

const isCell = (c: Cell | CellValue): c is Cell => c !== null && typeof c === 'object';

/** Spreadsheet programs do not grow a row for wrapped text on their own: a wrapped cell asks for its lines. */
function rowHeight(row: Row, widths: readonly number[]): number | undefined {
  let lines = 1;
  row.forEach((c, i) => {
    if (!isCell(c) || (c.style !== 'wrap' && c.style !== 'header') || typeof c.value !== 'string') return;
    const room = (widths[i] ?? 10) * CHARS_PER_WIDTH;
    const needed = c.value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / room)), 0);
    lines = Math.max(lines, needed);
  });
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

function styled(c: Cell | CellValue, height: number | undefined) {
  if (!isCell(c)) return height && c !== null ? { value: c, height } : c;
  const base = {
    value: c.value ?? undefined,
    type: typeof c.value === 'number' ? Number : String,
    ...(c.format ? { format: c.format } : {}),
    ...(height ? { height } : {}),
  };
  switch (c.style) {
    case 'title':
      return { ...base, fontWeight: 'bold' as const, fontSize: 14 };
    case 'header':
      return { ...base, fontWeight: 'bold' as const, backgroundColor: HEADER_FILL, bottomBorderStyle: 'thin' as const, wrap: true, alignVertical: 'top' as const };
    case 'label':
      return { ...base, fontWeight: 'bold' as const, alignVertical: 'top' as const };
    case 'note':
      return { ...base, textColor: NOTE_COLOUR, fontStyle: 'italic' as const };
    case 'wrap':
      return { ...base, wrap: true, alignVertical: 'top' as const };
    default:
      return base;
  }
}

/** The .xlsx bytes of the given sheets. */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const blob: BytesBlob = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((row) => {
        const height = rowHeight(row, s.widths);
        return row.map((c) => styled(c, height));
      }),
      columns: s.widths.map((width) => ({ width })),
      ...(s.frozenRows > 0 ? { stickyRowsCount: s.frozenRows } : {}),
    })),
    FONT,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
