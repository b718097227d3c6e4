// Comparison of two to four scenarios (saved ones, and the one on screen with its unsaved changes) and the baseline:
// one chart on shared axes, in levels or as the difference from the baseline with low–high bands, then a table of each
// scenario's scope, the assumptions that differ and the results in 2030, 2035 and 2019–2035. The place is the app's
// (the title bar's Place); Compare opens on the place and output where the scenarios differ most (differ-most.ts).
// Each scenario keeps the colour it was given when ticked in the library (scenario-colours.ts).
import { memo, useLayoutEffect, useMemo } from 'react';
import type { OutputId, RegionId, ScenarioInputs } from '../../../shared/model/types';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { placeName } from '../../compute/place-name';
import type { ProjectionCache } from '../../compute/projection-cache';
import { t } from '../../i18n/t';
import type { ChartMode } from '../charts/chart-text';
import { ModeToggle } from '../charts/ModeToggle';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { openingSpot, type Spot } from './differ-most';
import { useLocale } from '../../i18n/use-locale';

export interface ComparedScenario {
  ref: string;
  colour: string;
  document: ScenarioDocument;
  /** What the chart, legend and table call it ("Plan B", or "Plan B (unsaved)" for the one on screen). */
  label: string;
}

interface CompareViewProps {
  engine: Engine;
  projections: ProjectionCache;
  scenarios: readonly ComparedScenario[];
  /** The app's place. */
  region: RegionId;
  output: OutputId;
  mode: ChartMode;
  bands: boolean;
  /** The scenarios (as a key) Compare last opened on; a new set opens where it differs most. */
  focusedFor: string | null;
  onFocus(key: string, spot: Spot | null): void;
  onOutput(output: OutputId): void;
  onMode(mode: ChartMode): void;
  onBands(bands: boolean): void;
  onBackToLibrary(): void;
  onExportPdf(): void;
}

const EMPTY_INPUTS: ScenarioInputs = { levers: {}, countries: {}, parameters: {} };

export const CompareView = memo(function CompareView({ engine, projections: cache, scenarios, region, output, mode, bands, focusedFor, ...props }: CompareViewProps) {
  useLocale();
  // The scenarios' model inputs, as one key: a rename, a change of view or a reload of the library leaves it (and so
  // the projections, the chart and the table) as it was.
  const inputsKey = JSON.stringify(scenarios.map((s) => toScenarioInputs(s.document)));
  const baseline = useMemo(() => cache.project(EMPTY_INPUTS), [cache]);
  const projections = useMemo(() => (JSON.parse(inputsKey) as ScenarioInputs[]).map((inputs) => cache.project(inputs)), [cache, inputsKey]);
  const def = engine.outputs.find((o) => o.id === output);
  const observed = useMemo(() => engine.observed(output, region), [engine, output, region]);
  const lines = useMemo(() => scenarios.map((s) => ({ key: s.ref, name: s.label, colour: s.colour })), [scenarios]);
  const tableScenarios = useMemo(() => scenarios.map((s) => ({ key: s.ref, colour: s.colour, document: { ...s.document, name: s.label } })), [scenarios]);
  const regionName = (id: string) => placeName(engine, id);

  // A new set of scenarios opens where they differ most; coming back to the same set keeps the user's place and output.
  const { onFocus } = props;
  useLayoutEffect(() => {
    if (scenarios.length < 2 || focusedFor === inputsKey) return;
    onFocus(inputsKey, openingSpot(scenarios.map((s) => s.document), baseline, projections));
  }, [scenarios, focusedFor, inputsKey, onFocus, baseline, projections]);

  if (scenarios.length < 2) {
    return (
      <section className="compare" data-testid="compare-view">
        <h2 className="view-title">{t('compare.heading')}</h2>
        <p className="library__empty">{t('compare.pickTwo')}</p>
        <button type="button" className="button" onClick={props.onBackToLibrary}>{t('compare.toLibrary')}</button>
      </section>
    );
  }

  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <header className="view-head compare__head">
        <h2 id="compare-heading" className="view-title">{t('compare.heading')}</h2>
        <label className="field">
          <span>{t('sensitivity.output')}</span>
          <select value={output} onChange={(e) => props.onOutput(e.currentTarget.value as OutputId)} data-testid="compare-output">
            {engine.outputs.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <ModeToggle mode={mode} onMode={props.onMode} name="compare-mode" />
        <label className="compare__bands">
          <input type="checkbox" checked={bands} onChange={(e) => props.onBands(e.currentTarget.checked)} data-testid="compare-bands" />
          {t('compare.showBands')}
        </label>
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={props.onExportPdf} data-testid="compare-export-pdf">{t('compare.exportPdf')}</button>
        <button type="button" className="button" onClick={props.onBackToLibrary}>{t('compare.toLibrary')}</button>
      </header>

      {def ? (
        <CompareChart def={def} placeName={regionName(region)} region={region} baseline={baseline} projections={projections} observed={observed} lines={lines} mode={mode} bands={bands} />
      ) : null}

      <CompareTable engine={engine} region={region} placeName={regionName} scenarios={tableScenarios} projections={projections} />
    </section>
  );
});
