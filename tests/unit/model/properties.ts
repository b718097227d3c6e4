// Invariants of the engine, as fast-check properties over random scenarios; run on the fixture and, in
// real-baseline.test.ts, on the bundled 35-country baseline anchored at its observed record.
import fc from 'fast-check';
import { expect } from 'vitest';
import { OUTPUT_IDS, outputDefs, parameterDef, project, RUN_IDS, YEARS } from '../../../shared/model';
import type { CountryInputs, Levers, ModelBaseline, OutputId, ParamValues, Projection, ScenarioInputs } from '../../../shared/model';
import { resolveLevers, parameterValues } from '../../../shared/model';
import { accessShare } from '../../../shared/model/absorption';
import { runCountry } from '../../../shared/model/country-run';
import { runContext } from '../../../shared/model/run-context';
import { Workspace } from '../../../shared/model/workspace';
import { rampShare } from '../../../shared/model/remittance-costs';
import { FIRST_PROJECTION_YEAR, SDG_YEAR } from '../../../shared/model/years';
import { leversArb, scenarioArb } from './arbitraries';

const NON_NEGATIVE: readonly OutputId[] = [
  'remittancesUsd', 'feeSavingsUsd', 'remittanceCostPct', 'venezuelans', 'immigrants', 'migrantsRegular', 'migrantsIrregular',
  'permitsIssued', 'permitsCumulative', 'newlyRegularised', 'formalJobsMigrants', 'taxRevenueUsd', 'publicCostUsd', 'unmetServiceDemand',
];

const STATUS_QUO: ScenarioInputs = { levers: {}, countries: {}, parameters: {} };

export function checkStatusQuoEqualsBaseline(baseline: ModelBaseline): void {
  const p = project(baseline, STATUS_QUO);
  for (const runs of Object.values(p.regions)) expect(runs.scenario).toStrictEqual(runs.baseline);
}

/**
 * A projection depends on its inputs only, not on what was projected before: the engine keeps each country's runs
 * between projections (undo and redo show the same numbers as the first time). Compared with a copy of the baseline,
 * which starts with no kept runs.
 */
export function checkHistoryIndependent(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  fc.assert(
    fc.property(fc.array(scenarioArb(iso), { minLength: 2, maxLength: 4 }), (scenarios) => {
      for (const s of scenarios) project(baseline, s);
      const last = scenarios[scenarios.length - 1] as ScenarioInputs;
      expect(project(baseline, last)).toStrictEqual(project({ ...baseline }, last));
    }),
    { numRuns },
  );
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
          for (const id of NON_NEGATIVE) for (const v of runs[run][id]) if (v !== null && v < -1e-6) expect.fail(`${run} ${id} = ${v} < 0`);
        }
      }
    }),
    { numRuns },
  );
}

/** Regular + irregular = the migrant stock, whatever the levers; the stock is Venezuelans plus other immigrants. */
export function checkRegularPlusIrregularIsStock(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  fc.assert(
    fc.property(scenarioArb(iso), (scenario) => {
      const p = project(baseline, scenario);
      for (const c of baseline.countries) {
        const s = p.regions[c.iso3]?.scenario;
        for (let i = 1; i < YEARS.length; i++) {
          const m = s?.immigrants[i] ?? NaN;
          const sum = (s?.migrantsRegular[i] ?? NaN) + (s?.migrantsIrregular[i] ?? NaN);
          if (!(Math.abs(sum - m) <= Math.max(1e-6, m * 1e-9))) expect.fail(`${c.iso3} ${YEARS[i]}: I + G = ${sum}, M = ${m}`);
          if (!((s?.venezuelans[i] ?? NaN) <= m + 1e-6)) expect.fail(`${c.iso3} ${YEARS[i]}: more Venezuelans than immigrants`);
        }
      }
    }),
    { numRuns },
  );
}

const withLevers = (scenario: ScenarioInputs, levers: Levers): ScenarioInputs => ({ ...scenario, levers: { ...scenario.levers, ...levers }, countries: {} });

/** a ≤ b up to rounding. */
const notBelow = (b: number, a: number): boolean => b >= a - Math.abs(a) * 1e-9 - 1e-6;

/**
 * Under every absorption setting, a higher regularisation rate raises (never lowers) regular migrants, permits
 * issued since 2019, taxes paid and public cost. Capital costs are lumpy: with a place costing more than
 * 1/(1 − access) years of its running cost, buying places earlier can cost more in one year than running them later,
 * so that parameter is not pinned here (docs/methodology.md, "Module C").
 */
export function checkRegularisationRaises(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  const pair = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
  const absorption = fc.constantFrom('low', 'medium', 'high', 'custom' as const);
  const scenarios = scenarioArb(iso).map((s) => ({ ...s, parameters: Object.fromEntries(Object.entries(s.parameters).filter(([id]) => id !== 'capitalCostMultiple')) }));
  fc.assert(
    fc.property(scenarios, pair, absorption, (scenario, [lo, hi], absorptionCapacity) => {
      const a = project(baseline, withLevers(scenario, { regularisationRatePerYear: lo, absorptionCapacity }));
      const b = project(baseline, withLevers(scenario, { regularisationRatePerYear: hi, absorptionCapacity }));
      for (const region of Object.keys(a.regions)) {
        for (const id of ['migrantsRegular', 'permitsCumulative', 'taxRevenueUsd', 'publicCostUsd'] as const) {
          const sa = a.regions[region]?.scenario[id] ?? [];
          const sb = b.regions[region]?.scenario[id] ?? [];
          for (let i = 0; i < YEARS.length; i++) {
            const va = sa[i];
            const vb = sb[i];
            if (va != null && vb != null && !notBelow(vb, va)) expect.fail(`${region} ${id} ${YEARS[i]} (${absorptionCapacity}): ${vb} at rate ${hi} < ${va} at rate ${lo}`);
          }
        }
      }
    }),
    { numRuns },
  );
}

/**
 * And strictly: with the parameters at their central values and capacity for everyone (K = M_2019), a rate higher by
 * at least a point raises regular migrants, cumulative permits, taxes and public cost in every year from the policy
 * start, in every country with irregular migrants to regularise (1,000 or more), under every absorption setting. (notBelow alone
 * passes a model in which regularisation changes nothing.) Without investment: places bought earlier can make a later
 * year's public cost lower (the lumpy capital cost above), which the weak property covers.
 */
export function checkRegularisationRaisesStrictly(baseline: ModelBaseline, numRuns: number): void {
  const pair = fc.tuple(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })).map(([a, gap]): [number, number] => [a, Math.min(1, a + gap)]).filter(([a, b]) => b - a >= 0.01);
  const absorption = fc.constantFrom('low', 'medium', 'high', 'custom' as const);
  fc.assert(
    fc.property(leversArb, pair, absorption, (levers, [lo, hi], absorptionCapacity) => {
      const scenario = (rate: number): ScenarioInputs => ({
        levers: { ...levers, processingCapacityShare: 1, regularisationRatePerYear: rate, absorptionCapacity, absorptionInvestmentPctGdp: 0 },
        countries: {},
        parameters: {},
      });
      const a = project(baseline, scenario(lo));
      const b = project(baseline, scenario(hi));
      const start = YEARS.indexOf(levers.policyStartYear ?? FIRST_PROJECTION_YEAR);
      for (const c of baseline.countries) {
        // At least 1,000 irregular migrants to regularise when the policy starts (the runs are identical before it), so
        // the point of rate regularises at least ten people: a change well above rounding.
        if (!((a.regions[c.iso3]?.scenario.migrantsIrregular[start - 1] ?? 0) >= 1000)) continue;
        for (const id of ['migrantsRegular', 'permitsCumulative', 'taxRevenueUsd', 'publicCostUsd'] as const) {
          const sa = a.regions[c.iso3]?.scenario[id] ?? [];
          const sb = b.regions[c.iso3]?.scenario[id] ?? [];
          for (let i = start; i < YEARS.length; i++) {
            const va = sa[i];
            const vb = sb[i];
            if (va == null || vb == null) continue;
            if (!(vb - va > 1e-9 * Math.abs(va))) expect.fail(`${c.iso3} ${id} ${YEARS[i]} (${absorptionCapacity}): ${vb} at rate ${hi} is not above ${va} at rate ${lo}`);
          }
        }
      }
    }),
    { numRuns },
  );
}

/** A cost cap never raises any country's cost, and a lower cap never lowers remittances or fee savings. */
export function checkCostCap(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  const caps = fc.tuple(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }));
  fc.assert(
    fc.property(scenarioArb(iso), caps, (scenario, [c1, c2]) => {
      const [cheap, dear] = c1 <= c2 ? [c1, c2] : [c2, c1];
      const x = project(baseline, withLevers(scenario, { remittanceCostTargetPct: cheap }));
      const y = project(baseline, withLevers(scenario, { remittanceCostTargetPct: dear }));
      for (const c of baseline.countries) {
        const base = x.regions[c.iso3]?.baseline.remittanceCostPct ?? [];
        for (const p of [x, y]) {
          const cost = p.regions[c.iso3]?.scenario.remittanceCostPct ?? [];
          for (let i = 0; i < YEARS.length; i++) {
            if ((cost[i] ?? 0) > (base[i] ?? 0) + 1e-12) expect.fail(`${c.iso3} ${YEARS[i]}: cost ${cost[i]} above its baseline ${base[i]}`);
          }
        }
        for (const id of ['remittancesUsd', 'feeSavingsUsd'] as const) {
          const vx = x.regions[c.iso3]?.scenario[id] ?? [];
          const vy = y.regions[c.iso3]?.scenario[id] ?? [];
          for (let i = 0; i < YEARS.length; i++) {
            const a = vx[i];
            const b = vy[i];
            if (a != null && b != null && !notBelow(a, b)) expect.fail(`${c.iso3} ${id}: ${a} at cap ${cheap} < ${b} at cap ${dear}`);
          }
        }
      }
    }),
    { numRuns },
  );
}

/** Fee savings = ramp share × how far the cap lowers the country's cost × the baseline flow (World Bank/IFAD convention). */
export function checkFeeSavingsConvention(baseline: ModelBaseline, numRuns: number): void {
  fc.assert(
    fc.property(leversArb, (levers) => {
      // No pinned parameters, so the scenario's baseline flow is the baseline run's flow.
      const p = project(baseline, { levers, countries: {}, parameters: {} });
      for (const c of baseline.countries) {
        const runs = p.regions[c.iso3];
        const cap = levers.remittanceCostTargetPct ?? Infinity;
        const target = levers.remittanceCostTargetYear ?? SDG_YEAR;
        const start = levers.policyStartYear ?? FIRST_PROJECTION_YEAR;
        for (let i = 0; i < YEARS.length; i++) {
          const flow = runs?.baseline.remittancesUsd[i];
          const saving = runs?.scenario.feeSavingsUsd[i];
          if (flow == null) {
            if (saving !== null) expect.fail(`${c.iso3}: saving without a flow`);
            continue;
          }
          const cost = runs?.baseline.remittanceCostPct[i] ?? NaN;
          const expected = ((rampShare(YEARS[i] ?? 0, start, target) * Math.max(0, cost - cap)) / 100) * flow;
          if (!(Math.abs((saving ?? NaN) - expected) <= Math.abs(expected) * 1e-9 + 1e-6)) expect.fail(`${c.iso3} ${YEARS[i]}: saving ${saving}, expected ${expected}`);
        }
      }
    }),
    { numRuns },
  );
}

/** One country's central run of a scenario, with the workspace's inner series (investment, places) readable. */
function centralRun(baseline: ModelBaseline, scenario: ScenarioInputs, country: CountryInputs): { ws: Workspace; p: ParamValues } {
  const ctx = runContext(parameterValues('default', scenario.parameters, baseline.parameterOverrides), 'default', baseline.inflowKnots);
  const ws = new Workspace();
  runCountry(country, resolveLevers(country, scenario, ctx.p), ctx, ws);
  return { ws, p: ctx.p };
}

/**
 * Investment (C3) under every absorption setting: it never exceeds its ceiling nor the cost of the places eligible
 * migrants lack (the part of eligible demand existing services do not reach, less places already bought); it is zero
 * once capacity covers eligible demand, and so zero for a country with no migrants of the response; places bought never
 * exceed that gap; and with the money available it closes the gap (it is spent, not just allowed). Eligible demand is
 * read from a run at full access without investment, where services reach all of it (C4).
 */
export function checkInvestmentOnlyWhereUnmet(baseline: ModelBaseline, numRuns: number): void {
  const iso = baseline.countries.map((c) => c.iso3);
  const absorption = fc.constantFrom('low', 'medium', 'high', 'custom' as const);
  fc.assert(
    fc.property(scenarioArb(iso), fc.double({ min: 0.01, max: 1, noNaN: true }), absorption, (scenario, ceiling, absorptionCapacity) => {
      // Full access and no investment: services reach all eligible demand, so `served` is eligible demand.
      const fullAccess = withLevers({ ...scenario, parameters: { ...scenario.parameters, slackHigh: 1 } }, { absorptionCapacity: 'high', absorptionInvestmentPctGdp: 0 });
      const withInvestment = withLevers(scenario, { absorptionCapacity, absorptionInvestmentPctGdp: ceiling });
      const start = YEARS.indexOf(scenario.levers.policyStartYear ?? FIRST_PROJECTION_YEAR);
      for (const c of baseline.countries) {
        const { ws: eligible } = centralRun(baseline, fullAccess, c);
        const { ws, p } = centralRun(baseline, withInvestment, c);
        const access = Math.min(1, accessShare(absorptionCapacity, p));
        for (let i = 1; i < YEARS.length; i++) {
          const inv = ws.investment[i] ?? NaN;
          if (Number.isNaN(inv)) continue;
          const gdp = ws.gdp[i] ?? NaN;
          const scale = ws.scale[i] ?? NaN;
          // Eligible demand per sector (same stocks in both runs: Module C comes last).
          const gapEdu = Math.max(0, (1 - access) * (eligible.servedEducation[i] ?? 0) - (ws.placesEducation[i - 1] ?? 0));
          const gapHealth = Math.max(0, (1 - access) * (eligible.servedHealth[i] ?? 0) - (ws.placesHealth[i - 1] ?? 0));
          const gapCost = p.capitalCostMultiple * scale * (gapEdu * p.educationCostPerPupilUsd + gapHealth * p.healthCostPerEnrolleeUsd);
          const allowed = i < start || !(gdp === gdp) ? 0 : Math.min((ceiling / 100) * gdp, gapCost);
          const tol = 1e-9 * Math.max(gapCost, 1) + 1e-6;
          const where = `${c.iso3} ${YEARS[i]} (${absorptionCapacity}, ceiling ${ceiling}% of GDP)`;
          if (inv > allowed + tol) expect.fail(`${where}: invests ${inv}, more than min(ceiling, cost of the gap) = ${allowed}`);
          if (inv < allowed - tol) expect.fail(`${where}: invests ${inv} although ${allowed} was available for places lacking`);
          if ((ws.clients[i] ?? 0) === 0 && inv !== 0) expect.fail(`${where}: invests ${inv} with no migrants of the response`);
          const boughtEdu = (ws.placesEducation[i] ?? 0) - (ws.placesEducation[i - 1] ?? 0);
          const boughtHealth = (ws.placesHealth[i] ?? 0) - (ws.placesHealth[i - 1] ?? 0);
          if (boughtEdu > gapEdu * (1 + 1e-9) + 1e-6 || boughtHealth > gapHealth * (1 + 1e-9) + 1e-6) expect.fail(`${where}: buys places beyond the gap`);
        }
      }
    }),
    { numRuns },
  );
}

/** low ≤ central ≤ high in every cell of every region, output and year. */
export function checkBandsOrdered(baseline: ModelBaseline, numRuns: number, scenarios = scenarioArb(baseline.countries.map((c) => c.iso3))): void {
  fc.assert(
    fc.property(scenarios, (scenario) => {
      const p = project(baseline, scenario);
      const failures = bandFailures(p);
      if (failures.length) expect.fail(`${failures.length} cells outside their band, e.g. ${failures.slice(0, 3).join('; ')}`);
    }),
    { numRuns },
  );
}

export function bandFailures(p: Projection): string[] {
  const failures: string[] = [];
  for (const [region, runs] of Object.entries(p.regions)) {
    for (const id of OUTPUT_IDS) {
      for (let i = 0; i < YEARS.length; i++) {
        const lo = runs.low[id][i];
        const c = runs.scenario[id][i];
        const hi = runs.high[id][i];
        if (lo == null || c == null || hi == null) continue;
        const tol = 1e-9 * Math.abs(c) + 1e-6;
        if (lo > c + tol || c > hi + tol) failures.push(`${region} ${id} ${YEARS[i]}: ${lo} / ${c} / ${hi}`);
      }
    }
  }
  return failures;
}

/**
 * Sums and ratios of sums. In observed years a country's ratio is WDI's published one while the aggregate divides the
 * sums of remittances and of the GDP implied by that ratio (rounded in the source), so ratios agree to `ratioTolerance`.
 */
export function checkAggregates(baseline: ModelBaseline, scenario: ScenarioInputs, ratioTolerance = 1e-9): void {
  const p = project(baseline, scenario);
  const members: Record<string, string[]> = { LAC: [], CAR: [], CAM: [], SAM: [] };
  const agg = { Caribbean: 'CAR', 'Central America': 'CAM', 'South America': 'SAM' } as const;
  for (const c of baseline.countries) {
    members.LAC?.push(c.iso3);
    members[agg[c.subregion]]?.push(c.iso3);
  }
  for (const [region, isos] of Object.entries(members)) {
    for (const run of RUN_IDS) {
      for (const def of outputDefs()) {
        for (let i = 0; i < YEARS.length; i++) {
          const actual = p.regions[region]?.[run][def.id][i];
          if (def.additive) {
            const values = isos.map((iso) => p.regions[iso]?.[run][def.id][i]).filter((v): v is number => v != null);
            if (values.length === 0) expect(actual).toBeNull();
            else {
              const sum = values.reduce((a, b) => a + b, 0);
              expect(Math.abs((actual ?? NaN) - sum)).toBeLessThanOrEqual(Math.abs(sum) * 1e-9 + 1e-6);
            }
          } else if (run !== 'baseline' && run !== 'scenario') {
            // Low and high runs are assembled output by output; a ratio's sums come from the ratio's own runs.
            continue;
          } else if (def.id === 'remittancesPctGdp') {
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
            else expect(Math.abs((actual ?? NaN) - (r / g) * 100)).toBeLessThanOrEqual(ratioTolerance * Math.max(1, (r / g) * 100));
          } else {
            // A weighted average cost lies between its members' costs (weighted by the remittances they receive).
            const costs = isos.filter((iso) => p.regions[iso]?.[run].remittancesUsd[i] != null).map((iso) => p.regions[iso]?.[run][def.id][i]).filter((v): v is number => v != null);
            if (costs.length === 0) continue;
            expect(actual ?? NaN).toBeGreaterThanOrEqual(Math.min(...costs) - 1e-9);
            expect(actual ?? NaN).toBeLessThanOrEqual(Math.max(...costs) + 1e-9);
          }
        }
      }
    }
  }
}

/** The parameter's default, for tests that compute an expected value by hand. */
export const parameterDefault = (id: Parameters<typeof parameterDef>[0]): number => parameterDef(id).default;
