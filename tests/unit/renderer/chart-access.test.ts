// What a chart says without being seen: the year's values in words and its data table, in the mode on screen.
import { describe, expect, it } from 'vitest';
import { startYear, tableColumns, tableRow, yearInWords } from '../../../renderer/features/charts/chart-access';
import type { ChartRow } from '../../../renderer/features/charts/chart-rows';

const row = (year: number, patch: Partial<ChartRow> = {}): ChartRow => ({ year, observed: null, scenario: null, baseline: null, band: null, diff: null, diffBand: null, ...patch });
const def = { unit: 'persons' } as const;

describe('chart read-out and table', () => {
  it('reads a projected year with its scenario, baseline and range, and leaves out what is not drawn', () => {
    const r = row(2030, { scenario: 3_110_000, baseline: 2_500_000, band: [2_900_000, 3_300_000] });
    expect(yearInWords(r, def, 'levels')).toBe('2030: Scenario 3.11m people; Baseline 2.5m people; Low 2.9m people; High 3.3m people');
    expect(yearInWords(row(2019, { observed: 900_000 }), def, 'levels')).toBe('2019: Observed 900k people');
    expect(yearInWords(row(2019), def, 'levels')).toBe('2019: no value');
  });

  it('reads the change and its band in difference mode, signed', () => {
    const r = row(2030, { diff: 610_000, diffBand: [400_000, 800_000] });
    expect(tableColumns('difference')).toEqual(['Change', 'Low', 'High']);
    expect(tableRow(r, def, 'difference')).toEqual([2030, '+610k people', '+400k people', '+800k people']);
  });

  it('starts on the last observed year where there is history, else on the first year with a value', () => {
    const rows = [row(2018), row(2019, { observed: 1 }), row(2024, { observed: 2, scenario: 2 }), row(2025, { scenario: 3 })];
    expect(startYear(rows, 2024)).toBe(2024);
    expect(startYear(rows, null)).toBe(2024);
    expect(startYear([row(2018), row(2019, { diff: 0 })], null)).toBe(2019);
  });
});
