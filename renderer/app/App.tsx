// The scenario screen: title bar with the File menu, notices, lever panel, and the scenario / baseline /
// sensitivity / library / compare views.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppCommand } from '../../shared/host/host-api';
import type { OutputId } from '../../shared/model/types';
import type { Engine } from '../compute/engine-types';
import { useProjection } from '../compute/use-projection';
import { AdvancedPanel } from '../features/advanced/AdvancedPanel';
import { BaselineView } from '../features/baseline-view/BaselineView';
import { KeyFigures } from '../features/cards/KeyFigures';
import { ChartGrid } from '../features/charts/ChartGrid';
import type { ChartMode } from '../features/charts/ScenarioChart';
import { CompareView, type ComparedScenario } from '../features/compare/CompareView';
import { keepExisting, toggleCompared, type Compared } from '../features/compare/scenario-colours';
import { FileMenu } from '../features/file/FileMenu';
import { Notices } from '../features/file/Notices';
import { useDialogs } from '../features/file/use-dialog';
import { useFileShortcuts } from '../features/file/use-file-shortcuts';
import { useFileWorkflow, useHostSync } from '../features/file/use-file-workflow';
import { useNotices } from '../features/file/use-notices';
import { LeverPanel } from '../features/levers/LeverPanel';
import { createFigureCache } from '../features/library/library-figures';
import { LibraryView } from '../features/library/LibraryView';
import { useLibraryEntries } from '../features/library/use-library-entries';
import { SensitivityView } from '../features/sensitivity/SensitivityView';
import { TrackRecordView } from '../features/track-record/TrackRecordView';
import { useHost } from '../host/host-context';
import { t } from '../i18n/t';
import { useDocument, useScenarioInputs, useStore } from '../state/use-document';
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
  const [compared, setCompared] = useState<Compared[]>([]);
  const [compareOutput, setCompareOutput] = useState<OutputId>('migrantsRegular');
  const [compareRegion, setCompareRegion] = useState<string>('LAC');

  const { notices, notify, dismiss } = useNotices();
  const { dialogs, element: dialogElement } = useDialogs();
  const showLibrary = useCallback(() => setView('library'), []);
  const file = useFileWorkflow({ host, store, dialogs, notify, showLibrary });
  const { commands, current } = file;
  useHostSync(host, doc, dirty, current.ref);

  const libraryOnScreen = view === 'library' || view === 'compare';
  const library = useLibraryEntries(host, file.libraryVersion, libraryOnScreen);
  const figureCache = useMemo(() => createFigureCache(engine.project), [engine]);
  // A deleted scenario leaves the comparison; the others keep their colours.
  useEffect(() => {
    if (library.entries) setCompared((c) => keepExisting(c, new Set(library.entries?.filter((e) => e.document).map((e) => e.ref))));
  }, [library.entries]);
  const comparedScenarios = useMemo<ComparedScenario[]>(
    () =>
      compared.flatMap((c) => {
        const document = library.entries?.find((e) => e.ref === c.ref)?.document;
        return document ? [{ ref: c.ref, colour: c.colour, document }] : [];
      }),
    [compared, library.entries],
  );

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

  const runCommand = useCallback(
    (command: AppCommand) => {
      if (command === 'undo') onUndo();
      else if (command === 'redo') onRedo();
      else if (command === 'reset') onReset();
      else if (command === 'toggle-advanced') setAdvancedOpen((o) => !o);
      else if (command === 'new') void commands.newScenario();
      else if (command === 'open') void commands.open();
      else if (command === 'save') void commands.save();
      else if (command === 'save-as') void commands.saveAs();
    },
    [onUndo, onRedo, onReset, commands],
  );
  useEffect(() => host.onCommand(runCommand), [host, runCommand]);
  useFileShortcuts(host.kind !== 'electron', runCommand);

  // Marks the first frame with the screen in place (read by the UI bench: page load → interactive).
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('puente:interactive'));
  }, []);

  const onRegion = useCallback((region: string) => store.edit('view:region', (d) => { d.view.region = region; }), [store]);
  const onLens = useCallback(
    (lens: 'host' | 'origin') =>
      store.edit('view:lens', (d) => {
        d.view.lens = lens;
        d.view.charts = [...LENS_CHARTS[lens]];
      }),
    [store],
  );
  const openFromLibrary = useCallback(
    async (ref: string) => {
      if (await commands.openRef(ref)) setView('scenario');
    },
    [commands],
  );

  const region = doc.view.region;
  const derived = useMemo(() => ({ place: engine.regions.find((r) => r.id === region)?.name ?? region, rows: engine.derivedGrowth(region) }), [engine, region]);
  return (
    <div className={`app${libraryOnScreen ? ' app--wide' : ''}`}>
      <TitleBar
        regions={engine.regions}
        region={region}
        lens={doc.view.lens}
        view={view}
        name={doc.name}
        dirty={dirty}
        readOnly={current.readOnly}
        canUndo={canUndo}
        canRedo={canRedo}
        onRegion={onRegion}
        onLens={onLens}
        onView={setView}
        onUndo={onUndo}
        onRedo={onRedo}
        fileMenu={<FileMenu commands={commands} canSave={!current.readOnly} inLibrary={current.ref !== null} recentScenarios={host.recentScenarios} />}
      />
      <Notices
        notices={notices}
        onDismiss={dismiss}
        recovery={file.recovery[0] ?? null}
        onRecover={commands.recover}
        onDiscard={commands.discardRecovery}
        current={current}
        onSaveAs={() => void commands.saveAs()}
        onRebase={commands.rebase}
      />
      {!libraryOnScreen && (
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
      )}
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
        {view === 'track' && <TrackRecordView engine={engine} region={region} />}
        {view === 'sensitivity' && (
          <SensitivityView engine={engine} inputs={inputs} region={region} output={sensitivityOutput} onOutput={setSensitivityOutput} />
        )}
        {view === 'library' && (
          <LibraryView
            entries={library.entries}
            loadError={library.error}
            outputs={engine.outputs}
            figureCache={figureCache}
            compared={compared}
            openRef={current.ref}
            onOpen={(ref) => void openFromLibrary(ref)}
            onDuplicate={(ref, name) => void commands.duplicateRef(ref, name)}
            onRename={(ref, name) => void commands.renameRef(ref, name)}
            onDelete={(ref, name) => void commands.removeRef(ref, name)}
            onToggleCompare={(ref) => setCompared((c) => toggleCompared(c, ref))}
            onCompare={() => setView('compare')}
            onImport={() => void commands.importFile()}
          />
        )}
        {view === 'compare' && (
          <CompareView
            engine={engine}
            scenarios={comparedScenarios}
            region={compareRegion}
            output={compareOutput}
            onRegion={setCompareRegion}
            onOutput={setCompareOutput}
            onBackToLibrary={showLibrary}
          />
        )}
        {advancedOpen && !libraryOnScreen && (
          <AdvancedPanel
            parameters={engine.parameters}
            values={doc.parameters}
            onClose={() => setAdvancedOpen(false)}
            derived={derived}
          />
        )}
      </main>
      {dialogElement}
    </div>
  );
}
