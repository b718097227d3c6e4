// What the "Paper vs. what happened" view draws for one indicator and place: the paper-anchored run (the old baseline
// and its band) and the observed values, year by year, and a row per country with its latest error. Pure.
import type { ObservedOutput } from '../../../shared/data';
import { countryInRegion } from '../../../shared/model/regions';
import type { CountryInputs, RegionId } from '../../../shared/model/types';
import { FIRST_PROJECTION_YEAR, YEARS } from '../../../shared/model/years';
import type { TrackRecord } from '../../../shared/track-record';
import type { ObservedLine } from '../../compute/engine-types';

/** The view covers the paper's base year to the last year anything was observed. */
export const TRACK_YEARS: readonly number[] = YEARS.filter((y) => y <= FIRST_PROJECTION_YEAR);

export interface TrackRow {
  year: number;
  paper: number | null;
  band: [number, number] | null;
  observed: number | null;
  /** The paper's own figure for the year (◆), where it prints one. */
  paperFigure: number | null;
}

export interface TrackCountryRow {
  iso3: string;
  name: string;
  year: number;
  observed: number;
  paper: number;
  error: number;
  inBand: boolean;
}

export function trackRows(
  track: TrackRecord,
  output: ObservedOutput,
  region: RegionId,
  observed: ObservedLine,
  paperFigures: readonly { year: number; value: number }[],
): TrackRow[] {
  const runs = track.paper.regions[region];
  const byYear = new Map(observed.points.map((p) => [p.year, p.value]));
  const figures = new Map(paperFigures.map((p) => [p.year, p.value]));
  return TRACK_YEARS.map((year) => {
    const i = track.paper.years.indexOf(year);
    const paper = runs?.baseline[output][i] ?? null;
    const lo = runs?.low[output][i] ?? null;
    const hi = runs?.high[output][i] ?? null;
    return { year, paper, band: lo !== null && hi !== null ? [lo, hi] : null, observed: byYear.get(year) ?? null, paperFigure: figures.get(year) ?? null };
  });
}

/**
 * Each country of the place with its latest observed year against the paper-anchored run, largest first by the
 * observed value: a 68% error on Antigua's US$26m matters less than 28% on Mexico's US$65bn.
 */
export function trackCountries(track: TrackRecord, output: ObservedOutput, region: RegionId, countries: readonly CountryInputs[]): TrackCountryRow[] {
  const indicator = track.indicators.find((ind) => ind.output === output);
  const names = new Map(countries.map((c) => [c.iso3, c]));
  const latest = new Map<string, TrackCountryRow>();
  for (const cell of indicator?.cells ?? []) {
    const c = names.get(cell.iso3);
    if (!c || !countryInRegion(c.iso3, c.subregion, region)) continue;
    const previous = latest.get(cell.iso3);
    if (previous && previous.year > cell.year) continue;
    latest.set(cell.iso3, { iso3: cell.iso3, name: c.name, year: cell.year, observed: cell.observed, paper: cell.paper, error: cell.error, inBand: cell.inBand });
  }
  return [...latest.values()].sort((a, b) => b.observed - a.observed);
}
