// Projections of saved scenarios, kept by their model inputs: the Compare view and the library cards ask for the same
// few scenarios again and again (each render, each reload of the listing, each change of place or output), and a
// rename or a change of view leaves the inputs and so the projection as they were. Lives beside the engine, outside
// React; a handful of projections is enough (four compared, the library's cards come and go).
import type { Projection, ScenarioInputs } from '../../shared/model/types';

const DEFAULT_LIMIT = 12;

export interface ProjectionCache {
  project(inputs: ScenarioInputs): Projection;
  /** How many projections were run (tests: a cached scenario runs none). */
  runs(): number;
}

/** The key of a set of inputs: equal inputs, equal key (object keys sorted, so the order they were set in is not part of it). */
export function inputsKey(inputs: ScenarioInputs): string {
  return JSON.stringify(inputs, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export function createProjectionCache(project: (inputs: ScenarioInputs) => Projection, limit = DEFAULT_LIMIT): ProjectionCache {
  const cache = new Map<string, Projection>();
  let runs = 0;
  return {
    project(inputs) {
      const key = inputsKey(inputs);
      const hit = cache.get(key);
      if (hit) {
        // Most recently used last, so the oldest is the one let go.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      runs += 1;
      const projection = project(inputs);
      if (cache.size >= limit) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, projection);
      return projection;
    },
    runs: () => runs,
  };
}
