// The file workflow as a plain object, outside React: New, Open, Save, Save As, Duplicate, Rename, Notes, Delete,
// Recent, Import, Export, backups, autosave and crash recovery, and the read-only and older-baseline states.
// The menu, shortcuts, native menu commands and library cards all call its commands; the host does the storage
// (desktop: files and native dialogs; web: browser storage). It lives as long as the page, so React StrictMode's
// double effects cannot leave it half started; use-file-workflow.ts is the thin hook that renders its state.
import { dataStamp } from '../../../shared/data';
import type { HostApi } from '../../../shared/host/host-api';
import type { OpenedScenario, RecoverableWork, Revision, SavedScenario, SaveError, ScenarioRef } from '../../../shared/host/library-types';
import { baselineMismatch, type BaselineStamp } from '../../../shared/library/baseline';
import { SCENARIO_EXTENSION } from '../../../shared/library/file-names';
import { DELETED_KEPT_DAYS } from '../../../shared/library/service';
import { defaultScenario, type ScenarioDocument } from '../../../shared/scenario';
import { formatDateTime } from '../../i18n/format-date';
import { localeSettings } from '../../i18n/language';
import { t } from '../../i18n/t';
import { libraryErrorText, type LibraryErrorLike } from '../library/library-error-text';
import type { DocumentStore } from '../../state/document-store';
import type { Dialogs, ScenarioNotes } from './use-dialog';
import type { Notify, Succeeded } from './use-notices';
import { nameAsTyped, scenarioName, withShownName } from './scenario-name';

/** The working copy is written to the host's side file this long after the last change. */
export const AUTOSAVE_DELAY_MS = 2000;

/** The baseline dataset this app ships with. */
/** The data this app computes on (paper-era baseline and observed record); read on first use. */
export const bundledBaseline = (): BaselineStamp => dataStamp();

export interface CurrentFile {
  /** null for a scenario never saved. */
  ref: ScenarioRef | null;
  fileName: string | null;
  /** Written by a newer Puente: shown, never saved over. */
  readOnly: boolean;
  baselineMismatch: OpenedScenario['baselineMismatch'];
  /** The stored revision the working copy is based on; a save over a different one asks first. */
  revision: Revision | null;
}

export interface FileWorkflowState {
  current: CurrentFile;
  /** Work left by a session that did not end cleanly, newest first, until the user chooses. */
  recovery: readonly RecoverableWork[];
  /** Bumped whenever the library's contents change, so the library view reloads. */
  libraryVersion: number;
}

export interface FileWorkflowDeps {
  host: HostApi;
  store: DocumentStore;
  dialogs: Dialogs;
  notify: Notify;
  /** Takes away the errors a success has made untrue (a failed save, once a save works); none in some tests. */
  succeeded?: Succeeded;
  /** Open… in a host that cannot pick files shows the library instead. */
  showLibrary(): void;
  /** Timers, replaceable in tests. */
  timers?: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };
}

/** Whether two documents differ only in their view (Immer shares every part an edit did not touch). */
const sameContent = (a: ScenarioDocument, b: ScenarioDocument): boolean =>
  a === b || (Object.keys(a) as (keyof ScenarioDocument)[]).every((key) => key === 'view' || a[key] === b[key]);

const UNTITLED: CurrentFile = { ref: null, fileName: null, readOnly: false, baselineMismatch: null, revision: null };
const mismatchOf = (doc: ScenarioDocument) => baselineMismatch(doc, bundledBaseline());
const defaultTimers = { set: (callback: () => void, ms: number): unknown => setTimeout(callback, ms), clear: (handle: unknown) => clearTimeout(handle as number) };

export function createFileWorkflow(deps: FileWorkflowDeps) {
  const { host, store, dialogs, notify } = deps;
  const succeeded: Succeeded = deps.succeeded ?? (() => undefined);
  const timers = deps.timers ?? defaultTimers;
  let state: FileWorkflowState = { current: UNTITLED, recovery: [], libraryVersion: 0 };
  const listeners = new Set<() => void>();
  const update = (patch: Partial<FileWorkflowState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const setCurrent = (current: CurrentFile) => {
    update({ current });
    remember();
  };
  const changed = () => update({ libraryVersion: state.libraryVersion + 1 });
  const fail = (message: string) => notify('error', message);
  const doc = () => store.getSnapshot().doc;

  const exportFile = async () => {
    // A file handed to someone: an untitled scenario leaves named in the screen's language, as its file name says.
    const result = await host.exportScenario(withShownName(doc()));
    if (!result.ok) notify('error', libraryErrorText(result), undefined, 'export');
    else if (result.value) succeeded('export');
  };
  /** Offered wherever work could not be stored: the changes are still on screen and leave as a file. */
  const exportAction = { label: t('file.exportCopy'), run: exportFile };

  /** A failed save in the user's words; where storage failed, "Export a copy" is offered. */
  const failSave = (result: { code: SaveError } & LibraryErrorLike) => {
    const name = scenarioName(doc().name);
    if (result.code === 'no-space') notify('error', t('file.noSpace', { name }), exportAction, 'save');
    else if (result.code === 'rate-limited') notify('error', t('file.rateLimited'), undefined, 'save');
    else if (result.code === 'not-found') notify('error', t('file.saveNotInLibrary', { name }), exportAction, 'save');
    else if (result.code === 'io') notify('error', t('file.saveFailed', { name, message: libraryErrorText(result) }), exportAction, 'save');
    else notify('error', libraryErrorText(result), undefined, 'save');
  };

  const adoptSaved = (saved: SavedScenario, previousRef: ScenarioRef | null) => {
    // What an earlier failed save (or autosave, or Save on a read-only copy) said is no longer true.
    succeeded('save', 'autosave');
    store.markSaved(saved.document);
    setCurrent({ ref: saved.ref, fileName: saved.fileName, readOnly: false, baselineMismatch: state.current.baselineMismatch, revision: saved.revision });
    // The side file of the previous slot (an untitled scenario's) is not needed once the work is in a file.
    void host.clearAutosave(previousRef);
    if (previousRef !== saved.ref) void host.clearAutosave(saved.ref);
    changed();
  };

  const saveAs = async (): Promise<boolean> => {
    const previousRef = state.current.ref;
    let result;
    if (host.capabilities.nativeDialogs) {
      result = await host.saveScenarioAs(doc());
    } else {
      const typed = await dialogs.askName(t('file.saveAsTitle'), scenarioName(doc().name), t('file.save'));
      if (typed === null) return false;
      const name = nameAsTyped(typed);
      result = await host.saveScenarioAs({ ...doc(), name, createdAt: null });
    }
    if (!result.ok) {
      failSave(result);
      return false;
    }
    if (result.value === null) return false;
    adoptSaved(result.value, previousRef);
    return true;
  };

  const save = async (): Promise<boolean> => {
    const { ref, readOnly } = state.current;
    if (readOnly) {
      notify('error', t('file.readOnlySave'), undefined, 'save');
      return false;
    }
    if (ref === null) return saveAs();
    let result = await host.saveScenario(ref, doc(), state.current.revision);
    if (!result.ok && result.code === 'changed') {
      // Saved elsewhere since it was opened here: never replace that silently.
      const answer = await dialogs.ask({
        title: t('file.changedTitle', { name: scenarioName(doc().name) }),
        message: t('file.changedMessage'),
        actions: [
          { id: 'save-as', label: t('file.saveAsNew'), tone: 'primary' },
          { id: 'overwrite', label: t('file.overwrite'), tone: 'danger' },
        ],
      });
      if (answer === null) return false;
      if (answer.action === 'save-as') return saveAs();
      result = await host.saveScenario(ref, doc(), null);
    }
    if (!result.ok) {
      failSave(result);
      return false;
    }
    adoptSaved(result.value, ref);
    return true;
  };

  /** Before replacing the working copy: Save / Don't Save / Cancel when it has unsaved changes. */
  const confirmLeave = async (): Promise<boolean> => {
    const { dirty } = store.getSnapshot();
    if (!dirty) return true;
    const answer = await dialogs.ask({
      title: t('file.unsavedTitle', { name: scenarioName(doc().name) }),
      message: t('file.unsavedMessage'),
      actions: [
        { id: 'save', label: t('file.save'), tone: 'primary' },
        { id: 'discard', label: t('file.dontSave') },
      ],
    });
    if (answer === null) return false;
    if (answer.action === 'save') return save();
    // Awaited: what replaces the working copy may autosave into the same slot next.
    await host.clearAutosave(state.current.ref);
    return true;
  };

  /** Why a file does not open, in words (library-error-text.ts). */
  const openFailure = libraryErrorText;

  const show = (opened: OpenedScenario) => {
    store.load(opened.document);
    setCurrent({ ref: opened.ref, fileName: opened.fileName, readOnly: opened.readOnly, baselineMismatch: opened.baselineMismatch, revision: opened.revision });
    changed();
  };

  const openRef = async (ref: ScenarioRef): Promise<boolean> => {
    if (!(await confirmLeave())) return false;
    const opened = await host.openScenario(ref);
    if (!opened.ok) {
      fail(openFailure(opened));
      return false;
    }
    show(opened.value);
    return true;
  };

  const importFile = async () => {
    if (!(await confirmLeave())) return;
    const opened = await host.importScenario();
    if (!opened.ok) {
      // The codec's message says what is wrong; nothing was stored and the working copy is untouched.
      fail(t('file.importFailed', { message: openFailure(opened) }));
      return;
    }
    if (opened.value) show(opened.value);
  };

  const newScenario = async () => {
    if (!(await confirmLeave())) return;
    store.load(defaultScenario());
    setCurrent(UNTITLED);
  };

  /** Open…: the host's file picker (the OS dialog, or the browser's); where there is none, the library. */
  const open = async () => {
    if (host.capabilities.pickFiles) await importFile();
    else deps.showLibrary();
  };

  const renameRef = async (ref: ScenarioRef | null, currentName: string) => {
    const typed = await dialogs.askName(t('file.renameTitle'), scenarioName(currentName), t('file.rename'));
    if (typed === null) return;
    const name = nameAsTyped(typed);
    // The name may come as stored or as shown (a library card): either way, left as offered is no rename.
    if (name === nameAsTyped(currentName)) return;
    const isOpen = ref === state.current.ref;
    if (ref === null || (isOpen && state.current.readOnly)) {
      // Not in the library yet (or read-only): the name is an edit of the working copy.
      store.edit('rename', (d) => {
        d.name = name;
      });
      return;
    }
    const result = await host.renameScenario(ref, name);
    if (!result.ok) {
      fail(libraryErrorText(result));
      return;
    }
    if (ref === state.current.ref) {
      const { dirty } = store.getSnapshot();
      // The rename rewrote what was stored. If that was saved elsewhere since this copy was opened, the copy keeps
      // its older base, so the next Save still asks before replacing the other version (D10).
      const { renamedRevision, revision } = result.value;
      setCurrent({ ...state.current, ref: result.value.ref, fileName: result.value.fileName, revision: renamedRevision === state.current.revision ? revision : state.current.revision });
      // The file holds the new name; with no other changes the working copy is saved state again.
      if (dirty) store.edit('rename', (d) => { d.name = name; });
      else store.markSaved(result.value.document);
    }
    changed();
  };

  /**
   * A scenario's author and notes. A saved one's are written to its file at once, like Rename (the open scenario's
   * working copy takes them too); the working copy's alone (never saved, or read-only) are an edit like any other.
   */
  const editNotesRef = async (ref: ScenarioRef | null) => {
    const setNotes = (notes: ScenarioNotes) =>
      store.edit('notes', (d) => {
        d.author = notes.author;
        d.notes = notes.notes;
      });
    const same = (a: ScenarioNotes, b: ScenarioNotes) => a.author === b.author && a.notes === b.notes;
    if (ref === null || (ref === state.current.ref && state.current.readOnly)) {
      const working = doc();
      const answer = await dialogs.askNotes(t('file.notesTitle', { name: scenarioName(working.name) }), working);
      if (answer && !same(answer, working)) setNotes(answer);
      return;
    }
    const opened = await host.openScenario(ref);
    if (!opened.ok) {
      fail(openFailure(opened));
      return;
    }
    if (opened.value.readOnly) {
      fail(t('file.readOnlySave'));
      return;
    }
    const stored = opened.value.document;
    const answer = await dialogs.askNotes(t('file.notesTitle', { name: scenarioName(stored.name) }), stored);
    if (answer === null || same(answer, stored)) return;
    const saved = await host.saveScenario(ref, { ...stored, author: answer.author, notes: answer.notes }, opened.value.revision);
    if (!saved.ok) {
      fail(saved.message);
      return;
    }
    if (ref === state.current.ref) {
      const { dirty } = store.getSnapshot();
      setCurrent({ ...state.current, revision: saved.value.revision });
      setNotes(answer);
      // With no other changes the working copy is the file again.
      if (!dirty) store.markSaved(saved.value.document);
    }
    changed();
  };

  const duplicateRef = async (ref: ScenarioRef | null, currentName: string) => {
    if (ref === null) {
      fail(t('file.saveFirst'));
      return;
    }
    const name = await dialogs.askName(t('file.duplicateTitle'), t('file.copyName', { name: scenarioName(currentName) }), t('file.duplicate'));
    if (name === null) return;
    const result = await host.duplicateScenario(ref, name);
    if (!result.ok) fail(libraryErrorText(result));
    else notify('info', t('file.duplicated', { name: scenarioName(result.value.document.name) }));
    changed();
  };

  const removeRef = async (ref: ScenarioRef | null, storedName: string) => {
    const name = scenarioName(storedName);
    if (ref === null) {
      fail(t('file.saveFirst'));
      return;
    }
    const where = host.capabilities.filePaths ? t('file.deleteToTrash') : t('file.deleteFromBrowser');
    if (!(await dialogs.confirm(t('file.deleteTitle', { name }), where, t('file.delete')))) return;
    const result = await host.deleteScenario(ref);
    if (!result.ok) {
      fail(libraryErrorText(result));
      return;
    }
    let leftOnScreen: ScenarioDocument | null = null;
    if (ref === state.current.ref) {
      // The open scenario is gone from the library; what is on screen becomes an unsaved copy.
      setCurrent(UNTITLED);
      store.loadUnsaved(doc());
      leftOnScreen = doc();
    }
    const { id } = result.value;
    notify('info', t('file.deleted', { name }), { label: t('file.undo'), run: () => restoreDeleted(id, leftOnScreen) });
    changed();
  };

  /**
   * Puts a deleted scenario back in the library. If it was the open one and the copy left on screen has not been
   * edited since, Undo opens it again, so the screen is back as it was before Delete.
   */
  const restoreDeleted = async (id: string, leftOnScreen: ScenarioDocument | null = null) => {
    const restored = await host.restoreDeleted(id);
    if (!restored.ok) {
      fail(libraryErrorText(restored));
      return;
    }
    if (leftOnScreen !== null && doc() === leftOnScreen) {
      const reopened = await host.openScenario(restored.value.ref);
      if (reopened.ok) show(reopened.value);
    }
    notify('info', t('file.restored', { name: restored.value.document ? scenarioName(restored.value.document.name) : restored.value.fileName }));
    changed();
  };

  /** Recently deleted: the scenarios deleted in the last DELETED_KEPT_DAYS, newest first; restores the one picked. */
  const showDeleted = async () => {
    const deleted = await host.listDeleted();
    if (!deleted.ok) {
      fail(libraryErrorText(deleted));
      return;
    }
    if (deleted.value.length === 0) {
      notify('info', t('file.noDeleted', { days: DELETED_KEPT_DAYS }));
      return;
    }
    const answer = await dialogs.ask({
      title: t('file.deletedTitle'),
      message: t('file.deletedMessage', { days: DELETED_KEPT_DAYS }),
      actions: deleted.value.map((d) => ({
        id: d.id,
        label: t('file.deletedItem', { name: scenarioName(d.fileName.replace(SCENARIO_EXTENSION, '')), time: formatDateTime(d.deletedAt) }),
      })),
    });
    if (answer !== null) await restoreDeleted(answer.action);
  };

  /** Shows an earlier version (a rolling backup) as unsaved changes to the scenario: Save makes it current again. */
  const restoreBackup = async () => {
    const { ref } = state.current;
    if (ref === null) {
      fail(t('file.saveFirst'));
      return;
    }
    const backups = await host.listBackups(ref);
    if (!backups.ok) {
      fail(libraryErrorText(backups));
      return;
    }
    if (backups.value.length === 0) {
      notify('info', t('file.noBackups'));
      return;
    }
    const answer = await dialogs.ask({
      title: t('file.restoreTitle'),
      message: t('file.restoreMessage'),
      actions: backups.value.map((b) => ({ id: b.id, label: formatDateTime(b.takenAt) })),
    });
    if (answer === null || !(await confirmLeave())) return;
    const restored = await host.readBackup(ref, answer.action);
    if (!restored.ok) {
      fail(libraryErrorText(restored));
      return;
    }
    store.loadUnsaved(restored.value);
    setCurrent({ ...state.current, baselineMismatch: mismatchOf(restored.value) });
  };

  const rebase = () => {
    store.edit('rebase', (d) => {
      d.baseline = { ...bundledBaseline() };
    });
    setCurrent({ ...state.current, baselineMismatch: null });
  };

  const recover = async (work: RecoverableWork) => {
    // Edits made since the start are unsaved work too: the recovered copy must not replace them unasked.
    if (!(await confirmLeave())) return;
    store.loadUnsaved(work.document);
    setCurrent({ ref: work.ref, fileName: work.fileName, readOnly: false, baselineMismatch: mismatchOf(work.document), revision: work.revision });
    // Only one working copy is on screen; the others stay until the next start or are discarded.
    update({ recovery: [] });
    // The recovered record goes only once the work is safe in this session's own autosave.
    const kept = await host.writeAutosave(work.ref, work.document, work.revision);
    if (kept.ok) await host.discardRecoveredWork(work.id);
  };

  const discardRecovery = (work: RecoverableWork) => {
    void host.discardRecoveredWork(work.id);
    update({ recovery: state.recovery.filter((w) => w !== work) });
  };

  // ---- keeping the host informed: title with the unsaved marker, the unsaved flag, the autosaved working copy ----
  let shownTitle: string | null = null;
  let shownUnsaved: boolean | null = null;
  let autosaveTimer: unknown = null;
  let lastDoc: ScenarioDocument | null = null;
  /** Set once a failed autosave was reported, so a full disk gives one notice, not one every two seconds. */
  let autosaveWarned = false;

  const autosaveNow = async () => {
    autosaveTimer = null;
    const { doc: current, dirty } = store.getSnapshot();
    if (!dirty) return;
    const kept = await host.writeAutosave(state.current.ref, current, state.current.revision).catch((e: unknown) => ({ ok: false as const, code: 'io' as const, message: String(e) }));
    if (kept.ok) {
      autosaveWarned = false;
      succeeded('autosave');
    } else if (!autosaveWarned && kept.code !== 'invalid') {
      autosaveWarned = true;
      const reason = kept.code === 'no-space' ? t('file.autosaveNoSpace') : libraryErrorText(kept);
      notify('error', t('file.autosaveFailed', { reason }), exportAction, 'autosave');
    }
  };

  // ---- what is on screen, remembered so a reload reopens it (after the reload's own resume has run) ----
  let resumed = false;
  let rememberedRef: ScenarioRef | null | undefined;
  let rememberedView: ScenarioDocument['view'] | null = null;
  // One write at a time, always of the latest state: opening a file changes the view, then the reference, and the
  // last must win; browsing through ten places quickly makes two writes, not ten.
  let writing = false;
  let writeAgain = false;
  function remember() {
    if (!resumed) return;
    const { ref } = state.current;
    const { view } = doc();
    if (ref === rememberedRef && view === rememberedView) return;
    rememberedRef = ref;
    rememberedView = view;
    if (writing) {
      writeAgain = true;
      return;
    }
    writing = true;
    void (async () => {
      do {
        writeAgain = false;
        await host.rememberSession(rememberedRef ?? null, rememberedView ?? view).catch(() => undefined);
      } while (writeAgain);
      writing = false;
    })();
  }

  /**
   * After a reload: the scenario that was open, with its unsaved work and the place and lens that were on screen.
   * Only onto an untouched screen: whatever the user did meanwhile wins.
   */
  const resume = async () => {
    const session = await host.resumeSession().catch(() => null);
    const { dirty, canUndo } = store.getSnapshot();
    if (session && !dirty && !canUndo && state.current.ref === null) {
      if (session.document && session.unsaved) store.loadUnsaved(session.document);
      else if (session.document) store.load(session.document);
      store.setView((v) => {
        v.region = session.view.region;
        v.lens = session.view.lens;
        v.charts = [...session.view.charts];
      });
      update({ current: { ref: session.ref, fileName: session.fileName, readOnly: session.readOnly, baselineMismatch: session.baselineMismatch, revision: session.revision } });
      changed();
    }
    resumed = true;
    remember();
  };

  const syncHost = () => {
    remember();
    const { doc: current, dirty } = store.getSnapshot();
    const title = `${scenarioName(current.name)}${dirty ? ' •' : ''} — ${t('app.name')}`;
    if (title !== shownTitle) {
      shownTitle = title;
      void host.setTitle(title);
    }
    if (dirty !== shownUnsaved) {
      shownUnsaved = dirty;
      host.setUnsavedChanges(dirty);
    }
    // Only an edit restarts the autosave timer: browsing (a new place or lens) changes the document's view alone.
    if (lastDoc === null || !sameContent(current, lastDoc)) {
      if (autosaveTimer !== null) timers.clear(autosaveTimer);
      autosaveTimer = dirty ? timers.set(() => void autosaveNow(), AUTOSAVE_DELAY_MS) : null;
    }
    lastDoc = current;
  };

  let recoveryAsked = false;

  /** Opens what the system asked the app to open (a double-clicked file), one after another, like Open. */
  let taking = false;
  let askedAgain = false;
  const openRequested = async () => {
    askedAgain = true;
    if (taking) return; // the running loop takes again before it stops
    taking = true;
    try {
      while (askedAgain) {
        askedAgain = false;
        for (const ref of await host.takeOpenRequests()) await commands.openRef(ref);
      }
    } finally {
      taking = false;
    }
  };

  /** A command that fails unexpectedly (a host that throws) says so instead of doing nothing. */
  const reported = <A extends unknown[], R>(command: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | false> => {
      try {
        return await command(...args);
      } catch (e) {
        notify('error', t('file.unexpected', { message: e instanceof Error ? e.message : String(e) }), exportAction);
        return false;
      }
    };

  const commands = {
    newScenario: reported(newScenario),
    open: reported(open),
    openRef: reported(openRef),
    save: reported(save),
    saveAs: reported(saveAs),
    importFile: reported(importFile),
    exportFile: reported(exportFile),
    rebase,
    recover: reported(recover),
    discardRecovery,
    restoreBackup: reported(restoreBackup),
    restoreDeleted: reported(restoreDeleted),
    showDeleted: reported(showDeleted),
    rename: reported(() => renameRef(state.current.ref, doc().name)),
    duplicate: reported(() => duplicateRef(state.current.ref, doc().name)),
    remove: reported(() => removeRef(state.current.ref, doc().name)),
    renameRef: reported(renameRef),
    editNotesRef: reported(editNotesRef),
    duplicateRef: reported(duplicateRef),
    removeRef: reported(removeRef),
  };

  return {
    commands,
    getSnapshot: (): FileWorkflowState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Starts following the document (title, unsaved flag, autosave, what is on screen) and, the first time only,
     * reopens what the page showed before a reload and asks the host for work a crash left. Returns the stop
     * function; starting again after a stop is safe.
     */
    start(): () => void {
      const unsubscribe = store.subscribe(syncHost);
      // The window title names an untitled scenario in the screen's language: a switch rewrites it.
      const stopLocale = localeSettings.subscribe(syncHost);
      const stopRequests = host.onOpenRequest(() => void openRequested());
      syncHost();
      if (!recoveryAsked) {
        recoveryAsked = true;
        // In order: what the page showed before a reload, then files the system asked to open, then work a crash
        // left (the resumed work is this session's own by then, so it is not offered twice).
        void (async () => {
          await resume();
          await openRequested();
          update({ recovery: await host.recoverableWork().catch(() => []) });
        })();
      } else {
        void openRequested();
      }
      return () => {
        unsubscribe();
        stopLocale();
        stopRequests();
        if (autosaveTimer !== null) timers.clear(autosaveTimer);
        autosaveTimer = null;
        lastDoc = null;
      };
    },
  };
}

export type FileWorkflow = ReturnType<typeof createFileWorkflow>;
export type FileCommands = FileWorkflow['commands'];
