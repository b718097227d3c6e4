// Dates and times with Intl, for library cards, dialogs, notices and title slides: month names in the screen's
// language, the order and the clock of the region format (format.ts, wordsLocale: "2 dic 2026, 11:31 a.m." in
// Spanish with a United States format, never "Dec 2, 2026" on a Spanish screen).
import { wordsLocale } from './format';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${wordsLocale()}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(wordsLocale(), options);
    formats.set(key, format);
  }
  return format;
}

/** "27 Nov 2026, 22:25" style, in the user's locale. */
export function formatDateTime(time: number | string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '–' : dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "27 November 2026" style (title slides), in the user's locale. */
export function formatLongDate(time: number | string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '–' : dateFormat({ dateStyle: 'long' }).format(date);
}
