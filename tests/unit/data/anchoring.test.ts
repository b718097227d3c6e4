// The anchored baseline: history years reproduce the observed record exactly, each value linked to its record; growth
// after it follows the documented rule; fallbacks are explicit; the programmes that ran are part of the baseline.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  anchoredRecord, baselineDataset, modelBaseline, observedDataset, OBSERVED_OUTPUTS, paperBaseline, yearlyPermits,
} from '../../../shared/data';
import { calibrationResults, calibrationTargets } from '../../../shared/calibration';
import { project } from '../../../shared/model';
import { YEARS } from '../../../shared/model/years';

const baseline = modelBaseline();
const record = anchoredRecord();
const p = project(baseline, { levers: {}, countries: {}, parameters: {} });
const at = (iso3: string, output: keyof (typeof p.regions)[string]['baseline'], year: number) => p.regions[iso3]?.baseline[output][YEARS.indexOf(year)] ?? null;
const byId = new Map(observedDataset().records.map((r) => [r.id, r]));
const value2024 = (iso3: string) => byId.get(`remittances.${iso3}.remittances_usd.2024`)?.value ?? NaN;
const baselineById = new Map(Object.values(baselineDataset().tables).flat().map((r) => [r.id, r]));

describe('history years', () => {
  it('reproduce the observed dataset exactly, each value linked to the record it comes from', () => {
    let checked = 0;
    for (const c of baseline.countries) {
      const observed = record.observed.get(c.iso3);
      for (const output of OBSERVED_OUTPUTS) {
        for (const point of observed?.[output] ?? []) {
          expect(at(c.iso3, output, point.year), `${c.iso3} ${output} ${point.year}`).toBe(point.value);
          const [dataset, id] = point.record.split(/:(.*)/s);
          const source = dataset === 'observed' ? byId.get(id ?? '') : baselineById.get(id ?? '');
          expect(source?.value, point.record).toBe(point.value);
          if (dataset === 'observed') expect(byId.get(id ?? '')?.use, point.record).toBe('model');
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('do not move with a lever: policies act from the policy start year', () => {
    // With the policy starting after the whole record (2026), no observed value moves; with the default start (2025),
    // only the 2025 values some countries have (the scenario then shows what the lever would have changed that year).
    for (const policyStartYear of [2025, 2026]) {
      const levers = { remittanceCostTargetPct: 1, regularisationRatePerYear: 1, absorptionInvestmentPctGdp: 1, inflowPath: 'high' as const, policyStartYear };
      const scenario = project(baseline, { levers, countries: {}, parameters: {} });
      for (const c of baseline.countries) {
        for (const output of OBSERVED_OUTPUTS) {
          for (const point of record.observed.get(c.iso3)?.[output] ?? []) {
            if (point.year >= policyStartYear && output !== 'venezuelans' && output !== 'immigrants') continue;
            expect(scenario.regions[c.iso3]?.scenario[output][YEARS.indexOf(point.year)], `${c.iso3} ${output} ${point.year}`).toBe(point.value);
          }
        }
      }
    }
  });

  it('say where a country has no observed value: Barbados\' remittances were excluded, so its record ends in 2018', () => {
    expect(record.observed.get('BRB')?.remittancesUsd).toEqual([]);
    expect(observedDataset().records.find((r) => r.id === 'remittances.BRB.remittances_usd.2022')?.use).toBe('excluded');
    // Projected from its 2018 value at the Caribbean rate, not flat at the carried-forward number.
    expect(at('BRB', 'remittancesUsd', 2024)).not.toBe(85_180_000);
    expect(baseline.countries.find((c) => c.iso3 === 'BRB')?.growth.remittances.basis).toBe('subregion');
  });
});

describe('anchoring: growth after the last observed year', () => {
  it('follows the documented rule: half the latest year, half the window, blended half-and-half with the subregion, capped', () => {
    const rule = JSON.parse(readFileSync(new URL('../../../data/model/anchoring.json', import.meta.url), 'utf8')) as { settings: { id: string; value: number }[] };
    const setting = (id: string) => rule.settings.find((s) => s.id === id)?.value ?? NaN;
    const value = (iso3: string, year: number) => observedDataset().records.find((r) => r.id === `remittances.${iso3}.remittances_usd.${year}`)?.value ?? NaN;
    const recent = (v: (year: number) => number, last: number) =>
      setting('latestYearWeight') * (v(last) / v(last - 1) - 1) + (1 - setting('latestYearWeight')) * ((v(last) / v(last - 3)) ** (1 / 3) - 1);
    // Guatemala's record runs to 2025 (Banguat's growth on WDI 2024); Central America's balanced panel to 2024.
    const own = recent((y) => value('GTM', y), 2025);
    const members = baseline.countries.filter((c) => c.subregion === 'Central America' && [2019, 2020, 2021, 2022, 2023, 2024].every((y) => Number.isFinite(value(c.iso3, y))));
    const sum = (year: number) => members.reduce((s, c) => s + value(c.iso3, year), 0);
    const sub = recent(sum, 2024);
    const expected = Math.min(setting('remittancesMax'), Math.max(setting('remittancesMin'), 0.5 * own + 0.5 * sub));
    const gtm = baseline.countries.find((c) => c.iso3 === 'GTM')?.growth.remittances;
    expect(gtm?.recent).toBeCloseTo(expected, 12);
    expect(gtm).toMatchObject({ basis: 'country', window: [2022, 2025] });
    // The first projected year grows at that rate, then growth fades towards the long-run 4% (φ = 0.7).
    expect((at('GTM', 'remittancesUsd', 2026) ?? 0) / (at('GTM', 'remittancesUsd', 2025) ?? 1) - 1).toBeCloseTo(expected, 12);
    expect((at('GTM', 'remittancesUsd', 2027) ?? 0) / (at('GTM', 'remittancesUsd', 2026) ?? 1) - 1).toBeCloseTo(0.04 + (expected - 0.04) * 0.7, 12);
  });

  it('follows a turn in the latest year: Mexico fell 4.6% in 2025 (Banxico), so its projection does not resume at 8% a year', () => {
    expect(at('MEX', 'remittancesUsd', 2025)).toBeCloseTo((value2024('MEX') * 61_791) / 64_746, 0);
    const g2026 = (at('MEX', 'remittancesUsd', 2026) ?? 0) / (at('MEX', 'remittancesUsd', 2025) ?? 1) - 1;
    expect(g2026).toBeLessThan(0.04);
    expect(g2026).toBeGreaterThan(-0.05);
  });

  it('tempers a surge: Nicaragua\'s 35% a year is not carried into the projection', () => {
    const nic = baseline.countries.find((c) => c.iso3 === 'NIC')?.growth.remittances.recent ?? NaN;
    expect(nic).toBeLessThanOrEqual(0.15);
    expect(nic).toBeGreaterThan(0.04);
  });

  it('starts the cost lever from the last observed cost; a country without one takes the regional median', () => {
    const last = byId.get('remittanceCosts.COL.cost_to_country_pct.2023')?.value;
    expect(last).toBeCloseTo(2.43, 2);
    expect(at('COL', 'remittanceCostPct', 2023)).toBe(last);
    expect(at('COL', 'remittanceCostPct', 2030)).toBe(last);
    const capped = project(baseline, { levers: { remittanceCostTargetPct: 2 }, countries: {}, parameters: {} });
    expect(capped.regions.COL?.scenario.remittanceCostPct[YEARS.indexOf(2030)]).toBeCloseTo(2, 12);
    expect(baseline.countries.find((c) => c.iso3 === 'ARG')).toMatchObject({ remittanceCostBasis: 'regional-median', remittanceCostPct: record.regionalMedianCost });
  });

  it('extends the record without a kink in the Venezuelan stock: growth starts at the host\'s recent rate and tapers', () => {
    const col = baseline.countries.find((c) => c.iso3 === 'COL')?.growth.venezuelans;
    expect(col?.basis).toBe('country');
    const g = (y: number) => (at('COL', 'venezuelans', y) ?? 0) / (at('COL', 'venezuelans', y - 1) ?? 1) - 1;
    expect(g(2026)).toBeCloseTo(col?.recent ?? NaN, 12);
    expect(g(2027)).toBeCloseTo((col?.recent ?? NaN) * 0.7, 12);
  });

  it('counts arrivals from 2019, so public cost has no cliff in 2020 from arrivals starting to count', () => {
    expect(at('COL', 'publicCostUsd', 2019)).toBeGreaterThan(0);
    const paper = project(paperBaseline(), { levers: {}, countries: {}, parameters: {} });
    expect(paper.regions.COL?.baseline.publicCostUsd[YEARS.indexOf(2019)]).toBeGreaterThan(0);
  });
});

describe('regularisation programmes as implemented', () => {
  const etpv = observedDataset().programmes.find((x) => x.id === 'COL-ETPV');
  if (!etpv) throw new Error('COL-ETPV missing');

  it('spread each programme\'s dated counts over the months between them', () => {
    const yearly = yearlyPermits(etpv);
    const total = yearly.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1_927_299, 6); // the last dated count
    // May 2021 → Jan 2022: 456,000 over 9 months, 8 of them in 2021.
    expect(yearly[YEARS.indexOf(2021)]).toBeCloseTo((456_000 * 8) / 9, 6);
  });

  it('count permits (with conversions of earlier permits) apart from people newly regularised', () => {
    const flows = baseline.countries.find((c) => c.iso3 === 'COL')?.programmes;
    const i = YEARS.indexOf(2022);
    expect(flows?.newlyRegularised[i]).toBeCloseTo((flows?.permits[i] ?? 0) * (1 - (etpv.conversionShare?.value ?? 0)), 6);
    expect(at('COL', 'permitsCumulative', 2024)).toBeGreaterThan(1_900_000);
    expect(at('COL', 'migrantsRegular', 2023)).toBeGreaterThan(2 * (at('COL', 'migrantsRegular', 2020) ?? 0));
  });

  it('can be replayed without any programme since 2019, to show what the ETPV changed', () => {
    const none = project(baseline, { levers: { regularisationProgrammes: 'none-since-2019' }, countries: {}, parameters: {} }).regions.COL?.scenario;
    const i = YEARS.indexOf(2023);
    expect(none?.permitsCumulative[i]).toBe(0);
    expect(none?.migrantsIrregular[i]).toBeGreaterThan((at('COL', 'migrantsIrregular', 2023) ?? 0) + 1_000_000);
    expect(none?.taxRevenueUsd[i]).toBeLessThan(at('COL', 'taxRevenueUsd', 2023) ?? 0);
    // The stock itself is what was observed either way.
    expect(none?.venezuelans[i]).toBe(at('COL', 'venezuelans', 2023));
  });

  it('leave Chile and Brazil\'s unsourced permits out, as documented', () => {
    expect(baseline.countries.find((c) => c.iso3 === 'CHL')?.programmes).toBeNull();
    expect(at('CHL', 'permitsCumulative', 2024)).toBe(0);
  });
});

describe('calibration (data/model/calibration.json, docs/methodology.md "Calibration")', () => {
  const results = calibrationResults(baseline, p, record.gdp);

  it.each(results.map((r) => [r.target.id, r] as const))('%s: the baseline is inside the range its source gives', (_id, r) => {
    expect(r.value, `${r.target.what}: ${r.value}`).toBeGreaterThanOrEqual(r.target.min);
    expect(r.value, `${r.target.what}: ${r.value}`).toBeLessThanOrEqual(r.target.max);
  });

  it('every target names a source, and a tuned target names what was tuned', () => {
    for (const r of results) {
      expect(r.target.source.length).toBeGreaterThan(10);
      if (r.target.role === 'target') expect(r.target.tuned, r.target.id).not.toBe('');
    }
    // An observed record named as a source exists in the dataset.
    for (const r of results) for (const id of r.target.source.match(/observed:[^)\s]+/g) ?? []) expect(byId.has(id.slice('observed:'.length)), id).toBe(true);
  });

  it('a range the baseline misses fails (the check can fail)', () => {
    const [first] = calibrationTargets();
    if (!first) throw new Error('no targets');
    const [missed] = calibrationResults(baseline, p, record.gdp, [{ ...first, min: 1e12, max: 2e12 }]);
    expect(missed?.met).toBe(false);
  });
});

describe('lazy data', () => {
  it('importing and using the scenario codec parses no dataset', async () => {
    vi.resetModules();
    const schema = await import('../../../shared/data/dataset-schema');
    const observed = await import('../../../shared/data/observed-schema');
    const spies = [vi.spyOn(schema.DatasetSchema, 'safeParse'), vi.spyOn(observed.ObservedDatasetSchema, 'safeParse')];
    const codec = await import('../../../shared/scenario');
    expect(codec.parseScenarioText('{"format":"puente-scenario","schemaVersion":2,"levers":{"regularisationRatePerYear":0.2}}', codec.SCENARIO_RULES).ok).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const data = await import('../../../shared/data');
    data.modelBaseline();
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
