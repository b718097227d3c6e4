// One-at-a-time sensitivity: rows for every parameter, sorted by swing, consistent with project().
import { describe, expect, it } from 'vitest';
import { parameterDef, parameterDefs, project, sensitivity, type ParameterId } from '../../../shared/model';
import { FIXTURE } from './fixture';
import { at } from './helpers';

const scenario = { levers: { remittanceCostTargetPct: 3, regularisationRatePerYear: 0.5 }, countries: {}, parameters: {} };

describe('sensitivity', () => {
  const rows = sensitivity(FIXTURE, scenario, 'netFiscalUsd', 'SAM');

  it('has one row per parameter, sorted by swing', () => {
    expect(rows.map((r) => r.parameterId).sort()).toEqual(parameterDefs().map((p) => p.id).sort());
    for (let k = 1; k < rows.length; k++) expect(rows[k - 1]?.swing).toBeGreaterThanOrEqual(rows[k]?.swing ?? Infinity);
  });

  it('central equals the projection, and a row equals the projection with that parameter pinned', () => {
    const p = project(FIXTURE, scenario);
    expect(rows[0]?.central).toBeCloseTo(at(p.regions.SAM?.scenario.netFiscalUsd, 2030), 3);
    const top = rows[0];
    if (!top) throw new Error('no rows');
    const pinned = project(FIXTURE, { ...scenario, parameters: { [top.parameterId]: parameterDef(top.parameterId as ParameterId).high } });
    expect(top.atHigh).toBeCloseTo(at(pinned.regions.SAM?.scenario.netFiscalUsd, 2030), 3);
  });

  it('parameters outside the output’s modules have zero swing; in-module ones move it', () => {
    const rem = sensitivity(FIXTURE, scenario, 'remittancesUsd', 'MEX', 2025);
    const byId = Object.fromEntries(rem.map((r) => [r.parameterId, r]));
    expect(byId.lapseRate?.swing).toBe(0);
    expect(byId.costSemiElasticity?.swing).toBeGreaterThan(0);
    expect(byId.costSemiElasticity?.atLow).toBeLessThan(byId.costSemiElasticity?.central ?? 0); // β = 0: no volume response
  });

  it('remittances/GDP is a ratio of sums for an aggregate', () => {
    const r = sensitivity(FIXTURE, scenario, 'remittancesPctGdp', 'LAC');
    const p = project(FIXTURE, scenario);
    expect(r[0]?.central).toBeCloseTo(at(p.regions.LAC?.scenario.remittancesPctGdp, 2030), 10);
  });

  it('explains a region or year without a value', () => {
    expect(() => sensitivity(FIXTURE, scenario, 'remittancesUsd', 'VEN')).toThrow(/no value for VEN/);
    expect(() => sensitivity(FIXTURE, scenario, 'remittancesUsd', 'XXX')).toThrow(/no country in region XXX/);
    expect(() => sensitivity(FIXTURE, scenario, 'remittancesUsd', 'MEX', 2040)).toThrow(/outside 2018–2035/);
  });
});

describe('low and high runs', () => {
  it('move each parameter the way that lowers (raises) the output, except those the user pinned', () => {
    // β pinned at 1: the volume response is the same in low, scenario and high; without it, β's range widens the band.
    const capped = { levers: { remittanceCostTargetPct: 3 }, countries: {}, parameters: {} };
    const free = project(FIXTURE, capped).regions.MEX;
    const pinned = project(FIXTURE, { ...capped, parameters: { costSemiElasticity: 1, momentumPersistence: 0.7, gdpGrowthRate: 0.04 } }).regions.MEX;
    expect(pinned?.low.remittancesUsd).toEqual(pinned?.scenario.remittancesUsd);
    expect(at(free?.low.remittancesUsd, 2030)).toBeLessThan(at(free?.scenario.remittancesUsd, 2030));
    // β's low end (0) gives no volume response at all.
    expect(at(free?.low.remittancesUsd, 2030)).toBeCloseTo(36_526_000_000 * 1.04 ** 12, 0);
  });

  it('per-country overrides beat scenario levers, which beat baselines', () => {
    const p = project(FIXTURE, { levers: { remittanceCostTargetPct: 3 }, countries: { MEX: { remittanceCostTargetPct: 5.2 } }, parameters: {} });
    expect(p.regions.MEX?.scenario.feeSavingsUsd.every((v) => v === 0)).toBe(true); // MEX keeps its own 5.2%
    expect(at(p.regions.PER?.scenario.feeSavingsUsd, 2030)).toBeGreaterThan(0);
  });
});
