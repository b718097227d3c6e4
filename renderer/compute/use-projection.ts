// React access to the long-lived compute models created beside the document store in main.tsx.
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ProjectionModel, ProjectionState } from './projection-model';
import type { SensitivityJob, SensitivityModel, SensitivityState } from './sensitivity-model';

export interface ComputeModels {
  projection: ProjectionModel;
  sensitivity: SensitivityModel;
}

export const ComputeContext = createContext<ComputeModels | null>(null);

function useModels(): ComputeModels {
  const models = useContext(ComputeContext);
  if (!models) throw new Error('compute hooks outside <ComputeContext.Provider>');
  return models;
}

/** The projection on screen: the latest run for the document's current inputs. */
export function useProjection(): ProjectionState {
  const { projection } = useModels();
  return useSyncExternalStore(projection.subscribe, projection.getSnapshot);
}

/** The sensitivity runs for `job`, asked for whenever it changes. */
export function useSensitivity(job: SensitivityJob): SensitivityState {
  const { sensitivity } = useModels();
  const { inputs, region, output } = job;
  useEffect(() => sensitivity.request({ inputs, region, output }), [sensitivity, inputs, region, output]);
  return useSyncExternalStore(sensitivity.subscribe, sensitivity.getSnapshot);
}
