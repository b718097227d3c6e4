// The scenario screen: title bar, lever panel, and the scenario / baseline / sensitivity views.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { serialiseScenario } from '../../shared/scenario';
import type { OutputId } from '../../shared/model/types';
import type { Engine } from '../compute/engine-types';
import { useProjection } from '../compute/use-projection';
import { AdvancedPanel } from '../features/advanced/AdvancedPanel';
import { BaselineView } from '../features/baseline-view/BaselineView';
import { KeyFigures } from '../features/cards/KeyFigures';
import { ChartGrid } from '../features/charts/ChartGrid';
import type { ChartMode } from '../features/charts/ScenarioChart';
import { LeverPanel } from '../features/levers/LeverPanel';
import { SensitivityView } from '../features/sensitivity/SensitivityView';
import { useHost } from '../host/host-context';
import { t } from '../i18n/t';
import { draftWriter, hasDraftStorage } from '../state/draft';
import { useDocument, useScenarioInputs, useStore } from '../state/use-document';
import { hasDownload, scenarioFileName } from './download';
import { LENS_CHARTS } from './lens';
import { TitleBar, type ViewId } from './TitleBar';
import { useUndoShortcuts } from './use-shortcuts';

export function App({ engine }: { engine: Engine }) {
  const store = useStore();
  const host = useHost();
  const { doc, canUndo, canRedo, dirty } = useDocument();
  const inputs = useScenarioInputs(doc);
  const { projection, error, runId } = useProjection(engine, inputs);
  // UI state, not in the document and not undoable.
  const [view, setView] = useState<ViewId>('scenario');
  const [mode, setMode] = useState<ChartMode>('levels');
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [sensitivityOutput, setSensitivityOutput] = useState<OutputId>((doc.view.charts[0] as OutputId | undefined) ?? 'remittancesUsd');

  const onUndo = useCallback(() => store.undo(), [store]);
  const onRedo = useCallback(() => store.redo(), [store]);
  const canReset = Object.keys(doc.levers).length + Object.keys(doc.parameters).length + Object.keys(doc.countries).length > 0;
  const onReset = useCallback(
    () =>
      store.edit('reset', (d) => {
        d.levers = {};
        d.parameters = {};
        d.countries = {};
      }),
    [store],
  );
  useUndoShortcuts(onUndo, onRedo);

  useEffect(
    () =>
      host.onCommand((command) => {
        if (command === 'undo') onUndo();
        else if (command === 'redo') onRedo();
        else if (command === 'reset') onReset();
        else if (command === 'toggle-advanced') setAdvancedOpen((o) => !o);
      }),
    [host, onUndo, onRedo, onReset],
  );

  // Marks the first frame with the screen in place (read by the UI bench: page load → interactive).
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('puente:interactive'));
  }, []);

  const saveDraft = useMemo(() => (hasDraftStorage(host) ? draftWriter(host) : null), [host]);
  useEffect(() => {
    saveDraft?.(doc);
  }, [saveDraft, doc]);

  const onDownload = useMemo(() => {
    if (!hasDownload(host)) return null;
    return () => host.download(scenarioFileName(doc.name), serialiseScenario(doc));
  }, [host, doc]);

  useEffect(() => {
    void host.setTitle(`${doc.name}${dirty ? ' •' : ''} — ${t('app.name')}`);
  }, [host, doc.name, dirty]);

  const onRegion = useCallback((region: string) => store.edit('view:region', (d) => { d.view.region = region; }), [store]);
  const onLens = useCallback(
    (lens: 'host' | 'origin') =>
      store.edit('view:lens', (d) => {
        d.view.lens = lens;
        d.view.charts = [...LENS_CHARTS[lens]];
      }),
    [store],
  );

  const region = doc.view.region;
  return (
    <div className="app">
      <TitleBar
        regions={engine.regions}
        region={region}
        lens={doc.view.lens}
        view={view}
        name={doc.name}
        dirty={dirty}
        canUndo={canUndo}
        canRedo={canRedo}
        onRegion={onRegion}
        onLens={onLens}
        onView={setView}
        onUndo={onUndo}
        onRedo={onRedo}
        onDownload={onDownload}
      />
      <aside className="sidebar">
        <LeverPanel engine={engine} levers={doc.levers} region={region} />
        <div className="sidebar__actions">
          <button type="button" className="button" aria-expanded={advancedOpen} onClick={() => setAdvancedOpen((o) => !o)} data-testid="advanced-toggle">
            {advancedOpen ? t('advanced.close') : `${t('advanced.open')} ▸`}
          </button>
          <button type="button" className="button" onClick={onReset} disabled={!canReset} title={t('toolbar.resetHint')}>
            {t('toolbar.reset')}
          </button>
        </div>
      </aside>
      <main className="main">
        {error && (
          <p className="field-error" role="alert">
            {t('app.loadFailed', { message: error })}
          </p>
        )}
        {view === 'scenario' && projection && (
          <>
            <KeyFigures engine={engine} projection={projection} region={region} />
            <ChartGrid engine={engine} projection={projection} region={region} charts={doc.view.charts} mode={mode} onMode={setMode} runId={runId} />
          </>
        )}
        {view === 'baseline' && <BaselineView figures={engine.figures()} />}
        {view === 'sensitivity' && (
          <SensitivityView engine={engine} inputs={inputs} region={region} output={sensitivityOutput} onOutput={setSensitivityOutput} />
        )}
        {advancedOpen && <AdvancedPanel parameters={engine.parameters} values={doc.parameters} onClose={() => setAdvancedOpen(false)} />}
      </main>
    </div>
  );
}
