// The observed history a chart draws: for a country, the observed values behind its history years (each linked to
// its record); for a region, their sum (or ratio of sums) in the years every member with a value was observed.
// Pure, so it is tested under node.
import type { CountryObserved, ObservedOutput, ObservedPoint } from '../../shared/data';
import { OBSERVED_OUTPUTS } from '../../shared/data';
import { countryInRegion } from '../../shared/model/regions';
import type { CountryInputs, OutputId, Projection, RegionId } from '../../shared/model/types';

export interface ObservedLine {
  points: readonly { year: number; value: number }[];
  /** Year of the last observed point, where the projection starts (null: nothing observed). */
  lastObserved: number | null;
}

const NONE: ObservedLine = { points: [], lastObserved: null };

export function isObservedOutput(output: OutputId): output is ObservedOutput {
  return (OBSERVED_OUTPUTS as readonly string[]).includes(output);
}

/**
 * A member may be missing from a region's observed year only where the model's value for it is below this share of
 * the region's total (Barbados' remittances in LAC): the line is still an observation of the region.
 */
export const COVERAGE = 0.01;

function lineOf(points: readonly { year: number; value: number }[]): ObservedLine {
  return { points, lastObserved: points.length ? (points.at(-1)?.year ?? null) : null };
}

interface LineInputs {
  countries: readonly CountryInputs[];
  observed: ReadonlyMap<string, CountryObserved>;
  gdp: ReadonlyMap<string, readonly ObservedPoint[]>;
  /** The baseline projection (the model's values for members without an observation). */
  baseline: Projection;
}

export function observedLine(inputs: LineInputs, output: OutputId, region: RegionId): ObservedLine {
  if (!isObservedOutput(output)) return NONE;
  const single = inputs.observed.get(region);
  if (single) return lineOf(single[output]);
  const members = inputs.countries.filter((c) => countryInRegion(c.iso3, c.subregion, region));
  const years = inputs.baseline.years;
  const points: { year: number; value: number }[] = [];
  for (let i = 0; i < years.length; i++) {
    const year = years[i] ?? 0;
    let covered = true;
    let num = 0;
    let den = 0;
    let total = 0;
    let missing = 0;
    for (const c of members) {
      const modelled = inputs.baseline.regions[c.iso3]?.baseline[output === 'remittancesPctGdp' || output === 'remittanceCostPct' ? 'remittancesUsd' : output][i] ?? null;
      if (modelled === null) continue;
      total += Math.abs(modelled);
      const obs = inputs.observed.get(c.iso3);
      const find = (list: readonly ObservedPoint[] | undefined) => list?.find((p) => p.year === year)?.value ?? null;
      if (output === 'remittancesPctGdp') {
        const r = find(obs?.remittancesUsd);
        const g = find(inputs.gdp.get(c.iso3));
        if (r === null || g === null) missing += Math.abs(modelled);
        else {
          num += r;
          den += g;
        }
      } else if (output === 'remittanceCostPct') {
        const cost = find(obs?.remittanceCostPct);
        const r = find(obs?.remittancesUsd);
        if (cost === null || r === null) missing += Math.abs(modelled);
        else {
          num += cost * r;
          den += r;
        }
      } else {
        const v = find(obs?.[output]);
        if (v === null) missing += Math.abs(modelled);
        else num += v;
      }
    }
    if (total === 0 || missing > COVERAGE * total) covered = false;
    if (!covered) continue;
    const value = output === 'remittancesPctGdp' ? (den > 0 ? (num / den) * 100 : null) : output === 'remittanceCostPct' ? (den > 0 ? num / den : null) : num;
    if (value !== null) points.push({ year, value });
  }
  return lineOf(points);
}
