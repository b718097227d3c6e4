// Invariants of the engine, as fast-check properties over random scenarios; run on the fixture and,
// in real-baseline.test.ts, on the bundled 35-country baseline.
import fc from 'fast-check';
import { expect } from 'vitest';
import { OUTPUT_IDS, OUTPUTS, PARAMETER_BY_ID, project, RUN_IDS, YEARS } from '../../../shared/model';
import type { ModelBaseline, ScenarioInputs } from '../../../shared/model';
import { leversArb, scenarioArb } from './arbitraries';

const NON_NEGATIVE = ['remittancesUsd', 'migrantsRegular', 'migrantsIrregular', 'permitsIssued', 'formalJobsMigrants', 'publicCostUsd', 'unmetServiceDemand'] as const;

export function checkStatusQuoEqualsBaseline(baseline: ModelBaseline): void {
  const p = project(baseline, { levers: {}, countries: {}, parameters: {} });
  for (const runs of Object.values(p.regions)) expect(runs.scenario).toStrictEqual(runs.baseline);
}

export function checkNoNaNAndNonNegative(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  fc.assert(
    fc.property(scenarioArb(iso), (scenario) => {
      const p = project(baseline, scenario);
      for (const runs of Object.values(p.regions)) {
        for (const run of RUN_IDS) {
          // Plain checks, one expect per failure: thousands of expect() calls would dominate the run time.
          for (const id of OUTPUT_IDS) {
            const s = runs[run][id];
            if (s.length !== YEARS.length) expect.fail(`${id} has ${s.length} values`);
            for (const v of s) if (v !== null && !Number.isFinite(v)) expect.fail(`${run} ${id} = ${v}`);
          }
          for (const id of NON_NEGATIVE) for (const v of runs[run][id]) if (v !== null && v < 0) expect.fail(`${run} ${id} = ${v} < 0`);
        }
      }
    }),
    { numRuns },
  );
}

/** M_t computed independently: other immigrants grown at g_O + Venezuelans scaled along the path knots. */
function migrantStock(baseline: ModelBaseline, scenario: ScenarioInputs, iso3: string, year: number): number {
  const c = baseline.countries.find((x) => x.iso3 === iso3);
  if (!c) throw new Error(iso3);
  const val = (id: string): number => scenario.parameters[id] ?? (PARAMETER_BY_ID as Record<string, { default: number }>)[id]?.default ?? NaN;
  const path = scenario.countries[iso3]?.inflowPath ?? scenario.levers.inflowPath ?? 'central';
  const name = path[0]?.toUpperCase() + path.slice(1);
  const knots: [number, number][] = [[2019, val('venezuelansAbroad2019')], [2020, val(`inflow${name}2020`)], [2025, val(`inflow${name}2025`)], [2030, val(`inflow${name}2030`)]];
  let w = knots[0]?.[1] ?? NaN;
  for (let k = 1; k < knots.length; k++) {
    const [y0, v0] = knots[k - 1] as [number, number];
    const [y1, v1] = knots[k] as [number, number];
    if (year > y0 && year <= y1) w = v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
  }
  return c.otherImmigrants2019 * (1 + val('otherImmigrantGrowthRate')) ** (year - 2019) + c.venezuelans2019 * (w / val('venezuelansAbroad2019'));
}

export function checkRegularPlusIrregularIsStock(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  fc.assert(
    fc.property(scenarioArb(iso), (scenario) => {
      const p = project(baseline, scenario);
      for (const c of baseline.countries) {
        const s = p.regions[c.iso3]?.scenario;
        for (let i = 1; i < YEARS.length; i++) {
          const m = migrantStock(baseline, scenario, c.iso3, YEARS[i] ?? 0);
          const sum = (s?.migrantsRegular[i] ?? NaN) + (s?.migrantsIrregular[i] ?? NaN);
          if (!(Math.abs(sum - m) <= Math.max(1e-6, m * 1e-9))) expect.fail(`${c.iso3} ${YEARS[i]}: I + G = ${sum}, M = ${m}`);
        }
      }
    }),
    { numRuns },
  );
}

export function checkMonotoneLevers(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  const pair = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
  fc.assert(
    fc.property(scenarioArb(iso), pair, fc.tuple(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true })), (scenario, [lo, hi], [c1, c2]) => {
      // Regularisation: a higher rate everywhere never lowers regular migrants.
      const withRate = (rate: number): ScenarioInputs => ({ ...scenario, levers: { ...scenario.levers, regularisationRatePerYear: rate }, countries: {} });
      const a = project(baseline, withRate(lo));
      const b = project(baseline, withRate(hi));
      // Remittance cost: a lower target everywhere never lowers remittances or fee savings.
      const [cheap, dear] = c1 <= c2 ? [c1, c2] : [c2, c1];
      const withCost = (cost: number): ScenarioInputs => ({ ...scenario, levers: { ...scenario.levers, remittanceCostTargetPct: cost }, countries: {} });
      const x = project(baseline, withCost(cheap));
      const y = project(baseline, withCost(dear));
      for (const region of Object.keys(a.regions)) {
        for (let i = 0; i < YEARS.length; i++) {
          const ga = a.regions[region]?.scenario.migrantsRegular[i];
          const gb = b.regions[region]?.scenario.migrantsRegular[i];
          if (ga != null && gb != null && gb < ga - Math.abs(ga) * 1e-12) expect.fail(`${region}: regular ${gb} at rate ${hi} < ${ga} at rate ${lo}`);
          for (const id of ['remittancesUsd', 'feeSavingsUsd'] as const) {
            const vx = x.regions[region]?.scenario[id][i];
            const vy = y.regions[region]?.scenario[id][i];
            if (vx != null && vy != null && vx < vy - Math.abs(vy) * 1e-12) expect.fail(`${region} ${id}: ${vx} at cost ${cheap} < ${vy} at cost ${dear}`);
          }
        }
      }
    }),
    { numRuns },
  );
}

export function checkFeeSavingsConvention(baseline: ModelBaseline, numRuns: number): void {
  fc.assert(
    fc.property(leversArb, (levers) => {
      // No pinned parameters, so the scenario's baseline flow is the baseline run's flow.
      const p = project(baseline, { levers, countries: {}, parameters: {} });
      for (const c of baseline.countries) {
        const runs = p.regions[c.iso3];
        const target = levers.remittanceCostTargetPct ?? c.remittanceCostPct;
        const year = levers.remittanceCostTargetYear ?? 2030;
        for (let i = 0; i < YEARS.length; i++) {
          const flow = runs?.baseline.remittancesUsd[i];
          const saving = runs?.scenario.feeSavingsUsd[i];
          if (flow == null) {
            if (saving !== null) expect.fail(`${c.iso3}: saving without a flow`);
            continue;
          }
          const t = YEARS[i] ?? 0;
          const s = Math.min(1, Math.max(0, (t - 2020) / (year - 2020)));
          const expected = ((s * (c.remittanceCostPct - target)) / 100) * flow;
          if (!(Math.abs((saving ?? NaN) - expected) <= Math.abs(expected) * 1e-9 + 1e-6)) expect.fail(`${c.iso3} ${t}: saving ${saving}, expected ${expected}`);
        }
      }
    }),
    { numRuns },
  );
}

export function checkAggregates(baseline: ModelBaseline, scenario: ScenarioInputs): void {
  const p = project(baseline, scenario);
  const members: Record<string, string[]> = { LAC: [], CAR: [], CAM: [], SAM: [] };
  const agg = { Caribbean: 'CAR', 'Central America': 'CAM', 'South America': 'SAM' } as const;
  for (const c of baseline.countries) {
    members.LAC?.push(c.iso3);
    members[agg[c.subregion]]?.push(c.iso3);
  }
  for (const [region, isos] of Object.entries(members)) {
    for (const run of RUN_IDS) {
      for (const def of OUTPUTS) {
        for (let i = 0; i < YEARS.length; i++) {
          const actual = p.regions[region]?.[run][def.id][i];
          if (def.additive) {
            const values = isos.map((iso) => p.regions[iso]?.[run][def.id][i]).filter((v): v is number => v != null);
            if (values.length === 0) expect(actual).toBeNull();
            else {
              const sum = values.reduce((a, b) => a + b, 0);
              expect(Math.abs((actual ?? NaN) - sum)).toBeLessThanOrEqual(Math.abs(sum) * 1e-9 + 1e-6);
            }
          } else {
            // Recomputed ratio: Σremittances / ΣGDP over countries with both, where GDP = remittances / ratio.
            let r = 0;
            let g = 0;
            for (const iso of isos) {
              const rem = p.regions[iso]?.[run].remittancesUsd[i];
              const pct = p.regions[iso]?.[run].remittancesPctGdp[i];
              if (rem != null && pct != null && pct > 0) {
                r += rem;
                g += (rem / pct) * 100;
              }
            }
            if (g === 0) expect(actual).toBeNull();
            else expect(Math.abs((actual ?? NaN) - (r / g) * 100)).toBeLessThanOrEqual(1e-9);
          }
        }
      }
    }
  }
}
