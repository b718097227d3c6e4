// Dates and times with Intl in the same locale as the numbers (format.ts), for library cards and notices.
import { numberLocale } from './format';

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${numberLocale()}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(numberLocale(), options);
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
