// The fixed numbers of the catalogues follow the reader's region format: a decimal or grouped number written into a
// message ("42,7", "35.659") reads one way under es-CO and another under es-MX ("35.659 millones" is 35.7 million
// there), so such a number is an argument the calling code writes in the region format (renderer/i18n/format.ts).
// A quotation of what a source printed ("“35,659 USD billions”") stays as printed, inside quotation marks.
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../renderer/i18n/catalogues';
import { EXPORT_CATALOGUES } from '../../../shared/export/catalogues';
import { CLI_CATALOGUES } from '../../../cli/messages';
import { looseNumbers } from '../../../shared/i18n/text-numbers';

/** The message without its quotations (“…”, «…»): what Puente itself states. */
const ownWords = (text: string): string => text.replace(/“[^”]*”|«[^»]*»/g, ' ');

function looseIn(catalogues: Readonly<Partial<Record<string, Readonly<Record<string, string>> | undefined>>>): string[] {
  return Object.entries(catalogues).flatMap(([language, catalogue]) =>
    Object.entries(catalogue ?? {}).flatMap(([key, text]) => {
      const loose = looseNumbers(ownWords(text));
      return loose.length ? [`${language} ${key}: ${loose.join(' ')}`] : [];
    }),
  );
}

describe('numbers in the catalogues', () => {
  it('the screen’s messages write no decimal or grouped number in one region’s format', () => {
    expect(looseIn(CATALOGUES)).toEqual([]);
  });

  it('the exports’ and the command line’s messages neither', () => {
    expect([...looseIn(EXPORT_CATALOGUES), ...looseIn(CLI_CATALOGUES)]).toEqual([]);
  });
});
