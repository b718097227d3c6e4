// The fiscal band opens only where uncertainty is real (review of issue 9, finding 2): the cost of a permit is a
// Colombian-level amount scaled like every unit cost, and parameters whose past values are known (external
// financing, lapses) do not move the history years.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { parameterDef, project, YEARS } from '../../../shared/model';
import { parametersKnownInHistory } from '../../../shared/model/parameters';
import { FIRST_PROJECTION_YEAR } from '../../../shared/model/years';

const baseline = modelBaseline();
const i = (year: number) => YEARS.indexOf(year);

describe('fiscal bands', () => {
  it('a permit costs k_t × k_admin: at the high end, Colombia’s 952,000 permits of 2022 cost at most US$100 each at its income level', () => {
    const base = project(baseline, { levers: {}, countries: {}, parameters: {} }).regions.COL!.baseline;
    const high = parameterDef('adminCostPerPermitUsd').high;
    const dear = project(baseline, { levers: {}, countries: {}, parameters: { adminCostPerPermitUsd: high } }).regions.COL!.scenario;
    const permits = base.permitsIssued[i(2022)]!;
    expect(permits).toBeGreaterThan(900_000);
    // k_2022: Colombia's GDP per capita relative to 2018 (the reference), from the baseline's own GDP.
    const gdp2022 = base.remittancesUsd[i(2022)]! / (base.remittancesPctGdp[i(2022)]! / 100);
    const k = gdp2022 / (baseline.countries.find((c) => c.iso3 === 'COL')!.population2019 * parameterDef('referenceGdpPerCapitaUsd').default);
    const extra = base.netFiscalUsd[i(2022)]! - dear.netFiscalUsd[i(2022)]!;
    expect(extra).toBeCloseTo(permits * k * (high - parameterDef('adminCostPerPermitUsd').default), 0);
    expect(high).toBeLessThanOrEqual(100);
  });

  it('parameters whose past is known hold their central value in history years: pinning them there changes no history band', () => {
    const known = parametersKnownInHistory();
    expect(known).toEqual(expect.arrayContaining(['grantsCoverage', 'lapseRate']));
    const free = project(baseline, { levers: {}, countries: {}, parameters: {} });
    const pinned = project(baseline, { levers: {}, countries: {}, parameters: Object.fromEntries(known.map((id) => [id, parameterDef(id).default])) });
    let opened = 0;
    for (const region of ['LAC', 'COL', 'PER', 'ECU', 'CHL', 'BRA']) {
      for (const output of ['netFiscalUsd', 'migrantsRegular', 'migrantsIrregular', 'taxRevenueUsd'] as const) {
        for (const run of ['low', 'high'] as const) {
          for (let year = 2019; year < FIRST_PROJECTION_YEAR; year++) {
            expect(free.regions[region]![run][output][i(year)], `${region} ${output} ${run} ${year}`).toBeCloseTo(pinned.regions[region]![run][output][i(year)]!, 6);
          }
          // From the first projection year the band of the known parameters opens.
          if (Math.abs(free.regions[region]![run][output][i(2030)]! - pinned.regions[region]![run][output][i(2030)]!) > 1) opened += 1;
        }
      }
    }
    expect(opened).toBeGreaterThan(0);
  });
});
