// Minimal RFC 4180 CSV writing: quote fields that need it, double embedded quotes.

export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // A text cell that a spreadsheet would read as a formula is prefixed with ' (CSV injection).
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV as a file to open: UTF-8 with a byte-order mark, without which Excel on Windows reads the text in the
 * local code page and turns "Curaçao" into "CuraÃ§ao". The standard output stays without it, for scripts.
 */
export const csvFile = (csv: string): string => `\uFEFF${csv}`;
