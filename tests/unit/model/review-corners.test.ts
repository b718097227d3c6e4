// Corners found by an independent review: values a user may legitimately type must never give absurd outputs.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { parameterDef, project } from '../../../shared/model';

const baseline = modelBaseline();

describe('model corners', () => {
  it('tax revenue from migrants is never negative, even when the scenario regularises less than the status quo', () => {
    const p = project(baseline, {
      levers: { regularisationRatePerYear: 0, processingCapacityShare: 0 },
      countries: {},
      parameters: { statusQuoRegularisationRate: 1, statusQuoProcessingCapacityShare: 1 },
    });
    for (const runs of Object.values(p.regions)) {
      for (const v of runs.scenario.taxRevenueUsd) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('the fastest allowed inflow keeps Colombia\'s stocks within its population', () => {
    const fastest = { inflowShiftHigh: parameterDef('inflowShiftHigh').max, inflowGrowthShift: parameterDef('inflowGrowthShift').max, inflowTaper: parameterDef('inflowTaper').max };
    const p = project(baseline, { levers: { inflowPath: 'high' }, countries: {}, parameters: fastest });
    const population = baseline.countries.find((c) => c.iso3 === 'COL')!.population2019;
    const stock = p.regions.COL!.scenario.immigrants.at(-1) ?? 0;
    expect(stock).toBeLessThan(population);
  });
});
