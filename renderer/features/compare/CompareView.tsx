// Comparison of two to four saved scenarios and the baseline: one chart on shared axes for any output and place,
// then a table of the assumptions that differ and of the 2030 and 2019–2030 results against the baseline.
// Each scenario keeps the colour it was given when ticked in the library (scenario-colours.ts).
import { memo, useMemo } from 'react';
import type { OutputId, RegionId } from '../../../shared/model/types';
import { toScenarioInputs, type ScenarioDocument } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import { t, tMaybe } from '../../i18n/t';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { useLocale } from '../../i18n/use-locale';

export interface ComparedScenario {
  ref: string;
  colour: string;
  document: ScenarioDocument;
}

interface CompareViewProps {
  engine: Engine;
  scenarios: readonly ComparedScenario[];
  region: RegionId;
  output: OutputId;
  onRegion(region: RegionId): void;
  onOutput(output: OutputId): void;
  onBackToLibrary(): void;
  onExportPdf(): void;
}

const EMPTY_INPUTS = { levers: {}, countries: {}, parameters: {} };

export const CompareView = memo(function CompareView({ engine, scenarios, region, output, ...props }: CompareViewProps) {
  useLocale();
  const baseline = useMemo(() => engine.project(EMPTY_INPUTS), [engine]);
  const projections = useMemo(() => scenarios.map((s) => engine.project(toScenarioInputs(s.document))), [engine, scenarios]);
  const def = engine.outputs.find((o) => o.id === output);
  const regionName = (id: string) => tMaybe(`region.${id}`, engine.regions.find((r) => r.id === id)?.name ?? id);
  const lines = useMemo(() => scenarios.map((s) => ({ key: s.ref, name: s.document.name, colour: s.colour })), [scenarios]);
  const tableScenarios = useMemo(() => scenarios.map((s) => ({ key: s.ref, colour: s.colour, document: s.document })), [scenarios]);

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
      <header className="view-head">
        <h2 id="compare-heading" className="view-title">{t('compare.heading')}</h2>
        <label className="field">
          <span>{t('sensitivity.output')}</span>
          <select value={output} onChange={(e) => props.onOutput(e.currentTarget.value as OutputId)} data-testid="compare-output">
            {engine.outputs.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('region.label')}</span>
          <select value={region} onChange={(e) => props.onRegion(e.currentTarget.value)} data-testid="compare-region">
            {engine.regions.map((r) => <option key={r.id} value={r.id}>{regionName(r.id)}</option>)}
          </select>
        </label>
        <span className="titlebar__spacer" />
        <button type="button" className="button" onClick={props.onExportPdf} data-testid="compare-export-pdf">{t('compare.exportPdf')}</button>
        <button type="button" className="button" onClick={props.onBackToLibrary}>{t('compare.toLibrary')}</button>
      </header>

      {def ? (
        <CompareChart def={def} placeName={regionName(region)} region={region} baseline={baseline} projections={projections} lines={lines} />
      ) : null}

      <CompareTable engine={engine} region={region} placeName={regionName} scenarios={tableScenarios} projections={projections} />
    </section>
  );
});
