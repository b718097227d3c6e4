// The engine's inputs: complete for all 35 economies, one vintage, explicit fallbacks, no recalled values.
import { describe, expect, it } from 'vitest';
import {
  baselineDataset,
  baselineManifest,
  COUNTRIES,
  findRecord,
  lacCorridorMeanCost2019,
  dataStamp,
  modelBaseline,
  modelInputBasis,
  paperBaseline,
} from '../../../shared/data/index';

// The paper-era inputs every run starts from; the anchored baseline adds the observed record (anchoring.test.ts).
const baseline = paperBaseline();
const byIso3 = new Map(baseline.countries.map((c) => [c.iso3, c]));
function country(iso3: string) {
  const c = byIso3.get(iso3);
  if (!c) throw new Error(`${iso3} missing from the model baseline`);
  return c;
}

describe('countries', () => {
  it('lists the 33 LAC states plus Aruba and Curaçao, once each, in three subregions', () => {
    expect(COUNTRIES).toHaveLength(35);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(35);
    expect(COUNTRIES.map((c) => c.iso3)).toEqual(expect.arrayContaining(['ABW', 'CUW', 'MEX', 'VEN', 'HTI']));
    const counts = { Caribbean: 0, 'Central America': 0, 'South America': 0 };
    for (const c of COUNTRIES) counts[c.subregion] += 1;
    expect(counts).toEqual({ Caribbean: 15, 'Central America': 8, 'South America': 12 });
  });
});

describe('paper-era inputs (paperBaseline(), and the start of modelBaseline())', () => {
  it('are pinned to the bundled dataset id, version and checksum; the anchored baseline to the data stamp of both datasets', () => {
    expect(baseline).toMatchObject({ datasetId: 'lac-baseline-2019', datasetVersion: '1.0.0', checksum: baselineManifest().sha256, anchor: 'paper' });
    expect(modelBaseline()).toMatchObject({ datasetId: dataStamp().datasetId, checksum: dataStamp().checksum, anchor: 'observed' });
    expect(dataStamp().datasetId).toBe('lac-baseline-2019+observed-2025');
  });

  it('gives every country a population, subregion, remittance cost and (where WDI publishes it) GDP', () => {
    expect(baseline.countries.map((c) => c.iso3)).toEqual(COUNTRIES.map((c) => c.iso3));
    for (const c of baseline.countries) {
      expect(c.population2019, c.iso3).toBeGreaterThan(10_000);
      expect(['Caribbean', 'Central America', 'South America']).toContain(c.subregion);
      expect(c.remittanceCostPct, c.iso3).toBeGreaterThan(0);
      if (c.iso3 !== 'VEN') expect(c.gdp2018Usd, c.iso3).toBeGreaterThan(0);
    }
    expect(country('VEN').gdp2018Usd).toBeNull();
  });

  it('has no NaN, infinite or negative number anywhere', () => {
    for (const c of baseline.countries) {
      for (const [key, value] of Object.entries(c)) {
        if (typeof value !== 'number') continue;
        expect(Number.isFinite(value), `${c.iso3}.${key}`).toBe(true);
        expect(value, `${c.iso3}.${key}`).toBeGreaterThanOrEqual(0);
      }
      const share = c.venezuelanIrregularShare2019;
      if (share !== null) expect(share).toBeLessThanOrEqual(1);
    }
  });

  it('uses WDI later-vintage remittances and GDP, so Haiti is about 16.7% of GDP (not the paper\'s pre-rebase 30.7%)', () => {
    const haiti = country('HTI');
    const ratio = ((haiti.remittances2018Usd ?? 0) / (haiti.gdp2018Usd ?? 1)) * 100;
    expect(ratio).toBeCloseTo(16.67, 1);
    // Mexico: WDI 2025 vintage 36.526 bn, not the paper's 35.659 bn.
    expect(country('MEX').remittances2018Usd).toBe(36_526_000_000);
  });

  it("keeps remittances/GDP within 0.1 pp of WDI's own ratio for the paper's top recipients", () => {
    for (const iso3 of ['MEX', 'GTM', 'DOM', 'COL', 'SLV', 'HND', 'HTI', 'JAM', 'NIC']) {
      const c = country(iso3);
      const wdi = findRecord(baselineDataset(), 'remittances', { iso3, indicator: 'remittances_pct_gdp', year: 2018 })?.value;
      expect(wdi, iso3).toBeTypeOf('number');
      const ratio = ((c.remittances2018Usd ?? 0) / (c.gdp2018Usd ?? 1)) * 100;
      expect(Math.abs(ratio - (wdi ?? 0)), iso3).toBeLessThan(0.1);
    }
  });

  it('falls back to the LAC corridor mean for remittance cost, and says so', () => {
    const mean = lacCorridorMeanCost2019(baselineDataset());
    expect(mean).toBeCloseTo((6.47 + 6.41 + 6.21 + 6.38) / 4, 10);
    expect(country('ARG')).toMatchObject({ remittanceCostPct: mean, remittanceCostBasis: 'lac-mean' });
    expect(country('MEX')).toMatchObject({ remittanceCostPct: 4.61, remittanceCostBasis: 'country' });
    const withOwnCost = baseline.countries.filter((c) => c.remittanceCostBasis === 'country');
    expect(withOwnCost).toHaveLength(19);
  });

  it('never uses a recalled, unverified value: Colombia takes the paper\'s 1.6 million, Argentina 0', () => {
    expect(country('COL').venezuelans2019).toBe(1_600_000);
    expect(country('ARG').venezuelans2019).toBe(0);
    const basis = modelInputBasis(baselineDataset()).find((b) => b.iso3 === 'ARG');
    expect(basis?.notes.join(' ')).toMatch(/recalled, unverified/);
    // Curaçao: derived from the paper's 9.8% and UN DESA population, not the recalled 16,000.
    expect(country('CUW').venezuelans2019).toBe(Math.round(0.098 * 163_424));
  });

  it('counts each Venezuelan once: UN DESA Venezuelans come out of otherImmigrants only where R4V ones are added', () => {
    // Colombia: UN DESA 1,142,319 immigrants of whom 1,048,714 Venezuelan-born.
    expect(country('COL').otherImmigrants2019).toBe(1_142_319 - 1_048_714);
    // Argentina: no usable R4V count, so UN DESA's Venezuelans stay in the immigrant total.
    expect(country('ARG').otherImmigrants2019).toBe(2_212_879);
  });

  it("takes Colombia's observed irregular share (57.4% at 31 Dec 2019) as a 0-1 share; others use the parameter default", () => {
    expect(country('COL').venezuelanIrregularShare2019).toBeCloseTo(0.574, 10);
    expect(country('PER').venezuelanIrregularShare2019).toBeNull();
  });
});
