// The paper-anchored run is the earlier model's baseline, and the track record sets it against every observation.
import { describe, expect, it } from 'vitest';
import { anchoredRecord, paperBaseline } from '../../../shared/data';
import { YEARS } from '../../../shared/model/years';
import { trackRecord } from '../../../shared/track-record';

const record = trackRecord(paperBaseline(), anchoredRecord().observed);
const lac = record.paper.regions.LAC?.baseline;

describe('paper-anchored run (the old baseline)', () => {
  it('grows remittances 5% a year from the paper-era 2018 value, as Puente 0.1 did (LAC 2023: US$115.4 bn)', () => {
    const y2018 = lac?.remittancesUsd[YEARS.indexOf(2018)] ?? NaN;
    expect(lac?.remittancesUsd[YEARS.indexOf(2023)]).toBeCloseTo(y2018 * 1.05 ** 5, 0);
    expect((lac?.remittancesUsd[YEARS.indexOf(2023)] ?? 0) / 1e9).toBeCloseTo(115.4, 1);
  });

  it('keeps its Venezuelans on the paper-era knot path: Colombia at the paper\'s 1.6 million in 2019, ×5.4/4.77 in 2020', () => {
    const col = record.paper.regions.COL?.baseline.venezuelans;
    expect(col?.[YEARS.indexOf(2019)]).toBe(1_600_000);
    expect(col?.[YEARS.indexOf(2020)]).toBeCloseTo(1_600_000 * (5_400_000 / 4_769_498), 3);
    expect(record.paper.regions.COL?.baseline.permitsCumulative[YEARS.indexOf(2024)]).toBe(0);
  });

  it('keeps the earlier band (the envelope of its all-low and all-high runs)', () => {
    const i = YEARS.indexOf(2024);
    const y2018 = lac?.remittancesUsd[YEARS.indexOf(2018)] ?? NaN;
    expect(record.paper.regions.LAC?.high.remittancesUsd[i]).toBeCloseTo(y2018 * 1.1 ** 6, -3);
  });
});

describe('track record', () => {
  const remittances = record.indicators.find((i) => i.output === 'remittancesUsd');

  it('has one cell per observation since 2019, with the error and whether it fell in the old band', () => {
    expect(remittances?.cells.length).toBeGreaterThan(150);
    for (const c of remittances?.cells ?? []) {
      expect(c.year).toBeGreaterThanOrEqual(2019);
      expect(c.error).toBeCloseTo((c.paper - c.observed) / c.observed, 12);
      expect(c.inBand).toBe(c.observed >= c.low && c.observed <= c.high);
      expect(c.record).toMatch(/^observed:/);
    }
  });

  it('shows what the issue found: LAC remittances in 2023 outside even the old high run', () => {
    const observed2023 = 156_900_000_000; // sum of the covered economies, observed record
    const i = YEARS.indexOf(2023);
    expect(observed2023).toBeGreaterThan(record.paper.regions.LAC?.high.remittancesUsd[i] ?? Infinity);
    expect(remittances?.shareInBand).toBeLessThan(0.6);
  });

  it('weighs countries by size too: hosts the paper gave no Venezuelans set the median error at 100%, not the weighted one', () => {
    const venezuelans = record.indicators.find((i) => i.output === 'venezuelans');
    const cells = venezuelans?.cells ?? [];
    const absGap = cells.reduce((s, c) => s + Math.abs(c.paper - c.observed), 0);
    expect(venezuelans?.weightedAbsError).toBeCloseTo(absGap / cells.reduce((s, c) => s + c.observed, 0), 12);
    expect(venezuelans?.medianAbsError).toBe(1);
    expect(venezuelans?.weightedAbsError ?? 1).toBeLessThan(0.5);
    // Ratios have no size to weigh by.
    expect(record.indicators.find((i) => i.output === 'remittanceCostPct')?.weightedAbsError).toBeNull();
  });
});
