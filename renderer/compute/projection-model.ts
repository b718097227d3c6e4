// The projection beside the document store, for the life of the page (SDEverywhere's ModelScheduler pattern):
// it follows the store's inputs through the latest-wins scheduler, so a burst of slider events is one run and
// the newest inputs win. Nothing here belongs to a component, so React StrictMode's double effects (or a view
// unmounting) can never leave it disposed and the charts frozen.
import type { Projection, ScenarioInputs } from '../../shared/model/types';
import type { DocumentStore } from '../state/document-store';
import type { Engine } from './engine-types';
import { createLatestWinsScheduler, type Defer } from './scheduler';

export interface ProjectionState {
  projection: Projection | null;
  error: string | null;
  /** Run id of the projection shown (for the bench and tests). */
  runId: number;
}

const inputsOf = ({ levers, countries, parameters }: ScenarioInputs): ScenarioInputs => ({ levers, countries, parameters });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createProjectionModel(engine: Engine, store: DocumentStore, defer?: Defer) {
  let inputs = inputsOf(store.getSnapshot().doc);
  // Computed at once for the first paint.
  let state: ProjectionState = { projection: engine.project(inputs), error: null, runId: 0 };
  const listeners = new Set<() => void>();
  const set = (next: ProjectionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const scheduler = createLatestWinsScheduler<ScenarioInputs, Projection>({
    run: (next) => engine.project(next),
    // A plain update: the charts' SVG layer renders in ~10 ms, well inside a frame; slider input that arrives
    // meanwhile is coalesced by the scheduler, so dragging still gives one run per burst.
    onResult: (projection, runId) => set({ projection, error: null, runId }),
    onError: (error, runId) => set({ ...state, error: messageOf(error), runId }),
    ...(defer ? { defer } : {}),
  });
  // Immer shares unchanged parts, so identity says whether the model's inputs changed (a rename does not).
  store.subscribe(() => {
    const { levers, countries, parameters } = store.getSnapshot().doc;
    if (levers === inputs.levers && countries === inputs.countries && parameters === inputs.parameters) return;
    inputs = { levers, countries, parameters };
    scheduler.schedule(inputs);
  });
  return {
    getSnapshot: (): ProjectionState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Runs actually started (for the bench). */
    get runsStarted(): number {
      return scheduler.runsStarted;
    },
  };
}

export type ProjectionModel = ReturnType<typeof createProjectionModel>;
