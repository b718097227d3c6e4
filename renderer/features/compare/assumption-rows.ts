// The "changed assumptions" half of the comparison table, also the closing slide of a presentation: every lever,
// per-country override and advanced parameter that at least one scenario sets, with each scenario's value and the
// baseline's, written as people read them. Pure: tested under node.
import type { LeverDef, ParameterDef, RegionId } from '../../../shared/model/types';
import type { ScenarioDocument } from '../../../shared/scenario/document';
import { formatPlain } from '../../i18n/format';
import { tMaybe } from '../../i18n/t';
import { baselineText, displayUnit, shownBaseline } from '../levers/display-units';

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

/** A lever's baseline value for a place (Engine.leverBaseline): null where it varies by country. */
export type LeverBaseline = (lever: LeverDef, region: RegionId) => number | string | null;

/** The baseline value of a row for a place; null where it varies by country and the place is a region. */
export function baselineOf(row: AssumptionRow, leverBaseline: LeverBaseline, region: RegionId): number | string | null {
  return row.kind === 'parameter' ? (row.def as ParameterDef).default : leverBaseline(row.def as LeverDef, row.country ?? region);
}

/**
 * A value as people read it ("30 % per year", "High", "2028"); `fallback` where the scenario leaves the baseline
 * value. A setting the user chose is shown as set; a measured baseline (`measured`) by the screen's one rounding rule,
 * exactly as the lever panel shows it ("7.92 %").
 */
export function formatAssumption(row: AssumptionRow, value: number | string | null | undefined, fallback: string, measured = false): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return tMaybe(`levers.choice.${value}`, value);
  // A year reads as itself ("2028"), not "2028 year".
  if (row.def.unit === 'year') return formatPlain(value, 0);
  const { unit, scale } = displayUnit(row.def.unit);
  if (measured) return baselineText(shownBaseline(value * scale, row.def.unit), row.def.unit, unit);
  return `${formatPlain(value * scale, 2)} ${unit}`;
}

/**
 * Rows where some scenario's value really differs from the baseline: a lever dragged away and back to its
 * baseline value is still stored, but changes nothing, so it is left out. Values the place's baseline does not
 * pin down (a per-country baseline over a region) count as different.
 */
export function changedRows(rows: readonly AssumptionRow[], leverBaseline: LeverBaseline, region: RegionId): AssumptionRow[] {
  return rows.filter((row) => {
    const baseline = baselineOf(row, leverBaseline, region);
    return row.values.some((v) => !isBaselineValue(v, baseline));
  });
}

/** True where a scenario's value changes nothing: unset, or equal to a baseline the place pins down. */
export function isBaselineValue(value: number | string | undefined, baseline: number | string | null): boolean {
  if (value === undefined) return true;
  if (baseline === null) return false;
  return typeof value === 'number' && typeof baseline === 'number' ? Math.abs(value - baseline) <= 1e-12 : value === baseline;
}
