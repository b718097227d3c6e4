// One-at-a-time sensitivity: each parameter at its low and at its high value, every other parameter
// at its scenario value, for one output, region and year. Only the countries in the region are run,
// only as far down the module chain as the output needs; parameters of modules the output does not
// depend on get a zero swing without running.
import { parameterDefs } from './catalogue';
import { DEPTH_MODULES, OUTPUT_DEPTH, OUTPUT_SERIES, runCountry, type RunDepth } from './country-run';
import { resolveLevers } from './levers';
import type { ParamValues, ParameterId } from './parameter-ids';
import { parameterRange, parameterValues, withParameter } from './parameters';
import { countryInRegion } from './regions';
import { runContext } from './run-context';
import type { CountryInputs, ModelBaseline, OutputId, RegionId, ScenarioInputs, SensitivityRow } from './types';
import { SDG_YEAR, YEARS } from './years';
import { assertValidBaseline, assertValidScenario } from './validate';
import { Workspace } from './workspace';

function evaluate(
  countries: readonly CountryInputs[],
  scenario: ScenarioInputs,
  p: ParamValues,
  output: OutputId,
  yearIndex: number,
  depth: RunDepth,
  ws: Workspace,
  baseline: ModelBaseline,
  central: ParamValues = p,
): number {
  const ctx = runContext(p, 'default', baseline.inflowKnots, central);
  let sum = 0;
  let gdp = 0;
  let any = false;
  for (const country of countries) {
    runCountry(country, resolveLevers(country, scenario, p), ctx, ws, depth);
    if (output === 'remittancesPctGdp' || output === 'remittanceCostPct') {
      // Ratio of sums, as in the aggregates; for one country this is its own ratio.
      const pct = output === 'remittancesPctGdp';
      const w = ws.formalBaseline[yearIndex] ?? NaN;
      const r = pct ? (ws.formal[yearIndex] ?? NaN) : (ws.price[yearIndex] ?? NaN) * w;
      const g = pct ? (ws.gdp[yearIndex] ?? NaN) : w;
      if (Number.isFinite(r) && Number.isFinite(g)) {
        sum += r;
        gdp += g;
        any = true;
      }
    } else {
      const v = OUTPUT_SERIES[output](ws)[yearIndex] ?? NaN;
      if (Number.isFinite(v)) {
        sum += v;
        any = true;
      }
    }
  }
  if (!any) return NaN;
  if (output === 'remittancesPctGdp') return gdp > 0 ? (sum / gdp) * 100 : NaN;
  if (output === 'remittanceCostPct') return gdp > 0 ? sum / gdp : NaN;
  return sum;
}

export function sensitivity(
  baseline: ModelBaseline,
  scenario: ScenarioInputs,
  output: OutputId,
  region: RegionId,
  year = SDG_YEAR,
): SensitivityRow[] {
  assertValidBaseline(baseline);
  assertValidScenario(scenario, baseline);
  const yearIndex = YEARS.indexOf(year);
  if (yearIndex < 0) throw new Error(`Sensitivity year ${year} is outside ${YEARS[0]}–${YEARS[YEARS.length - 1]}`);
  const countries = baseline.countries.filter((c) => countryInRegion(c.iso3, c.subregion, region));
  if (countries.length === 0) throw new Error(`Sensitivity: no country in region ${region}`);
  const depth = OUTPUT_DEPTH[output];
  const upstream = DEPTH_MODULES[depth];
  const ws = new Workspace();
  const centralValues = parameterValues('default', scenario.parameters, baseline.parameterOverrides);
  const central = evaluate(countries, scenario, centralValues, output, yearIndex, depth, ws, baseline);
  if (!Number.isFinite(central)) throw new Error(`Sensitivity: ${output} has no value for ${region} in ${year}`);

  const rows: SensitivityRow[] = [];
  for (const def of parameterDefs()) {
    const id = def.id as ParameterId;
    const range = parameterRange(def, baseline.parameterOverrides);
    let atLow = central;
    let atHigh = central;
    if (upstream.includes(def.module)) {
      const current = centralValues[id];
      if (range.low !== current) atLow = evaluate(countries, scenario, withParameter(centralValues, id, range.low), output, yearIndex, depth, ws, baseline, centralValues);
      if (range.high !== current) atHigh = evaluate(countries, scenario, withParameter(centralValues, id, range.high), output, yearIndex, depth, ws, baseline, centralValues);
    }
    rows.push({ parameterId: id, atLow, atHigh, central, swing: Math.max(Math.abs(atLow - central), Math.abs(atHigh - central)) });
  }
  rows.sort((a, b) => b.swing - a.swing || a.parameterId.localeCompare(b.parameterId));
  return rows;
}
