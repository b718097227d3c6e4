// Corners found by an independent review: values a user may legitimately type must never give absurd outputs.
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { parameterDef, project, YEARS } from '../../../shared/model';

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

  it('without the programmes since 2019, migrants still pay taxes: revenue stays positive and close to the baseline', () => {
    // The counterfactual removes the permits, not the people: they stay, irregular, and pay what irregular migrants
    // pay (consumption taxes), so revenue falls only by the formal jobs the permits brought.
    const none = project(baseline, { levers: { regularisationProgrammes: 'none-since-2019' }, countries: {}, parameters: {} });
    for (const [region, runs] of Object.entries(none.regions)) {
      for (const run of ['scenario', 'low', 'high'] as const) {
        // Wherever Venezuelans live (a host with none and no irregular migrants has no migrants of the response).
        runs[run].taxRevenueUsd.forEach((v, i) => {
          if (v !== null && (runs[run].venezuelans[i] ?? 0) > 0) expect(v, `${region} ${run} ${YEARS[i]}`).toBeGreaterThan(0);
        });
      }
    }
    for (const region of ['COL', 'PER', 'ECU', 'DOM', 'LAC']) {
      const runs = none.regions[region]!;
      for (let year = 2021; year <= 2035; year++) {
        const i = YEARS.indexOf(year);
        const share = (runs.scenario.taxRevenueUsd[i] ?? NaN) / (runs.baseline.taxRevenueUsd[i] ?? NaN);
        // Colombia's PPT regularised about 1.3 million people, 40% of its Venezuelans: at most that share of revenue
        // can depend on status, and only through formal jobs.
        expect(share, `${region} ${year}`).toBeGreaterThan(0.6);
        expect(share, `${region} ${year}`).toBeLessThanOrEqual(1 + 1e-12);
      }
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
