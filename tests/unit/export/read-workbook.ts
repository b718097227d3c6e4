// Reads an .xlsx back with ExcelJS (a different implementation from the writer), as plain rows of cells with the
// number format and whether the cell holds a number, so tests see what a spreadsheet program sees.
import ExcelJS from 'exceljs';

export interface ReadCell {
  value: string | number | null;
  numFmt: string | null;
  isNumber: boolean;
}

export type ReadSheet = ReadCell[][];

export async function readWorkbook(bytes: Uint8Array): Promise<Map<string, ReadSheet>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, ReadSheet>();
  for (const sheet of workbook.worksheets) {
    const rows: ReadSheet = [];
    // ExcelJS recounts rows and columns on every read of rowCount/columnCount (a scan of the sheet): read once.
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    for (let r = 1; r <= rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: ReadCell[] = [];
      for (let c = 1; c <= columnCount; c += 1) {
        const cell = row.getCell(c);
        const raw = cell.value;
        const value = typeof raw === 'number' || typeof raw === 'string' ? raw : raw === null || raw === undefined ? null : String(raw);
        cells.push({ value, numFmt: cell.numFmt ?? null, isNumber: cell.type === ExcelJS.ValueType.Number });
      }
      while (cells.length && cells.at(-1)?.value === null) cells.pop();
      rows.push(cells);
    }
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** The values of a row, for readable assertions. */
export const values = (row: readonly ReadCell[] | undefined) => (row ?? []).map((c) => c.value);

/** Rows whose first cells match the given values. */
export function rowsStartingWith(sheet: ReadSheet, ...start: (string | number)[]): ReadCell[][] {
  return sheet.filter((row) => start.every((v, i) => row[i]?.value === v));
}

/** The first row whose cells include `text` (a label in a label/value block or a heading). */
export function rowWith(sheet: ReadSheet, text: string): ReadCell[] | undefined {
  return sheet.find((row) => row.some((c) => c.value === text));
}
