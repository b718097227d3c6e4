// The observed line a chart draws: a country's records; a region's sum where its members were observed.
import { describe, expect, it } from 'vitest';
import { anchoredRecord, modelBaseline } from '../../../shared/data';
import { project } from '../../../shared/model';
import { observedLine } from '../../../renderer/compute/observed-lines';

const baseline = modelBaseline();
const record = anchoredRecord();
const inputs = { countries: baseline.countries, observed: record.observed, gdp: record.gdp, baseline: project(baseline, { levers: {}, countries: {}, parameters: {} }) };

describe('observed lines', () => {
  it('a country draws its own records, to its last observed year', () => {
    const line = observedLine(inputs, 'venezuelans', 'COL');
    expect(line.lastObserved).toBe(2025);
    expect(line.points.find((p) => p.year === 2023)?.value).toBe(2_875_743);
  });

  it('a region sums its members in the years they were all observed (Barbados\' tiny projected remittances aside)', () => {
    const line = observedLine(inputs, 'remittancesUsd', 'LAC');
    expect(line.lastObserved).toBe(2024);
    const sum2023 = baseline.countries.reduce((s, c) => s + (record.observed.get(c.iso3)?.remittancesUsd.find((p) => p.year === 2023)?.value ?? 0), 0);
    expect(line.points.find((p) => p.year === 2023)?.value).toBe(sum2023);
  });

  it('model estimates have no observed line', () => {
    expect(observedLine(inputs, 'migrantsRegular', 'COL').points).toEqual([]);
  });
});
