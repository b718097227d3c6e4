// Time-limited permits that lapsed under the programmes' rules (review of issue 9, finding 11): Peru's one-year CPP,
// which more than 114,000 holders had not exchanged for a foreigner's card by mid-2024.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { project, YEARS } from '../../../shared/model';
import type { ModelBaseline } from '../../../shared/model';

const baseline = modelBaseline();
const i2024 = YEARS.indexOf(2024);
const withoutLapses = (iso3: string): ModelBaseline => ({
  ...baseline,
  countries: baseline.countries.map((c) => (c.iso3 === iso3 && c.programmes ? { ...c, programmes: { ...c.programmes, lapses: c.programmes.lapses.map((v) => (v === null ? null : 0)) } } : c)),
});
const STATUS_QUO = { levers: {}, countries: {}, parameters: {} };

describe('programme lapses', () => {
  it('Peru\'s expired CPPs return their holders to the irregular stock in 2024', () => {
    const lapsed = baseline.countries.find((c) => c.iso3 === 'PER')?.programmes?.lapses[i2024] ?? 0;
    expect(lapsed).toBeGreaterThan(20_000);
    const a = project(baseline, STATUS_QUO).regions.PER?.baseline;
    const b = project(withoutLapses('PER'), STATUS_QUO).regions.PER?.baseline;
    // The same people, in another status: the stock does not change, the irregular count rises by the lapse.
    expect(a?.immigrants[i2024]).toBeCloseTo(b?.immigrants[i2024] ?? NaN, 3);
    expect((a?.migrantsIrregular[i2024] ?? NaN) - (b?.migrantsIrregular[i2024] ?? NaN)).toBeCloseTo(lapsed, 3);
    expect(a?.migrantsIrregular[i2024 - 1]).toBeCloseTo(b?.migrantsIrregular[i2024 - 1] ?? NaN, 3);
    // They were time-limited permit holders, so fewer formal jobs and less tax from then on, not more.
    expect(a?.taxRevenueUsd[i2024] ?? NaN).toBeLessThan(b?.taxRevenueUsd[i2024] ?? NaN);
  });

  it('Colombia\'s PEP holders who missed the 2023 deadline still lapse from the settled stock the model starts them in', () => {
    const i2023 = YEARS.indexOf(2023);
    const lapsed = baseline.countries.find((c) => c.iso3 === 'COL')?.programmes?.lapses[i2023] ?? 0;
    expect(lapsed).toBe(230_386);
    const a = project(baseline, STATUS_QUO).regions.COL?.baseline;
    const b = project(withoutLapses('COL'), STATUS_QUO).regions.COL?.baseline;
    expect((a?.migrantsIrregular[i2023] ?? NaN) - (b?.migrantsIrregular[i2023] ?? NaN)).toBeGreaterThan(0.9 * lapsed);
  });
});
