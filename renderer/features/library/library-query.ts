// Search and sort for the library screen: search matches name, author and notes (and the file name of an
// unreadable entry), ignoring case and accents; sort by last update (newest first) or by name.
import type { LibraryEntry } from '../../../shared/host/library-types';

export type LibrarySort = 'updated' | 'name';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function entryName(entry: LibraryEntry): string {
  return entry.document?.name ?? entry.fileName;
}

/** When the scenario was last saved: the document's own time, else the storage time. */
export function entryUpdated(entry: LibraryEntry): number {
  const stamped = entry.document?.updatedAt ? Date.parse(entry.document.updatedAt) : Number.NaN;
  return Number.isNaN(stamped) ? entry.modifiedAt : stamped;
}

export function queryLibrary(entries: readonly LibraryEntry[], search: string, sort: LibrarySort, locale = 'en'): LibraryEntry[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const matches = entries.filter((e) => {
    const haystack = fold([entryName(e), e.document?.author ?? '', e.document?.notes ?? '', e.fileName].join(' '));
    return words.every((w) => haystack.includes(w));
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return matches.sort((a, b) =>
    sort === 'name' ? collator.compare(entryName(a), entryName(b)) || entryUpdated(b) - entryUpdated(a) : entryUpdated(b) - entryUpdated(a) || collator.compare(entryName(a), entryName(b)),
  );
}
