// The three 2030 figures on a library card (for LAC, change against the baseline): remittances, migrants regularised
// and the net fiscal balance. A projection per card is the slow part of listing, so results are cached by the
// document's model inputs: reopening the library, renaming or re-sorting costs nothing.
import type { Projection, ScenarioInputs } from '../../../shared/model/types';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import { keyFigures } from '../cards/key-figures';

export const LIBRARY_FIGURES = ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd'] as const;
export type LibraryFigureId = (typeof LIBRARY_FIGURES)[number];
export type LibraryFigures = Record<LibraryFigureId, number | null>;

const CACHE_LIMIT = 200;

export function createFigureCache(project: (inputs: ScenarioInputs) => Projection) {
  const cache = new Map<string, LibraryFigures>();
  let runs = 0;
  return {
    figures(doc: ScenarioDocument): LibraryFigures {
      const inputs = toScenarioInputs(doc);
      const key = JSON.stringify(inputs);
      const hit = cache.get(key);
      if (hit) return hit;
      runs += 1;
      const all = keyFigures(project(inputs), 'LAC');
      const pick = (id: LibraryFigureId) => all.find((f) => f.output === id)?.change2030 ?? null;
      const result: LibraryFigures = { remittancesUsd: pick('remittancesUsd'), migrantsRegular: pick('migrantsRegular'), netFiscalUsd: pick('netFiscalUsd') };
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, result);
      return result;
    },
    /** How many projections were run (for tests: a cached card runs none). */
    runs: () => runs,
  };
}

export type FigureCache = ReturnType<typeof createFigureCache>;
