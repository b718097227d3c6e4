// Bands of remittances as a share of GDP, and the volatility behind the remittance fan (review of issue 9, finding 9).
import { describe, expect, it } from 'vitest';
import { modelBaseline } from '../../../shared/data';
import { logGrowthSd } from '../../../shared/data/anchoring';
import { project, YEARS } from '../../../shared/model';

describe('remittance bands', () => {
  it('the ratio to GDP carries the remittance uncertainty only: its band is the remittance band over the central GDP', () => {
    const p = project(modelBaseline(), { levers: { remittanceCostTargetPct: 4 }, countries: {}, parameters: {} });
    let checked = 0;
    for (const [region, runs] of Object.entries(p.regions)) {
      for (const side of ['low', 'high'] as const) {
        YEARS.forEach((year, i) => {
          const c = runs.scenario.remittancesUsd[i];
          const s = runs[side].remittancesUsd[i];
          const ratio = runs.scenario.remittancesPctGdp[i];
          if (c == null || s == null || ratio == null || !(c > 0)) return;
          // Not the high-remittance run over the low-GDP run: Nicaragua's ratio reached 69% of GDP that way.
          expect(runs[side].remittancesPctGdp[i], `${region} ${side} ${year}`).toBeCloseTo((ratio * s) / c, 9);
          if (s !== c) checked += 1;
        });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a one-off year does not set the volatility: the growth rate farthest from the median is left out', () => {
    const steady = [100, 105, 110, 116, 121, 127, 134];
    const swing = [100, 105, 70, 74, 78, 82, 86]; // one 40% fall, then steady growth
    const sd = (xs: number[]) => logGrowthSd([...xs, ...Array<null>(YEARS.length - xs.length).fill(null)], YEARS[0] ?? 2018) ?? NaN;
    expect(sd(swing)).toBeCloseTo(sd(swing.slice(0, 2).concat(swing.slice(2).map((v) => (v * 105) / 70))), 12);
    expect(sd(swing)).toBeLessThan(0.05);
    expect(sd(steady)).toBeLessThan(0.05);
  });
});
