// Search and sort for the library screen: search matches name, author, notes and the scenario's place (and the file
// name of an unreadable entry), ignoring case and accents; sort by last update (newest first) or by name.
import type { LibraryEntry } from '../../../shared/host/library-types';
import { scenarioName } from '../file/scenario-name';

export type LibrarySort = 'updated' | 'name';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function entryName(entry: LibraryEntry): string {
  return entry.document ? scenarioName(entry.document.name) : entry.fileName;
}

/** When the scenario was last saved: the document's own time, else the storage time. */
export function entryUpdated(entry: LibraryEntry): number {
  const stamped = entry.document?.updatedAt ? Date.parse(entry.document.updatedAt) : Number.NaN;
  return Number.isNaN(stamped) ? entry.modifiedAt : stamped;
}

/**
 * The entries matching every word of `search`, sorted. `placeName` names a scenario's place as the card does
 * ("Guatemala", "Latin America and the Caribbean"), so searching for a place finds the scenarios made for it.
 */
export function queryLibrary(entries: readonly LibraryEntry[], search: string, sort: LibrarySort, locale = 'en', placeName: (id: string) => string = (id) => id): LibraryEntry[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  const matches = entries.filter((e) => {
    const d = e.document;
    const haystack = fold([entryName(e), d?.author ?? '', d?.notes ?? '', d ? placeName(d.view.region) : '', e.fileName].join(' '));
    return words.every((w) => haystack.includes(w));
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return matches.sort((a, b) =>
    sort === 'name' ? collator.compare(entryName(a), entryName(b)) || entryUpdated(b) - entryUpdated(a) : entryUpdated(b) - entryUpdated(a) || collator.compare(entryName(a), entryName(b)),
  );
}
