// Bands where the user pinned parameters (review of issue 9, finding 8): a pinned value can reverse a direction the
// band plan found at the defaults; the band then widens to the envelope and the cells are reported, never collapsed.
import { describe, expect, it } from 'vitest';
import { project } from '../../../shared/model';
import { orderBands } from '../../../shared/model/band-order';
import { FIXTURE } from './fixture';
import { at } from './helpers';

describe('band order with pinned parameters', () => {
  it('a reversed cell becomes the envelope of low, central and high and is reported; an ordered cell is left alone', () => {
    const central = Float64Array.of(10, 10, 10);
    const low = Float64Array.of(9, 12, 11);
    const high = Float64Array.of(11, 8, 13);
    expect(orderBands(central, low, high)).toEqual([1, 2]);
    expect([...low]).toEqual([9, 8, 10]);
    expect([...high]).toEqual([11, 12, 13]);
  });

  it('formal shares pinned at 0 reverse how convergence moves formal jobs: the band widens around them, never collapses', () => {
    // At the defaults faster convergence raises formal jobs (FG_max 52% above today's 30%). With FG_max = FG_0 = 0 it
    // lowers them, and in Mexico from 2031 the run built to be low ends above the one built to be high.
    const p = project(FIXTURE, { levers: {}, countries: {}, parameters: { formalShareLongRun: 0, formalShareAtRegularisation: 0 } });
    const years = p.bandsReversed?.MEX?.formalJobsMigrants ?? [];
    expect(years).toContain(2035);
    const runs = p.regions.MEX;
    let inside = 0;
    for (const year of years) {
      const [lo, c, hi] = [at(runs?.low.formalJobsMigrants, year), at(runs?.scenario.formalJobsMigrants, year), at(runs?.high.formalJobsMigrants, year)];
      expect(lo).toBeLessThanOrEqual(c);
      expect(c).toBeLessThanOrEqual(hi);
      // The parameters still move the output: a reversal must not read as certainty.
      expect(hi - lo, String(year)).toBeGreaterThan(1e-6 * c);
      if (lo < c && c < hi) inside += 1;
    }
    // Fully reversed cells keep the central value inside a band as wide as the runs are apart.
    expect(inside).toBeGreaterThan(0);
  });

  it('nothing pinned, nothing reversed: the band plan orders every cell by construction', () => {
    const p = project(FIXTURE, { levers: { regularisationRatePerYear: 0.3, absorptionCapacity: 'low' }, countries: {}, parameters: {} });
    expect(p.bandsReversed).toEqual({});
  });
});
