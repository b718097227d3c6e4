// The sensitivity view's one-at-a-time runs, for the life of the page: the view asks for the runs it shows and
// renders the latest result. Like the projection model, it is not created or disposed by a component, so
// StrictMode's double effects cannot leave it dead.
import { SDG_YEAR } from '../../shared/model/years';
import type { OutputId, RegionId, ScenarioInputs, SensitivityRow } from '../../shared/model/types';
import type { Engine } from './engine-types';
import { createLatestWinsScheduler, type Defer } from './scheduler';

/** The year the sensitivity view ranks parameters for. */
export const SENSITIVITY_YEAR = SDG_YEAR;

export interface SensitivityJob {
  inputs: ScenarioInputs;
  region: RegionId;
  output: OutputId;
}

export interface SensitivityState {
  rows: SensitivityRow[] | null;
  error: string | null;
}

export function createSensitivityModel(engine: Engine, defer: Defer = (callback) => void setTimeout(callback, 0)) {
  let state: SensitivityState = { rows: null, error: null };
  let last: SensitivityJob | null = null;
  const listeners = new Set<() => void>();
  const set = (next: SensitivityState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const scheduler = createLatestWinsScheduler<SensitivityJob, SensitivityRow[]>({
    run: (job) => engine.sensitivity(job.inputs, job.output, job.region, SENSITIVITY_YEAR),
    onResult: (rows) => set({ rows, error: null }),
    onError: (e) => set({ ...state, error: e instanceof Error ? e.message : String(e) }),
    defer,
  });
  return {
    /** Asks for the runs of `job`; the same job twice is one run, a newer job replaces a queued one. */
    request(job: SensitivityJob): void {
      if (last && last.inputs === job.inputs && last.region === job.region && last.output === job.output) return;
      last = job;
      scheduler.schedule(job);
    },
    getSnapshot: (): SensitivityState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SensitivityModel = ReturnType<typeof createSensitivityModel>;
