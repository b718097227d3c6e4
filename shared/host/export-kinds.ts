// The kinds of file Puente hands to the user outside its library (reports, images, data), with the extension and
// MIME type each one uses. One table for every host, so a save dialog, a download and a test agree on what a
// ".xlsx" is. The save dialog's name for each kind is a word, in the user's language: fileTypeName in
// shared/export/catalogues.ts.
import type { Language } from '../i18n/languages';

export const EXPORT_KINDS = {
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  png: { extension: 'png', mime: 'image/png' },
  svg: { extension: 'svg', mime: 'image/svg+xml' },
  csv: { extension: 'csv', mime: 'text/csv' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

export type ExportKind = keyof typeof EXPORT_KINDS;
export const EXPORT_KIND_IDS = Object.keys(EXPORT_KINDS) as ExportKind[];

/** Large enough for an every-country workbook or a long report; refused above it so a bad page cannot fill the disk. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

/** A file to hand to the user: the name suggested (without folders) and its content. */
export interface ExportFile {
  kind: ExportKind;
  /** Suggested file name, extension included; hosts make it safe for the file system. */
  name: string;
  data: Uint8Array | string;
  /** The user's language: the desktop's save dialog names the kind of file in it ("Libro de Excel"). */
  language: Language;
}

/** Room for a shortened scenario name, the longest chart label and the longest place, well under Windows' limits. */
const MAX_STEM_CHARS = 120;
/** How much of a scenario's name a suggested file name keeps, so the part naming the chart and the place survives. */
export const NAME_PART_CHARS = 40;

/**
 * A scenario name as the first part of a file name: whole when short, else cut at a word and marked with "…"
 * ("Propuesta del Ministerio de Relaciones…"). Two charts of one long-named scenario then still get two names.
 */
export function fileNamePart(name: string, max = NAME_PART_CHARS): string {
  const chars = Array.from(name.normalize('NFC').replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/** "Remittances: Colombia / 2030" + png → "Remittances Colombia 2030.png": no folders, no reserved characters. */
export function exportFileName(stem: string, kind: ExportKind): string {
  const clean = stem
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const short = Array.from(clean).slice(0, MAX_STEM_CHARS).join('').trim() || 'Puente export';
  return `${short}.${EXPORT_KINDS[kind].extension}`;
}
