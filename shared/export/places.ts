// Which places an export covers: the one on screen (or named with --country), or every country followed by the
// Latin America and the Caribbean aggregate, in the baseline's order (the order `project` prints them in).
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

/**
 * The places of a projection that an export shows, with their names in the export's language (ExportWords.place)
 * and their runs; ids it does not have are left out.
 */
export function namedPlaces(projection: Projection, ids: readonly RegionId[], name: (id: RegionId) => string): ExportPlace[] {
  return ids.flatMap((id) => {
    const runs = projection.regions[id];
    return runs ? [{ id, name: name(id), runs }] : [];
  });
}
