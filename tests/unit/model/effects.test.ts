// The band of an effect (docs/methodology.md, "The band of an effect"): computed within each parameter set, so it is
// exactly zero where nothing changed, and it holds the central effect everywhere.
import { describe, expect, it } from 'vitest';
import { modelBaseline, paperBaseline } from '../../../shared/data';
import { cumulativeEffect, effectAt, OUTPUT_IDS, project, YEARS, type ModelBaseline, type Projection, type ScenarioInputs } from '../../../shared/model';
import { FIXTURE } from './fixture';
import { STATUS_QUO } from './helpers';

const real = modelBaseline();

function failures(p: Projection, check: (e: { value: number; low: number; high: number }) => boolean): string[] {
  const found: string[] = [];
  for (const [region, runs] of Object.entries(p.regions)) {
    for (const output of OUTPUT_IDS) {
      for (let i = 0; i < YEARS.length; i++) {
        const e = effectAt(runs, output, i);
        if (e && !check(e)) found.push(`${region} ${output} ${YEARS[i]}: ${e.low} / ${e.value} / ${e.high}`);
      }
      const total = cumulativeEffect(runs, output, 0, YEARS.length - 1);
      if (total && !check(total)) found.push(`${region} ${output} cumulative: ${total.low} / ${total.value} / ${total.high}`);
    }
  }
  return found;
}

const exactlyZero = (e: { value: number; low: number; high: number }) => Object.is(e.value, 0) && Object.is(e.low, 0) && Object.is(e.high, 0);

describe('the band of an effect', () => {
  it.each<[string, ModelBaseline]>([
    ['the bundled baseline', real],
    ['the paper-anchored baseline', paperBaseline()],
    ['the test fixture', FIXTURE],
  ])('is exactly zero, with the effect, for every output, place and year when no lever is moved (%s)', (_, baseline) => {
    const p = project(baseline, STATUS_QUO);
    let cells = 0;
    for (const runs of Object.values(p.regions)) for (const output of OUTPUT_IDS) for (let i = 0; i < YEARS.length; i++) if (effectAt(runs, output, i)) cells++;
    // Every output has values somewhere: the check is not vacuous.
    expect(cells).toBeGreaterThan(Object.keys(p.regions).length * OUTPUT_IDS.length * 5);
    expect(failures(p, exactlyZero)).toEqual([]);
  });

  it('stays exactly zero after a lever was moved and set back (the runs are reused or rerun, never drift)', () => {
    project(real, { levers: { regularisationRatePerYear: 0.3, remittanceCostTargetPct: 3 }, countries: {}, parameters: {} });
    expect(failures(project(real, STATUS_QUO), exactlyZero)).toEqual([]);
  });

  it('holds the central effect in every cell, and is never inverted', () => {
    const scenario: ScenarioInputs = {
      levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.3, absorptionCapacity: 'low', absorptionInvestmentPctGdp: 0.1 },
      countries: { COL: { regularisationRatePerYear: 0.6 } },
      parameters: { lapseRate: 0.02 },
    };
    const p = project(real, scenario);
    expect(failures(p, (e) => e.low <= e.value && e.value <= e.high)).toEqual([]);
  });

  it('is zero for an output the lever does not reach, where the level band is wide', () => {
    // A cost cap moves remittances, not the number of Venezuelans hosted.
    const p = project(real, { levers: { remittanceCostTargetPct: 2 }, countries: {}, parameters: {} });
    const col = p.regions.COL;
    const runs = p.regions.MEX;
    if (!runs || !col) throw new Error('no MEX or COL');
    const i = YEARS.indexOf(2030);
    expect(effectAt(col, 'venezuelans', i)).toEqual({ value: 0, low: 0, high: 0 });
    expect((col.high.venezuelans[i] ?? 0) - (col.low.venezuelans[i] ?? 0)).toBeGreaterThan(100_000);
    // Where it does reach, the effect's band is far narrower than the level band it used to be shifted from.
    const remittances = effectAt(runs, 'remittancesUsd', i);
    if (!remittances) throw new Error('no remittance effect');
    expect(remittances.value).toBeGreaterThan(0);
    // β's low end is 0 (no extra money from cheaper sending), so the effect ranges from nothing to more than the central.
    expect(remittances.low).toBe(0);
    expect(remittances.high).toBeGreaterThan(remittances.value);
    expect(remittances.high - remittances.low).toBeLessThan(((runs.high.remittancesUsd[i] ?? 0) - (runs.low.remittancesUsd[i] ?? 0)) / 5);
  });

  it('is the within-set difference: low − baseline low and high − baseline high', () => {
    const p = project(real, { levers: { regularisationRatePerYear: 0.4 }, countries: {}, parameters: {} });
    const runs = p.regions.LAC;
    if (!runs) throw new Error('no LAC');
    const i = YEARS.indexOf(2030);
    const e = effectAt(runs, 'formalJobsMigrants', i);
    const ends = [
      (runs.scenario.formalJobsMigrants[i] ?? NaN) - (runs.baseline.formalJobsMigrants[i] ?? NaN),
      (runs.low.formalJobsMigrants[i] ?? NaN) - (runs.baselineLow.formalJobsMigrants[i] ?? NaN),
      (runs.high.formalJobsMigrants[i] ?? NaN) - (runs.baselineHigh.formalJobsMigrants[i] ?? NaN),
    ];
    expect(e).toEqual({ value: ends[0], low: Math.min(...ends), high: Math.max(...ends) });
    expect(e && e.high - e.low).toBeGreaterThan(0);
  });

  it('sums each parameter set over the years before taking the band', () => {
    const p = project(real, { levers: { regularisationRatePerYear: 0.4 }, countries: {}, parameters: {} });
    const runs = p.regions.LAC;
    if (!runs) throw new Error('no LAC');
    const sum = (run: 'low' | 'baselineLow' | 'high' | 'baselineHigh') => runs[run].permitsIssued.reduce<number>((t, v) => t + (v ?? 0), 0);
    const total = cumulativeEffect(runs, 'permitsIssued', 0, YEARS.length - 1);
    const lowSet = sum('low') - sum('baselineLow');
    const highSet = sum('high') - sum('baselineHigh');
    expect(total?.low).toBeCloseTo(Math.min(lowSet, highSet, total?.value ?? NaN), -1);
    expect(total?.high).toBeCloseTo(Math.max(lowSet, highSet, total?.value ?? NaN), -1);
  });
});
