// Where Compare opens (the place and output where the chosen scenarios differ most), what it draws for a scenario
// equal to the baseline, and the projections it keeps. Small hand-made projections pin the rule down; the real
// engine checks it picks the country a scenario is about.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { createProjectionCache, inputsKey } from '../../../renderer/compute/projection-cache';
import { compareLines } from '../../../renderer/features/compare/compare-data';
import {
  candidateOutputs, candidatePlaces, openingSpot, relativeSpread, whereTheyDifferMost,
} from '../../../renderer/features/compare/differ-most';
import { CURRENT_SCENARIO, keepExisting } from '../../../renderer/features/compare/scenario-colours';
import { OUTPUT_IDS, RUN_IDS, YEARS, type OutputId, type Projection, type ScenarioInputs } from '../../../shared/model/types';
import { defaultScenario, toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';

const at2030 = YEARS.indexOf(2030);

/** Values of one output at one place: the baseline's and the scenario's in 2030, the baseline's in every other year. */
interface Cell {
  baseline: number;
  scenario: number;
  /** The baseline in the other years (its size over the horizon); `baseline` where left out. */
  elsewhere?: number;
}

/** A projection of the given places and outputs (every other output null), one per scenario value. */
function projection(cells: Record<string, Partial<Record<OutputId, Cell>>>): Projection {
  const regions: Projection['regions'] = {};
  for (const [place, outputs] of Object.entries(cells)) {
    const series = (pick: (c: Cell) => number, other: (c: Cell) => number) =>
      Object.fromEntries(OUTPUT_IDS.map((o) => {
        const c = outputs[o];
        return [o, YEARS.map((_, i) => (c === undefined ? null : i === at2030 ? pick(c) : other(c)))];
      })) as Projection['regions'][string]['baseline'];
    const base = series((c) => c.baseline, (c) => c.elsewhere ?? c.baseline);
    const scen = series((c) => c.scenario, (c) => c.elsewhere ?? c.baseline);
    regions[place] = Object.fromEntries(RUN_IDS.map((run) => [run, run === 'baseline' ? base : scen])) as Projection['regions'][string];
  }
  return { years: YEARS, regions };
}

describe('Compare opens where the scenarios differ most', () => {
  it('measures the spread of the 2030 values against the baseline’s size, so a small place can win', () => {
    // Mexico: 1,000,000 → 1,100,000 and 1,200,000 (a fifth of its baseline); Belize: 1,000 → 1,000 and 1,500 (half).
    const a = projection({ LAC: { migrantsRegular: { baseline: 1e6, scenario: 1.1e6 } }, BLZ: { migrantsRegular: { baseline: 1000, scenario: 1000 } } });
    const b = projection({ LAC: { migrantsRegular: { baseline: 1e6, scenario: 1.2e6 } }, BLZ: { migrantsRegular: { baseline: 1000, scenario: 1500 } } });
    const spot = whereTheyDifferMost(a, [a, b], ['LAC', 'BLZ'], ['migrantsRegular']);
    expect(spot).toMatchObject({ region: 'BLZ', output: 'migrantsRegular' });
    expect(spot?.score).toBeCloseTo(0.5);
    expect(relativeSpread(a, [a, b], { region: 'LAC', output: 'migrantsRegular' })).toBeCloseTo(0.2);
  });

  it('counts the baseline: scenarios that agree with each other but not with the baseline still differ', () => {
    const a = projection({ LAC: { remittancesUsd: { baseline: 100, scenario: 130 } } });
    expect(relativeSpread(a, [a, a], { region: 'LAC', output: 'remittancesUsd' })).toBeCloseTo(0.3);
  });

  it('sizes the baseline over every year, so an output crossing zero near 2030 does not look infinitely changed', () => {
    const a = projection({ LAC: { gdpContributionUsd: { baseline: 0.001, scenario: 10, elsewhere: 100 } } });
    expect(relativeSpread(a, [a], { region: 'LAC', output: 'gdpContributionUsd' })).toBeCloseTo(0.1);
  });

  it('sizes the net fiscal balance by the taxes and costs it balances', () => {
    const flows = { taxRevenueUsd: { baseline: 300, scenario: 300 }, publicCostUsd: { baseline: 299, scenario: 299 } };
    const a = projection({ LAC: { ...flows, netFiscalUsd: { baseline: 1, scenario: 61 } } });
    expect(relativeSpread(a, [a], { region: 'LAC', output: 'netFiscalUsd' })).toBeCloseTo(60 / 599);
  });

  it('leaves out outputs whose baseline is zero throughout, and answers null where nothing differs', () => {
    const a = projection({ LAC: { feeSavingsUsd: { baseline: 0, scenario: 5 }, immigrants: { baseline: 50, scenario: 50 } } });
    expect(relativeSpread(a, [a], { region: 'LAC', output: 'feeSavingsUsd' })).toBeNull();
    expect(whereTheyDifferMost(a, [a], ['LAC'], ['feeSavingsUsd', 'immigrants'])).toBeNull();
  });

  it('on a tie, takes the earlier place, then the earlier output', () => {
    const same = { baseline: 10, scenario: 12 };
    const a = projection({ LAC: { immigrants: same, venezuelans: same }, COL: { immigrants: same, venezuelans: same } });
    expect(whereTheyDifferMost(a, [a], ['COL', 'LAC'], ['venezuelans', 'immigrants'])).toMatchObject({ region: 'COL', output: 'venezuelans' });
  });

  it('looks at the region, each scenario’s own place and its countries with own levers, and at the outputs they chart', () => {
    const mine: ScenarioDocument = { ...defaultScenario('A'), view: { region: 'CAM', lens: 'host', charts: ['migrantsRegular', 'nonsense'] }, countries: { PER: {}, COL: { regularisationRatePerYear: 0.2 } } };
    const other: ScenarioDocument = { ...defaultScenario('B'), view: { region: 'LAC', lens: 'origin', charts: ['remittancesUsd', 'migrantsRegular'] } };
    expect(candidatePlaces([mine, other])).toEqual(['LAC', 'CAM', 'COL', 'PER']);
    expect(candidateOutputs([mine, other])).toEqual(['migrantsRegular', 'remittancesUsd']);
    expect(candidateOutputs([{ view: { region: 'LAC', lens: 'host', charts: [] } }])).toEqual([...OUTPUT_IDS]);
  });

  it('with the real model, a scenario for one country opens on that country, at the best candidate there is', () => {
    const engine = createEngine();
    const baseline = engine.project({ levers: {}, countries: {}, parameters: {} });
    const docs: ScenarioDocument[] = [
      { ...defaultScenario('Status quo') },
      { ...defaultScenario('Colombia regularises'), countries: { COL: { regularisationRatePerYear: 0.5 } } },
    ];
    const projections = docs.map((d) => engine.project(toScenarioInputs(d)));
    const spot = openingSpot(docs, baseline, projections);
    expect(spot?.region).toBe('COL');
    for (const region of candidatePlaces(docs)) {
      for (const output of candidateOutputs(docs)) {
        expect(relativeSpread(baseline, projections, { region, output }) ?? 0).toBeLessThanOrEqual(spot?.score ?? 0);
      }
    }
    // Two scenarios equal to the baseline differ nowhere: Compare stays where it is.
    expect(openingSpot([docs[0] as ScenarioDocument, docs[0] as ScenarioDocument], baseline, [baseline, baseline])).toBeNull();
  });
});

describe('what Compare draws', () => {
  const engine = createEngine();
  const baseline = engine.project({ levers: {}, countries: {}, parameters: {} });
  const more = engine.project({ levers: { regularisationRatePerYear: 0.5 }, countries: {}, parameters: {} });
  const observed = engine.observed('migrantsRegular', 'LAC');

  it('a scenario equal to the baseline runs along it, with a zero difference and a band around it', () => {
    const lines = compareLines(baseline, [baseline, more], 'LAC', 'migrantsRegular', observed);
    const equal = lines?.scenarios[0] ?? [];
    const projected = equal.filter((r) => r.scenario !== null);
    expect(projected.length).toBeGreaterThan(5);
    for (const row of projected) {
      const base = lines?.baseline.find((b) => b.year === row.year);
      expect(row.scenario).toBe(base?.baseline);
      expect(row.diff).toBe(0);
      expect(row.band?.[0]).toBeLessThanOrEqual(row.scenario ?? 0);
      expect(row.band?.[1]).toBeGreaterThanOrEqual(row.scenario ?? 0);
    }
    // The other scenario rises above the baseline; the observed history is drawn once, from the baseline's rows.
    expect(lines?.scenarios[1]?.at(-1)?.diff ?? 0).toBeGreaterThan(0);
    expect(lines?.baseline.filter((r) => r.observed !== null).length).toBe(observed.points.length);
    expect(compareLines(baseline, [more], 'XXX', 'migrantsRegular', observed)).toBeNull();
  });
});

describe('projections kept by their inputs', () => {
  it('runs a scenario once, whatever order its levers were set in, and lets the oldest go past its limit', () => {
    let runs = 0;
    const fake = (): Projection => {
      runs += 1;
      return { years: [runs], regions: {} };
    };
    const cache = createProjectionCache(fake, 2);
    const one: ScenarioInputs = { levers: { regularisationRatePerYear: 0.2, inflowPath: 'high' }, countries: {}, parameters: {} };
    const same: ScenarioInputs = { levers: { inflowPath: 'high', regularisationRatePerYear: 0.2 }, countries: {}, parameters: {} };
    expect(inputsKey(one)).toBe(inputsKey(same));
    const first = cache.project(one);
    expect(cache.project(same)).toBe(first);
    cache.project({ levers: {}, countries: {}, parameters: {} });
    cache.project({ levers: { inflowPath: 'low' }, countries: {}, parameters: {} });
    expect(cache.runs()).toBe(3);
    // `one` was the oldest: it runs again.
    expect(cache.project(one)).not.toBe(first);
    expect(cache.runs()).toBe(4);
  });

  it('keeps the scenario on screen in the comparison when the library is reloaded', () => {
    const selection = [{ ref: CURRENT_SCENARIO, colour: '#0072B2' }, { ref: 'gone', colour: '#E69F00' }, { ref: 'kept', colour: '#009E73' }];
    expect(keepExisting(selection, new Set(['kept'])).map((c) => c.ref)).toEqual([CURRENT_SCENARIO, 'kept']);
  });
});
