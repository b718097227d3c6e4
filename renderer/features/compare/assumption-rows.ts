// The "changed assumptions" half of the comparison table: every lever, per-country override and advanced parameter
// that at least one compared scenario sets, with each scenario's value and the baseline's. Pure: tested under node.
import type { LeverDef, ParameterDef } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario/document';

export interface AssumptionRow {
  id: string;
  kind: 'lever' | 'override' | 'parameter';
  /** The lever or parameter definition the values belong to. */
  def: LeverDef | ParameterDef;
  /** ISO3 code for a per-country override. */
  country: string | null;
  /** Per scenario, in order; undefined where the scenario leaves the baseline value. */
  values: (number | string | undefined)[];
}

export function assumptionRows(docs: readonly ScenarioDocument[], levers: readonly LeverDef[], parameters: readonly ParameterDef[]): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const def of levers) {
    const values = docs.map((d) => d.levers[def.id]);
    if (values.some((v) => v !== undefined)) rows.push({ id: `lever:${def.id}`, kind: 'lever', def, country: null, values });
  }
  const countries = [...new Set(docs.flatMap((d) => Object.keys(d.countries)))].sort();
  for (const country of countries) {
    for (const def of levers) {
      const values = docs.map((d) => d.countries[country]?.[def.id]);
      if (values.some((v) => v !== undefined)) rows.push({ id: `override:${country}:${def.id}`, kind: 'override', def, country, values });
    }
  }
  for (const def of parameters) {
    const values = docs.map((d) => d.parameters[def.id]);
    if (values.some((v) => v !== undefined)) rows.push({ id: `parameter:${def.id}`, kind: 'parameter', def, country: null, values });
  }
  return rows;
}
