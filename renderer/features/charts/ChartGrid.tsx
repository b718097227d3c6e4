// The 2 × 2 chart grid for the selected place, in levels or as the difference from the baseline.
import { memo, useMemo, useRef } from 'react';
import type { OutputDef, OutputId, Projection, RegionId } from '../../../shared/model/types';
import { usePaintMark } from '../../bench/bench-hooks';
import { FIRST_YEAR, LAST_YEAR } from '../../../shared/model/years';
import type { Engine } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { ChartLegend } from './ChartLegend';
import { chartRows, sameRows } from './chart-rows';
import { ScenarioChart, type ChartMode } from './ScenarioChart';
import { useLocale } from '../../i18n/use-locale';

interface ChartGridProps {
  engine: Engine;
  projection: Projection;
  region: RegionId;
  charts: readonly string[];
  mode: ChartMode;
  onMode: (mode: ChartMode) => void;
  /** Run id of the projection shown. */
  runId: number;
}

export const ChartGrid = memo(function ChartGrid({ engine, projection, region, charts, mode, onMode, runId }: ChartGridProps) {
  useLocale();
  usePaintMark(runId);
  const defs = useMemo(
    () => charts.map((id) => engine.outputs.find((o) => o.id === id)).filter((d): d is OutputDef => d !== undefined).slice(0, 4),
    [engine, charts],
  );
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <div className="charts__bar">
        <h2 id="charts-heading" className="panel-heading">
          {t('charts.heading', { from: FIRST_YEAR, to: LAST_YEAR })}
        </h2>
        <ChartLegend mode={mode} />
        <div className="segmented segmented--small" role="radiogroup" aria-label={t('charts.mode')}>
          {(['levels', 'difference'] as const).map((m) => (
            <label key={m} className={`segmented__option${m === mode ? ' is-selected' : ''}`}>
              <input type="radio" name="chart-mode" value={m} checked={m === mode} onChange={() => onMode(m)} />
              {t(m === 'levels' ? 'charts.levels' : 'charts.difference')}
            </label>
          ))}
        </div>
      </div>
      <div className="charts__grid">
        {defs.map((def) => (
          <ChartSlot key={def.id} engine={engine} projection={projection} region={region} def={def} mode={mode} />
        ))}
      </div>
    </section>
  );
});

interface ChartSlotProps {
  engine: Engine;
  projection: Projection;
  region: RegionId;
  def: OutputDef;
  mode: ChartMode;
}

function ChartSlot({ engine, projection, region, def, mode }: ChartSlotProps) {
  const output = def.id as OutputId;
  const markers = useMemo(() => engine.markers(output, region), [engine, output, region]);
  const observed = useMemo(() => engine.observed(output, region), [engine, output, region]);
  const note = useMemo(() => engine.observedNote(output, region), [engine, output, region]);
  const fresh = useMemo(() => chartRows(projection, region, output, observed), [projection, region, output, observed]);
  // Most levers move only some outputs: keep the previous rows when the numbers are the same, so the memoised
  // chart skips its (costly) Recharts render.
  const kept = useRef(fresh);
  if (!sameRows(kept.current, fresh)) kept.current = fresh;
  return (
    <ScenarioChart
      def={def}
      rows={kept.current}
      markers={markers}
      mode={mode}
      lastObserved={observed.lastObserved}
      note={note}
    />
  );
}
