// Checks what project() and sensitivity() are given, with messages a user can act on.
// Files and IPC payloads are parsed by the scenario codec (shared/scenario), which uses the same checks.
import { findLeverDef, findParameterDef } from './catalogue';
import { checkLeverValue, checkParameterValue } from './value-checks';
import type { Levers, ModelBaseline, ScenarioInputs, YearValues } from './types';
import { N_YEARS } from './years';

function checkLevers(levers: Levers, where: string, problems: string[]): void {
  for (const [id, value] of Object.entries(levers)) {
    if (value === undefined) continue;
    const def = findLeverDef(id);
    const problem = def ? checkLeverValue(def, value, `${where}.${id}`) : `${where}.${id} is not a lever`;
    if (problem) problems.push(problem);
  }
}

/** Problems with a scenario, in words; empty when it can be projected. */
export function scenarioProblems(scenario: ScenarioInputs, baseline?: ModelBaseline): string[] {
  const problems: string[] = [];
  checkLevers(scenario.levers, 'levers', problems);
  const known = baseline ? new Set(baseline.countries.map((c) => c.iso3)) : null;
  for (const [iso3, levers] of Object.entries(scenario.countries)) {
    if (known && !known.has(iso3)) problems.push(`countries.${iso3} is not in the baseline data`);
    checkLevers(levers, `countries.${iso3}`, problems);
  }
  for (const [id, value] of Object.entries(scenario.parameters)) {
    const def = findParameterDef(id);
    const problem = def ? checkParameterValue(def, value, `parameters.${id}`) : `parameters.${id} is not a model parameter`;
    if (problem) problems.push(problem);
  }
  return problems;
}

export function assertValidScenario(scenario: ScenarioInputs, baseline?: ModelBaseline): void {
  const problems = scenarioProblems(scenario, baseline);
  if (problems.length > 0) throw new Error(`Invalid scenario:\n  ${problems.join('\n  ')}`);
}

const checkedBaselines = new WeakSet<ModelBaseline>();

function checkSeries(values: YearValues, what: string, problems: string[], positive = false): void {
  if (values.length !== N_YEARS) problems.push(`${what} has ${values.length} values, expected ${N_YEARS}`);
  for (const v of values) {
    if (v !== null && (!Number.isFinite(v) || v < 0 || (positive && v === 0))) {
      problems.push(`${what} must hold numbers ${positive ? '> 0' : '>= 0'} or null, got ${String(v)}`);
      return;
    }
  }
}

/** Checks the baseline once per object: the engine divides by and multiplies these numbers. */
export function assertValidBaseline(baseline: ModelBaseline): void {
  if (checkedBaselines.has(baseline)) return;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of baseline.countries) {
    if (seen.has(c.iso3)) problems.push(`${c.iso3}: listed twice`);
    seen.add(c.iso3);
    const nonNegative: [string, number | null][] = [
      ['population2019', c.population2019],
      ['gdp2018Usd', c.gdp2018Usd],
      ['remittances2018Usd', c.remittances2018Usd],
      ['remittanceCostPct', c.remittanceCostPct],
      ['otherImmigrants2019', c.otherImmigrants2019],
      ['venezuelans2019', c.venezuelans2019],
      ['emigrants2019', c.emigrants2019],
    ];
    for (const [field, value] of nonNegative) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) problems.push(`${c.iso3}: ${field} must be a number >= 0, got ${String(value)}`);
    }
    // Divisors: a zero population or GDP would turn ratios and per-capita scaling into Infinity.
    if (!(c.population2019 > 0)) problems.push(`${c.iso3}: population2019 must be > 0`);
    if (c.gdp2018Usd !== null && !(c.gdp2018Usd > 0)) problems.push(`${c.iso3}: gdp2018Usd must be > 0 or null`);
    const share = c.venezuelanIrregularShare2019;
    if (share !== null && !(share >= 0 && share <= 1)) problems.push(`${c.iso3}: venezuelanIrregularShare2019 must be from 0 to 1, got ${String(share)}`);
    if (c.history) {
      checkSeries(c.history.gdpUsd, `${c.iso3}: history.gdpUsd`, problems, true);
      checkSeries(c.history.remittancesUsd, `${c.iso3}: history.remittancesUsd`, problems);
      checkSeries(c.history.remittancesPctGdp, `${c.iso3}: history.remittancesPctGdp`, problems);
      checkSeries(c.history.remittanceCostPct, `${c.iso3}: history.remittanceCostPct`, problems);
      checkSeries(c.history.venezuelans, `${c.iso3}: history.venezuelans`, problems);
      checkSeries(c.history.immigrants, `${c.iso3}: history.immigrants`, problems);
    }
    if (c.programmes) {
      for (const key of ['permits', 'newlyRegularised', 'newlyRegularisedTimeLimited', 'lapses'] as const) checkSeries(c.programmes[key], `${c.iso3}: programmes.${key}`, problems);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid model baseline ${baseline.datasetId}:\n  ${problems.join('\n  ')}`);
  checkedBaselines.add(baseline);
}
