import { describe, expect, it } from 'vitest';
import { chartRows } from '../../../renderer/features/charts/chart-rows';
import { drawsBand } from '../../../renderer/features/charts/legend-items';
import { modelBaseline } from '../../../shared/data';
import { project } from '../../../shared/model';
import { OUTPUT_IDS, RUN_IDS, YEARS, type Projection } from '../../../shared/model/types';

const NONE = { points: [], lastObserved: null };

/** A projection where only netFiscalUsd in COL has values, chosen by run. */
function projectionWith(values: Record<(typeof RUN_IDS)[number], number>): Projection {
  const runs = Object.fromEntries(
    RUN_IDS.map((run) => [run, Object.fromEntries(OUTPUT_IDS.map((o) => [o, YEARS.map(() => (o === 'netFiscalUsd' ? values[run] : null))]))]),
  ) as Projection['regions'][string];
  return { years: YEARS, regions: { COL: runs } };
}

describe('chart rows: the shaded low–high range', () => {
  it('spans the low and high runs in whichever order they come', () => {
    const rows = chartRows(projectionWith({ baseline: 0, scenario: 5, low: 9, high: 2, baselineLow: 0, baselineHigh: 0 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.[3]?.band).toEqual([2, 9]);
  });

  it('always contains the scenario line, even when both uncertainty runs fall on one side of it', () => {
    const rows = chartRows(projectionWith({ baseline: 0, scenario: 12, low: 4, high: 9, baselineLow: 0, baselineHigh: 0 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.[3]?.band).toEqual([4, 12]);
    expect(rows?.[3]?.diffBand).toEqual([4, 12]);
  });
});

describe('chart rows: the band of the difference', () => {
  it('is the effect within each parameter set, not the level band shifted by the baseline', () => {
    // Levels: scenario 105 in a 80–150 band; the baseline is 100 in a 76–143 band. The effect is +5, and +4 / +7
    // within the low and high sets; the shifted level band would have said −20 to +50.
    const rows = chartRows(projectionWith({ baseline: 100, scenario: 105, low: 80, high: 150, baselineLow: 76, baselineHigh: 143 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.[5]?.diff).toBe(5);
    expect(rows?.[5]?.diffBand).toEqual([4, 7]);
  });

  it('is exactly zero where the scenario equals the baseline, whatever the level band', () => {
    const rows = chartRows(projectionWith({ baseline: 100, scenario: 100, low: 60, high: 180, baselineLow: 60, baselineHigh: 180 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.every((r) => r.diff === 0 && r.diffBand?.[0] === 0 && r.diffBand[1] === 0)).toBe(true);
  });
});

describe('chart rows with no lever moved (the bundled baseline)', () => {
  it('draw a difference and a band of exactly zero for every output and place, and no band at all', () => {
    const p = project(modelBaseline(), { levers: {}, countries: {}, parameters: {} });
    const wrong: string[] = [];
    let cells = 0;
    for (const region of Object.keys(p.regions)) {
      for (const output of OUTPUT_IDS) {
        const rows = chartRows(p, region, output, NONE) ?? [];
        for (const r of rows) {
          if (r.diff === null) continue;
          cells++;
          if (!Object.is(r.diff, 0) || !Object.is(r.diffBand?.[0], 0) || !Object.is(r.diffBand?.[1], 0)) wrong.push(`${region} ${output} ${r.year}`);
        }
        if (drawsBand(rows, 'difference')) wrong.push(`${region} ${output}: a band is drawn`);
      }
    }
    // Every output has differences to check in every place it exists.
    expect(cells).toBeGreaterThan(Object.keys(p.regions).length * OUTPUT_IDS.length * 5);
    expect(wrong).toEqual([]);
  });
});
