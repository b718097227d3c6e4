// The scenario screen: title bar with the File menu, notices, lever panel, and the scenario / baseline /
// sensitivity / library / compare views; presentation mode over all of it.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CommandId, CommandState } from '../../shared/commands/registry';
import type { OutputId } from '../../shared/model/types';
import type { Engine } from '../compute/engine-types';
import { useInteractiveMark } from '../bench/bench-hooks';
import { useProjection } from '../compute/use-projection';
import { AdvancedPanel } from '../features/advanced/AdvancedPanel';
import { BaselineView } from '../features/baseline-view/BaselineView';
import { KeyFigures } from '../features/cards/KeyFigures';
import { ChartGrid } from '../features/charts/ChartGrid';
import type { ChartMode } from '../features/charts/ScenarioChart';
import { CompareView, type ComparedScenario } from '../features/compare/CompareView';
import type { Spot } from '../features/compare/differ-most';
import { CURRENT_SCENARIO, keepExisting, toggleCompared, type Compared } from '../features/compare/scenario-colours';
import { FileMenu } from '../features/file/FileMenu';
import { Notices } from '../features/file/Notices';
import { useDialogs } from '../features/file/use-dialog';
import { useFileWorkflow } from '../features/file/use-file-workflow';
import { useNotices } from '../features/file/use-notices';
import { LeverPanel } from '../features/levers/LeverPanel';
import { createCardSummaries } from '../features/library/card-summary';
import { createProjectionCache } from '../compute/projection-cache';
import { bundledBaseline } from '../features/file/file-workflow';
import { LibraryView } from '../features/library/LibraryView';
import { useLibraryEntries } from '../features/library/use-library-entries';
import { SensitivityView } from '../features/sensitivity/SensitivityView';
import { COLORS } from '../features/charts/chart-style';
import { currentDeckInput, savedDeckInput } from '../features/presentation/deck';
import { PresentationView } from '../features/presentation/PresentationView';
import { usePresentation, usePresentationSession } from '../features/presentation/use-presentation';
import { TrackRecordView } from '../features/track-record/TrackRecordView';
import { useHost } from '../host/host-context';
import { t } from '../i18n/t';
import { useDocument, useScenarioInputs, useStore } from '../state/use-document';
import { LENS_CHARTS } from './lens';
import { TitleBar, type ViewId } from './TitleBar';
import { CommandPalette } from '../commands/CommandPalette';
import { useReportExport } from '../print/use-report-export';
import { useCommandCenter, useCommandHandlers } from '../commands/use-commands';
import { ChartExportContext, useChartExport, type ChartAction } from '../features/charts/export/chart-export';
import { useDataExport } from '../features/export/use-data-export';
import { scenarioName } from '../features/file/scenario-name';

const MethodologyView = lazy(() => import('../features/methodology/MethodologyView'));

export function App({ engine }: { engine: Engine }) {
  const store = useStore();
  const host = useHost();
  const { doc, canUndo, canRedo, dirty } = useDocument();
  const inputs = useScenarioInputs(doc);
  const { projection, error, runId } = useProjection();
  // UI state, not in the document and not undoable.
  const [view, setView] = useState<ViewId>('scenario');
  const [mode, setMode] = useState<ChartMode>('levels');
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [sensitivityOutput, setSensitivityOutput] = useState<OutputId>((doc.view.charts[0] as OutputId | undefined) ?? 'remittancesUsd');
  const [compared, setCompared] = useState<Compared[]>([]);
  const [compareOutput, setCompareOutput] = useState<OutputId>('migrantsRegular');
  const [compareBands, setCompareBands] = useState(true);
  /** The compared scenarios Compare last opened on (where they differ most); a new set opens there again. */
  const [compareFocusedFor, setCompareFocusedFor] = useState<string | null>(null);

  const { notices, notify, dismiss, succeeded } = useNotices();
  const { dialogs, element: dialogElement } = useDialogs();
  const showLibrary = useCallback(() => setView('library'), []);
  const file = useFileWorkflow({ host, store, dialogs, notify, succeeded, showLibrary });
  const { commands, current } = file;

  const [methodologySection, setMethodologySection] = useState<string | null>(null);
  const [methodologyFrom, setMethodologyFrom] = useState<ViewId>('scenario');
  const libraryOnScreen = view === 'library' || view === 'compare';
  const wideView = libraryOnScreen || view === 'methodology';
  /** Opens the methodology at a section; its Back button returns to the view it was opened from. */
  const showMethodology = useCallback(
    (section: string | null) => {
      setMethodologyFrom((from) => (view === 'methodology' ? from : view));
      setMethodologySection(section);
      setView('methodology');
    },
    [view],
  );
  const library = useLibraryEntries(host, file.libraryVersion, libraryOnScreen);
  // Saved scenarios' projections (Compare, library cards), kept by their inputs; the one on screen has its own model.
  // Kept across a switch of language or region format: only the words change, the model is the same.
  const projectionCache = useMemo(() => createProjectionCache(engine.project), [engine.project]);
  const cardSummaries = useMemo(() => createCardSummaries(engine, projectionCache.project, bundledBaseline), [engine, projectionCache]);
  /** The scenario on screen moves something away from the baseline. */
  const canReset = Object.keys(doc.levers).length + Object.keys(doc.parameters).length + Object.keys(doc.countries).length > 0;
  /** The scenario on screen has changes no file holds (it can be compared as "Current scenario (unsaved)"). */
  const unsaved = dirty || (current.ref === null && canReset);
  // A deleted scenario leaves the comparison; the others keep their colours.
  useEffect(() => {
    if (library.entries) setCompared((c) => keepExisting(c, new Set(library.entries?.filter((e) => e.document).map((e) => e.ref))));
  }, [library.entries]);
  const onScreen = useMemo(() => ({ document: doc, unsaved }), [doc, unsaved]);
  const comparedScenarios = useMemo<ComparedScenario[]>(
    () =>
      compared.flatMap((c) => {
        if (c.ref === CURRENT_SCENARIO) {
          return [{ ref: c.ref, colour: c.colour, document: doc, label: unsaved ? t('compare.currentUnsaved', { name: scenarioName(doc.name) }) : scenarioName(doc.name) }];
        }
        const document = library.entries?.find((e) => e.ref === c.ref)?.document;
        return document ? [{ ref: c.ref, colour: c.colour, document, label: scenarioName(document.name) }] : [];
      }),
    [compared, library.entries, doc, unsaved],
  );

  // Presentation mode: UI state in its own session object, never in the document or its history.
  const presentation = usePresentationSession();
  const presenting = usePresentation().active;
  const currentDeck = useMemo(
    () => currentDeckInput(doc, current.ref, COLORS.scenario, { scenarios: comparedScenarios, output: compareOutput, region: doc.view.region }),
    [doc, current.ref, comparedScenarios, compareOutput],
  );
  // Stable across edits, so the memoised title bar does not re-render on every lever change.
  const latestDeck = useRef(currentDeck);
  latestDeck.current = currentDeck;
  const onPresent = useCallback(() => presentation.start(latestDeck.current), [presentation]);
  const exportData = useDataExport({ engine, host, dialogs, notify, document: () => store.getSnapshot().doc });
  const exportChart = useChartExport({ engine, host, notify, document: () => store.getSnapshot().doc, mode: () => mode });
  /** From the palette: which chart? (each chart's own menu knows). */
  const chooseChart = async (action: ChartAction) => {
    const charts = doc.view.charts.flatMap((id) => engine.outputs.filter((o) => o.id === id)).slice(0, 4);
    const answer = await dialogs.ask({ title: t(`chartExport.choose.${action}`), actions: charts.map((o) => ({ id: o.id, label: o.label })) });
    const chosen = charts.find((o) => o.id === answer?.action);
    if (chosen) await exportChart(action, chosen.id);
  };

  const [paletteOpen, setPaletteOpen] = useState(false);
  const report = useReportExport(host, engine, notify);
  const onUndo = useCallback(() => store.undo(), [store]);
  const onRedo = useCallback(() => store.redo(), [store]);
  const onReset = useCallback(
    () =>
      store.edit('reset', (d) => {
        d.levers = {};
        d.parameters = {};
        d.countries = {};
      }),
    [store],
  );

  // Every command of the registry has its handler here: a command nobody handles does not compile.
  const handlers: Record<CommandId, () => unknown> = {
    new: commands.newScenario,
    open: commands.open,
    save: commands.save,
    'save-as': commands.saveAs,
    duplicate: commands.duplicate,
    rename: commands.rename,
    delete: commands.remove,
    'restore-backup': commands.restoreBackup,
    'recently-deleted': commands.showDeleted,
    import: commands.importFile,
    export: commands.exportFile,
    'export-pdf': () => report.start({ documents: [store.getSnapshot().doc], region: doc.view.region }),
    'export-comparison-pdf': () =>
      report.start({ documents: comparedScenarios.map((s) => s.document), colours: comparedScenarios.map((s) => s.colour), region: doc.view.region }),
    'export-csv': () => exportData('csv'),
    'export-xlsx': () => exportData('xlsx'),
    'export-chart-png': () => chooseChart('png'),
    'export-chart-svg': () => chooseChart('svg'),
    'copy-chart-image': () => chooseChart('copy'),
    reset: onReset,
    undo: onUndo,
    redo: onRedo,
    'toggle-advanced': () => setAdvancedOpen((o) => !o),
    'command-palette': () => setPaletteOpen(true),
    'show-scenario': () => setView('scenario'),
    'show-baseline': () => setView('baseline'),
    'show-track-record': () => setView('track'),
    'show-sensitivity': () => setView('sensitivity'),
    'show-library': () => setView('library'),
    'show-compare': () => setView('compare'),
    'show-methodology': () => showMethodology(null),
    present: onPresent,
  };
  const commandState = useMemo<CommandState>(
    () => ({ canUndo, canRedo, inLibrary: current.ref !== null, canReset, comparedCount: comparedScenarios.length, presenting }),
    [canUndo, canRedo, current.ref, canReset, comparedScenarios.length, presenting],
  );
  const commandCenter = useCommandCenter();
  useCommandHandlers(commandCenter, handlers, commandState);

  useInteractiveMark();

  // Browsing is a view change, not an edit: no undo step, no unsaved marker (DocumentStore.setView).
  const onRegion = useCallback((region: string) => store.setView((v) => { v.region = region; }), [store]);
  // Compare opens a new set of scenarios where they differ most: the app's place and the compared output move there.
  const onCompareFocus = useCallback(
    (key: string, spot: Spot | null) => {
      setCompareFocusedFor(key);
      if (!spot) return;
      setCompareOutput(spot.output);
      if (spot.region !== store.getSnapshot().doc.view.region) onRegion(spot.region);
    },
    [store, onRegion],
  );
  const onLens = useCallback(
    (lens: 'host' | 'origin') =>
      store.setView((v) => {
        v.lens = lens;
        v.charts = [...LENS_CHARTS[lens]];
      }),
    [store],
  );
  /** The chart choice is part of the view, saved with the scenario (a view change, like the place and the lens). */
  const onCharts = useCallback((charts: string[]) => store.edit('view:charts', (d) => { d.view.charts = charts; }), [store]);
  const openFromLibrary = useCallback(
    async (ref: string) => {
      if (await commands.openRef(ref)) setView('scenario');
    },
    [commands],
  );

  const region = doc.view.region;
  // The screen is hidden, not unmounted, while presenting: the focus, scroll positions and open panels are there on return.
  const derived = useMemo(() => ({ place: engine.regions.find((r) => r.id === region)?.name ?? region, rows: engine.derivedGrowth(region) }), [engine, region]);
  return (
    <div className={`app${wideView ? ' app--wide' : ''}`} hidden={presenting}>
      <TitleBar
        regions={engine.regions}
        region={region}
        lens={doc.view.lens}
        view={view}
        name={scenarioName(doc.name)}
        dirty={dirty}
        readOnly={current.readOnly}
        canUndo={canUndo}
        canRedo={canRedo}
        onRegion={onRegion}
        onLens={onLens}
        onView={setView}
        onUndo={onUndo}
        onRedo={onRedo}
        onPresent={onPresent}
        fileMenu={<FileMenu recentScenarios={host.recentScenarios} openRecent={commands.openRef} />}
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
      {!wideView && (
        <aside className="sidebar">
          <LeverPanel engine={engine} levers={doc.levers} countries={doc.countries} region={region} />
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
        {view === 'scenario' && projection && !presenting && (
          <>
            <KeyFigures engine={engine} projection={projection} region={region} onMethodology={showMethodology} />
            <ChartExportContext.Provider value={exportChart}>
              <ChartGrid
                engine={engine}
                projection={projection}
                region={region}
                charts={doc.view.charts}
                mode={mode}
                onMode={setMode}
                onCharts={onCharts}
                lensCharts={LENS_CHARTS[doc.view.lens]}
                lensName={t(`lens.${doc.view.lens}`)}
                runId={runId}
              />
            </ChartExportContext.Provider>
          </>
        )}
        {view === 'baseline' && <BaselineView figures={engine.figures()} />}
        {view === 'track' && <TrackRecordView engine={engine} region={region} />}
        {view === 'sensitivity' && (
          <SensitivityView engine={engine} inputs={inputs} region={region} output={sensitivityOutput} onOutput={setSensitivityOutput} />
        )}
        {view === 'library' && (
          <LibraryView
            engine={engine}
            entries={library.entries}
            loadError={library.error}
            summaries={cardSummaries}
            compared={compared}
            openRef={current.ref}
            current={onScreen}
            onOpen={(ref) => void openFromLibrary(ref)}
            onDuplicate={(ref, name) => void commands.duplicateRef(ref, name)}
            onRename={(ref, name) => void commands.renameRef(ref, name)}
            onEditNotes={(ref) => void commands.editNotesRef(ref)}
            onDelete={(ref, name) => void commands.removeRef(ref, name)}
            onToggleCompare={(ref) => setCompared((c) => toggleCompared(c, ref))}
            onCompare={() => setView('compare')}
            onPresent={() => presentation.start(savedDeckInput(comparedScenarios))}
            onImport={() => void commands.importFile()}
            onShowDeleted={() => void commands.showDeleted()}
            onBackToScenario={() => setView('scenario')}
          />
        )}
        {view === 'methodology' && (
          <Suspense fallback={<p className="panel-hint">{t('app.loading')}</p>}>
            <MethodologyView section={methodologySection} onBack={() => setView(methodologyFrom)} />
          </Suspense>
        )}
        {view === 'compare' && (
          <CompareView
            engine={engine}
            projections={projectionCache}
            scenarios={comparedScenarios}
            region={region}
            output={compareOutput}
            mode={mode}
            bands={compareBands}
            focusedFor={compareFocusedFor}
            onFocus={onCompareFocus}
            onOutput={setCompareOutput}
            onMode={setMode}
            onBands={setCompareBands}
            onBackToLibrary={showLibrary}
            onExportPdf={() => commandCenter.run('export-comparison-pdf', 'pointer')}
          />
        )}
        {advancedOpen && !wideView && (
          <AdvancedPanel
            parameters={engine.parameters}
            values={doc.parameters}
            onClose={() => setAdvancedOpen(false)}
            derived={derived}
          />
        )}
      </main>
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
      {report.element}
      {dialogElement}
      {/* Outside the hidden screen, over everything. */}
      {presenting && createPortal(<PresentationView engine={engine} current={currentDeck} projection={projection} levers={doc.levers} />, document.body)}
    </div>
  );
}
