import { describe, expect, it } from 'vitest';
import { chartRows } from '../../../renderer/features/charts/chart-rows';
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
    const rows = chartRows(projectionWith({ baseline: 0, scenario: 5, low: 9, high: 2 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.[3]?.band).toEqual([2, 9]);
  });

  it('always contains the scenario line, even when both uncertainty runs fall on one side of it', () => {
    const rows = chartRows(projectionWith({ baseline: 0, scenario: 12, low: 4, high: 9 }), 'COL', 'netFiscalUsd', NONE);
    expect(rows?.[3]?.band).toEqual([4, 12]);
    expect(rows?.[3]?.diffBand).toEqual([4, 12]);
  });
});
