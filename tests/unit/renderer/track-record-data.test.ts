// The "Paper vs. what happened" table lists the largest countries first (review of issue 9, finding 12): sorted by
// the error in %, Antigua's US$26m came before Mexico's US$65bn.
import { describe, expect, it } from 'vitest';
import { anchoredRecord, modelBaseline, paperBaseline } from '../../../shared/data';
import { trackRecord } from '../../../shared/track-record';
import { trackCountries } from '../../../renderer/features/track-record/track-record-data';

describe('track record table', () => {
  it('lists countries by size, largest observed value first, each with its latest year', () => {
    const rows = trackCountries(trackRecord(paperBaseline(), anchoredRecord().observed), 'remittancesUsd', 'LAC', modelBaseline().countries);
    expect(rows[0]?.iso3).toBe('MEX');
    for (let k = 1; k < rows.length; k++) expect(rows[k - 1]?.observed ?? 0).toBeGreaterThanOrEqual(rows[k]?.observed ?? 0);
    expect(rows.findIndex((r) => r.iso3 === 'ATG')).toBeGreaterThan(rows.findIndex((r) => r.iso3 === 'GTM'));
  });
});
