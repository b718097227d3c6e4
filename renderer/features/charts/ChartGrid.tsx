// The chart grid for the selected place (up to four charts, chosen with "Charts…"), in levels or as the difference
// from the baseline, under one legend listing what the charts draw.
import { memo, useMemo, useRef } from 'react';
import type { OutputDef, OutputId, Projection, RegionId } from '../../../shared/model/types';
import { usePaintMark } from '../../bench/bench-hooks';
import { FIRST_YEAR, LAST_YEAR } from '../../../shared/model/years';
import type { Engine } from '../../compute/engine-types';
import { t } from '../../i18n/t';
import { ChartLegend } from './ChartLegend';
import { ChartPicker, MAX_CHARTS } from './ChartPicker';
import { chartData, type ChartData } from './chart-data';
import { sameRows } from './chart-rows';
import { legendItems } from './legend-items';
import { ModeToggle } from './ModeToggle';
import { ScenarioChart, type ChartMode } from './ScenarioChart';
import { useLocale } from '../../i18n/use-locale';

interface ChartGridProps {
  engine: Engine;
  projection: Projection;
  region: RegionId;
  charts: readonly string[];
  mode: ChartMode;
  onMode: (mode: ChartMode) => void;
  /** A new chart choice (a view change, saved with the scenario). */
  onCharts: (charts: string[]) => void;
  /** The lens's own charts and its name ("Charts…" offers the way back to them). */
  lensCharts: readonly string[];
  lensName: string;
  /** Run id of the projection shown. */
  runId: number;
}

export const ChartGrid = memo(function ChartGrid({ engine, projection, region, charts, mode, onMode, onCharts, lensCharts, lensName, runId }: ChartGridProps) {
  useLocale();
  usePaintMark(runId);
  const defs = useMemo(
    () => charts.map((id) => engine.outputs.find((o) => o.id === id)).filter((d): d is OutputDef => d !== undefined).slice(0, MAX_CHARTS),
    [engine, charts],
  );
  const shown = useMemo(() => defs.map((d) => d.id), [defs]);
  const data = useMemo(() => defs.map((def) => chartData(engine, projection, region, def.id as OutputId)), [engine, projection, region, defs]);
  const legend = useMemo(() => legendItems(data, mode), [data, mode]);
  return (
    <section className="charts" aria-labelledby="charts-heading">
      <div className="charts__bar">
        <h2 id="charts-heading" className="panel-heading">
          {t('charts.heading', { from: FIRST_YEAR, to: LAST_YEAR })}
        </h2>
        <ChartLegend mode={mode} items={legend} />
        <ChartPicker outputs={engine.outputs} shown={shown} onChange={onCharts} lensCharts={lensCharts} lensName={lensName} />
        <ModeToggle mode={mode} onMode={onMode} name="chart-mode" />
      </div>
      <div className="charts__grid">
        {defs.map((def, i) => (
          <ChartSlot key={def.id} def={def} data={data[i] as ChartData} mode={mode} />
        ))}
      </div>
    </section>
  );
});

function ChartSlot({ def, data, mode }: { def: OutputDef; data: ChartData; mode: ChartMode }) {
  // Most levers move only some outputs: keep the previous rows when the numbers are the same, so the memoised
  // chart skips its (costly) Recharts render.
  const kept = useRef(data.rows);
  if (!sameRows(kept.current, data.rows)) kept.current = data.rows;
  return <ScenarioChart def={def} rows={kept.current} markers={data.markers} mode={mode} lastObserved={data.lastObserved} note={data.note} />;
}
