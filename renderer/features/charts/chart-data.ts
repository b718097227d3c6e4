// Everything one output chart needs for a place, in one call: the rows (observed history, then the runs), the paper's
// points, the observed line's last year, and the note where a place has no observed history. The screen's
// chart, the report, the slides and the exported image all read it from here, so they draw the same chart.
import type { OutputId, Projection, RegionId } from '../../../shared/model/types';
import type { ChartMarker, Engine } from '../../compute/engine-types';
import { chartRows, type ChartRow } from './chart-rows';

export interface ChartData {
  rows: ChartRow[] | null;
  /** The paper's figures (◆). */
  markers: readonly ChartMarker[];
  lastObserved: number | null;
  /** Why this place has no observed history for the output; null otherwise. */
  note: string | null;
}

export function chartData(engine: Engine, projection: Projection, region: RegionId, output: OutputId): ChartData {
  const observed = engine.observed(output, region);
  return {
    rows: chartRows(projection, region, output, observed),
    markers: engine.markers(output, region),
    lastObserved: observed.lastObserved,
    note: engine.observedNote(output, region),
  };
}
