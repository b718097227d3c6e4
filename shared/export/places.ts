// Which places an export covers: the one on screen (or named with --country), or every country followed by the
// Latin America and the Caribbean aggregate, in the baseline's order (the order `project` prints them in).
import { regionName } from '../data';
import { SUBREGION_AGGREGATE } from '../model/regions';
import type { ModelBaseline, Projection, RegionId, RegionRuns } from '../model/types';

export type PlaceChoice = { kind: 'place'; id: RegionId } | { kind: 'every-country' };

export function exportPlaces(baseline: Pick<ModelBaseline, 'countries'>, choice: PlaceChoice): RegionId[] {
  return choice.kind === 'place' ? [choice.id] : [...baseline.countries.map((c) => c.iso3), 'LAC'];
}

export interface ExportPlace {
  id: RegionId;
  name: string;
  runs: RegionRuns;
}

/** Sub-region aggregates by id, named as the model names them (CAR → Caribbean). */
const SUBREGION_NAMES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SUBREGION_AGGREGATE).map(([name, id]) => [id, name]));

/** A place's name in exported files: the country's, or the region's (LAC, CAR, CAM, SAM). */
export const placeName = (id: RegionId): string => SUBREGION_NAMES[id] ?? regionName(id);

/** The places of a projection that an export shows, with their names and runs; ids it does not have are left out. */
export function namedPlaces(projection: Projection, ids: readonly RegionId[]): ExportPlace[] {
  return ids.flatMap((id) => {
    const runs = projection.regions[id];
    return runs ? [{ id, name: placeName(id), runs }] : [];
  });
}
