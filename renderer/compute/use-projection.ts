// Keeps the latest projection for the current inputs. Recompute goes through the latest-wins scheduler, so a burst of
// slider events gives one run and the newest inputs win. The baseline data stays out of the Immer tree.
import { useEffect, useMemo, useState } from 'react';
import type { Projection, ScenarioInputs } from '../../shared/model/types';
import type { Engine } from './engine-types';
import { createLatestWinsScheduler } from './scheduler';

export interface ProjectionState {
  projection: Projection | null;
  error: string | null;
  /** Run id of the projection shown (for the bench and tests). */
  runId: number;
}

declare global {
  interface Window {
    /** Read by the UI bench: run id of the projection on screen and how many runs started. */
    __puenteCompute?: { shownRunId: number; runsStarted: number };
  }
}

export function useProjection(engine: Engine, inputs: ScenarioInputs): ProjectionState {
  const [state, setState] = useState<ProjectionState>(() => ({ projection: engine.project(inputs), error: null, runId: 0 }));
  const scheduler = useMemo(
    () =>
      createLatestWinsScheduler<ScenarioInputs, Projection>({
        run: (next) => engine.project(next),
        // A plain (not transition) update: the charts' SVG layer renders in ~10 ms, well inside a frame, and a
        // transition's scheduling added a frame of latency at p95. Slider input that arrives meanwhile is coalesced
        // by the latest-wins scheduler, so dragging still gives one run per burst.
        onResult: (projection, runId) => setState({ projection, error: null, runId }),
        onError: (error, runId) => setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), runId })),
      }),
    [engine],
  );
  useEffect(() => () => scheduler.dispose(), [scheduler]);
  const [firstInputs] = useState(inputs);
  useEffect(() => {
    if (inputs === firstInputs) return; // computed synchronously for the first paint
    scheduler.schedule(inputs);
  }, [inputs, firstInputs, scheduler]);
  useEffect(() => {
    window.__puenteCompute = { shownRunId: state.runId, runsStarted: scheduler.runsStarted };
  }, [state.runId, scheduler]);
  return state;
}
