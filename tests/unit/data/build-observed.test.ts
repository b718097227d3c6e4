// The observed dataset's build is deterministic, the committed files are what it produces today, and every decision on
// the sources' oddities is recorded and applied.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ObservedDatasetSchema, ObservedManifestSchema } from '../../../shared/data/observed-schema';
import { expectReproducible, rebuilder, ROOT as root } from './rebuild';

const reference = resolve(root, '../shared/reference/observed/observed-2019-2024.json');
const buildInto = rebuilder('scripts/build-observed.ts', 'puente-observed-');

const committed = ObservedDatasetSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/observed/observed-2019-2025.json'), 'utf8')));
const manifest = ObservedManifestSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/observed/manifest.json'), 'utf8')));

// The research file lives outside the project; skip (visibly) where it is not checked out.
describe.skipIf(!existsSync(reference))('scripts/build-observed.ts', () => {
  it('writes byte-identical files on every run, equal to the committed ones', () => {
    expectReproducible(buildInto, 'data/observed', ['observed-2019-2025.json', 'manifest.json']);
  }, 60_000);

  it('keeps every record of the research file, with its source and exact location, plus the central banks\' 2025 remittances', () => {
    const source = JSON.parse(readFileSync(reference, 'utf8')) as { records: unknown[] };
    const banks = JSON.parse(readFileSync(new URL('../../../data/observed/sources/remittances-2025-central-banks.json', import.meta.url), 'utf8')) as { countries: unknown[] };
    expect(committed.records).toHaveLength(source.records.length + banks.countries.length);
    expect(manifest.recordCount).toBe(source.records.length + banks.countries.length);
  });

  it('continues WDI into 2025 with each central bank\'s growth, not its level: Mexico fell 4.6% (Banxico)', () => {
    const mex2024 = committed.records.find((r) => r.id === 'remittances.MEX.remittances_usd.2024')?.value ?? NaN;
    const mex2025 = committed.records.find((r) => r.id === 'remittances.MEX.remittances_usd.2025');
    expect(mex2025).toMatchObject({ use: 'model', source: 'S17', confidence: 'computed from source copy' });
    expect(committed.decisions.find((d) => d.id === 'remittances-2025-central-banks')?.records).toContain('remittances.MEX.remittances_usd.2025');
    expect((mex2025?.value ?? NaN) / mex2024).toBeCloseTo(61_791 / 64_746, 9 - 1);
    expect(mex2025?.location).toMatch(/^https:\/\//);
  });
});

describe('observed dataset decisions', () => {
  const record = (id: string) => committed.records.find((r) => r.id === id);

  it("excludes Barbados' carried-forward remittances and El Salvador's zero costs, naming the decision", () => {
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
      expect(record(`remittances.BRB.remittances_usd.${year}`)).toMatchObject({ use: 'excluded', decision: 'brb-remittances-carried-forward' });
    }
    expect(record('remittanceCosts.SLV.cost_to_country_pct.2020')).toMatchObject({ value: 0, use: 'excluded', decision: 'slv-cost-zero' });
    expect(record('remittanceCosts.SLV.cost_to_country_pct.2021')).toMatchObject({ use: 'model', decision: null });
  });

  it('records a finding and a decision for each oddity, and lists the records it applies to', () => {
    const ids = committed.decisions.map((d) => d.id);
    for (const id of ['brb-remittances-carried-forward', 'slv-cost-zero', 'nic-remittance-surge', 'guy-oil-gdp', 'cub-cost-rise', 'caribbean-zero-venezuelans-2022']) {
      expect(ids).toContain(id);
    }
    const known = new Set(committed.records.map((r) => r.id));
    for (const d of committed.decisions) {
      expect(d.records.length, d.id).toBeGreaterThan(0);
      for (const r of d.records) expect(known.has(r), `${d.id} names ${r}`).toBe(true);
    }
  });

  it('uses one GDP per country and year: the same-release implied GDP where WDI publishes the share', () => {
    const used = committed.records.filter((r) => r.table === 'gdp' && r.use === 'model');
    const keys = used.map((r) => `${r.iso3}.${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(record('gdp.COL.gdp_usd_implied_wdi.2023')?.use).toBe('model');
    expect(record('gdp.COL.gdp_usd.2023')?.use).toBe('reference');
  });

  it('lists the regularisation programmes the issue names, marking what could not be sourced', () => {
    const ids = committed.programmes.map((p) => p.id);
    for (const id of ['COL-ETPV', 'COL-PEP-2019-21', 'PER-PTP', 'PER-CPP-2021', 'PER-CPP-2023', 'ECU-VERHU', 'ECU-VIRTE', 'BRA-REFUGE-2019', 'CHL-2021', 'DOM-PNV']) {
      expect(ids).toContain(id);
    }
    const chile = committed.programmes.find((p) => p.id === 'CHL-2021');
    expect(chile).toMatchObject({ status: 'not sourced', modelUse: 'none', permits: [] });
    expect(chile?.unsourced.length).toBeGreaterThan(0);
    for (const p of committed.programmes.filter((x) => x.modelUse === 'flows')) expect(p.permits.length, p.id).toBeGreaterThan(0);
  });
});
