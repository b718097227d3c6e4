// The paper's own numbers must be in the dataset exactly as printed (in base units), and flagged as paper figures.
import { describe, expect, it } from 'vitest';
import { baselineDataset, findRecord, paperFigures } from '../../../shared/data/index';

function paper(iso3: string, indicator: string, year = 2019) {
  const r = findRecord(baselineDataset(), 'paper', { iso3, indicator, year });
  if (!r) throw new Error(`paper figure ${iso3} ${indicator} ${year} missing`);
  expect(r.confidence).toBe('from paper');
  return r;
}

describe("the paper's figures", () => {
  it('remittances: USD 89,579 million to LAC and 35,659 million to Mexico, stored in USD with the typo flagged', () => {
    const lac = paper('LAC', 'remittances_usd', 2018);
    expect(lac.value).toBe(89_579_000_000);
    expect(lac.unit).toBe('USD');
    expect(lac.note).toContain('89,579 USD billions');
    expect(lac.note).toMatch(/TYPO/);
    const mex = paper('MEX', 'remittances_usd', 2018);
    expect(mex.value).toBe(35_659_000_000);
    expect(mex.note).toContain('35,659 USD billions');
  });

  it('remittances as % of GDP: Haiti 30.7, El Salvador 21.1, Honduras 19.9, Jamaica 15.9, LAC 1.7', () => {
    const expected: [string, number][] = [['HTI', 30.7], ['SLV', 21.1], ['HND', 19.9], ['JAM', 15.9], ['LAC', 1.7]];
    for (const [iso3, value] of expected) {
      const r = paper(iso3, 'remittances_pct_gdp', 2018);
      expect(r.value).toBe(value);
      expect(r.unit).toBe('% of GDP');
    }
  });

  it('Venezuelans by host: Colombia 1.6 million and 34.2%, Peru 864,000, Ecuador 385,000, Chile 371,000', () => {
    expect(paper('COL', 'venezuelans_hosted').value).toBe(1_600_000);
    expect(paper('COL', 'venezuelans_hosted_share_pct').value).toBe(34.2);
    expect(paper('PER', 'venezuelans_hosted').value).toBe(864_000);
    expect(paper('ECU', 'venezuelans_hosted').value).toBe(385_000);
    expect(paper('CHL', 'venezuelans_hosted').value).toBe(371_000);
  });

  it('Venezuelans as % of host population: Aruba 15.1, Curaçao 9.8, Colombia 3.3, Peru 2.6, Panama 2.3, Ecuador 2.3', () => {
    const expected: [string, number][] = [['ABW', 15.1], ['CUW', 9.8], ['COL', 3.3], ['PER', 2.6], ['PAN', 2.3], ['ECU', 2.3]];
    for (const [iso3, value] of expected) expect(paper(iso3, 'venezuelans_pct_host_population').value).toBe(value);
  });

  it('section A: 42.7m emigrants, 13.7m immigrants, 72.5%, 787,185 deportations split 44/38.4/17.6, 417,000 in transit', () => {
    expect(paper('LAC', 'emigrants').value).toBe(42_700_000);
    expect(paper('LAC', 'immigrants').value).toBe(13_700_000);
    expect(paper('LAC', 'immigrants_born_in_lac_pct').value).toBe(72.5);
    expect(paper('NCA', 'deportations').value).toBe(787_185);
    expect(paper('GTM', 'deportations_share_pct').value).toBe(44);
    expect(paper('HND', 'deportations_share_pct').value).toBe(38.4);
    expect(paper('SLV', 'deportations_share_pct').value).toBe(17.6);
    expect(paper('CAM', 'transit_migrants', 2015).value).toBe(417_000);
    expect(paper('COL', 'emigrants').value).toBe(2_800_000);
    expect(paper('COL', 'emigrants').note).toMatch(/truncates/);
  });

  it('paperFigures() exposes each of them with a label, for chart markers', () => {
    const figures = paperFigures();
    const haiti = figures.find((f) => f.iso3 === 'HTI' && f.indicator === 'remittances_pct_gdp');
    expect(haiti).toMatchObject({ value: 30.7, unit: '% of GDP', year: 2018 });
    expect(haiti?.label).toMatch(/Haiti/);
    expect(figures.length).toBe(baselineDataset().tables.paper.filter((r) => r.value !== null).length);
  });
});
