// The file workflow: New, Open, Save, Save As, Duplicate, Rename, Delete, Recent, Import, Export, autosave and
// recovery, and the read-only and older-baseline states. Menu, shortcuts, native menu commands and library cards
// all call these; the host does the storage (Electron: files and native dialogs; web: browser storage).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dataStamp } from '../../../shared/data';
import type { HostApi } from '../../../shared/host/host-api';
import type { OpenedScenario, RecoverableWork, SavedScenario, ScenarioRef } from '../../../shared/host/library-types';
import { defaultScenario, type ScenarioDocument } from '../../../shared/scenario';
import { formatDateTime } from '../../i18n/format-date';
import { t } from '../../i18n/t';
import type { DocumentStore } from '../../state/document-store';
import type { Dialogs } from './use-dialog';
import type { Notify } from './use-notices';

/** The working copy is written to the host's side file this long after the last change. */
export const AUTOSAVE_DELAY_MS = 2000;

export interface CurrentFile {
  /** null for a scenario never saved. */
  ref: ScenarioRef | null;
  fileName: string | null;
  /** Written by a newer Puente: shown, never saved over. */
  readOnly: boolean;
  baselineMismatch: OpenedScenario['baselineMismatch'];
}

const UNTITLED: CurrentFile = { ref: null, fileName: null, readOnly: false, baselineMismatch: null };

export function mismatchOf(doc: ScenarioDocument): CurrentFile['baselineMismatch'] {
  const b = doc.baseline;
  const current = dataStamp();
  return b && (b.datasetId !== current.datasetId || b.checksum !== current.checksum) ? { fileDatasetId: b.datasetId, fileChecksum: b.checksum } : null;
}

interface Deps {
  host: HostApi;
  store: DocumentStore;
  dialogs: Dialogs;
  notify: Notify;
  /** Open… in a host without a native dialog shows the library instead. */
  showLibrary(): void;
}

export function useFileWorkflow({ host, store, dialogs, notify, showLibrary }: Deps) {
  const [current, setCurrent] = useState<CurrentFile>(UNTITLED);
  const currentRef = useRef(current);
  currentRef.current = current;
  const [recovery, setRecovery] = useState<RecoverableWork[]>([]);
  /** Bumped whenever the library's contents change, so the library view reloads. */
  const [libraryVersion, setLibraryVersion] = useState(0);
  const changed = useCallback(() => setLibraryVersion((v) => v + 1), []);
  const fail = useCallback((message: string) => notify('error', message), [notify]);

  const adoptSaved = useCallback(
    (saved: SavedScenario, previousRef: ScenarioRef | null) => {
      store.markSaved(saved.document);
      setCurrent((c) => ({ ref: saved.ref, fileName: saved.fileName, readOnly: false, baselineMismatch: c.baselineMismatch }));
      // The side file of the previous slot (an untitled scenario's) is not needed once the work is in a file.
      void host.clearAutosave(previousRef);
      if (previousRef !== saved.ref) void host.clearAutosave(saved.ref);
      changed();
    },
    [host, store, changed],
  );

  const saveAs = useCallback(async (): Promise<boolean> => {
    const doc = store.getSnapshot().doc;
    const previousRef = currentRef.current.ref;
    let result;
    if (host.kind === 'electron') {
      result = await host.saveScenarioAs(doc);
    } else {
      const name = await dialogs.askName(t('file.saveAsTitle'), doc.name, t('file.save'));
      if (name === null) return false;
      result = await host.saveScenarioAs({ ...doc, name, createdAt: null });
    }
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    if (result.value === null) return false;
    adoptSaved(result.value, previousRef);
    return true;
  }, [host, store, dialogs, fail, adoptSaved]);

  const save = useCallback(async (): Promise<boolean> => {
    const { ref, readOnly } = currentRef.current;
    if (readOnly) {
      fail(t('file.readOnlySave'));
      return false;
    }
    if (ref === null) return saveAs();
    const result = await host.saveScenario(ref, store.getSnapshot().doc);
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    adoptSaved(result.value, ref);
    return true;
  }, [host, store, fail, saveAs, adoptSaved]);

  /** Before replacing the working copy: Save / Don't Save / Cancel when it has unsaved changes. */
  const confirmLeave = useCallback(async (): Promise<boolean> => {
    const { doc, dirty } = store.getSnapshot();
    if (!dirty) return true;
    const answer = await dialogs.ask({
      title: t('file.unsavedTitle', { name: doc.name }),
      message: t('file.unsavedMessage'),
      actions: [
        { id: 'save', label: t('file.save'), tone: 'primary' },
        { id: 'discard', label: t('file.dontSave') },
      ],
    });
    if (answer === null) return false;
    if (answer.action === 'save') return save();
    void host.clearAutosave(currentRef.current.ref);
    return true;
  }, [host, store, dialogs, save]);

  const show = useCallback(
    (opened: OpenedScenario) => {
      store.load(opened.document);
      setCurrent({ ref: opened.ref, fileName: opened.fileName, readOnly: opened.readOnly, baselineMismatch: opened.baselineMismatch });
      changed();
    },
    [store, changed],
  );

  const openRef = useCallback(
    async (ref: ScenarioRef): Promise<boolean> => {
      if (!(await confirmLeave())) return false;
      const opened = await host.openScenario(ref);
      if (!opened.ok) {
        fail(opened.message);
        return false;
      }
      show(opened.value);
      return true;
    },
    [host, confirmLeave, fail, show],
  );

  const importFile = useCallback(async () => {
    if (!(await confirmLeave())) return;
    const opened = await host.importScenario();
    if (!opened.ok) {
      // The codec's message says what is wrong; nothing was stored and the working copy is untouched.
      fail(t('file.importFailed', { message: opened.message }));
      return;
    }
    if (opened.value) show(opened.value);
  }, [host, confirmLeave, fail, show]);

  const newScenario = useCallback(async () => {
    if (!(await confirmLeave())) return;
    store.load(defaultScenario(t('title.untitled')));
    setCurrent(UNTITLED);
  }, [store, confirmLeave]);

  const open = useCallback(async () => {
    if (host.kind === 'electron') await importFile();
    else showLibrary();
  }, [host, importFile, showLibrary]);

  const exportFile = useCallback(async () => {
    const result = await host.exportScenario(store.getSnapshot().doc);
    if (!result.ok) fail(result.message);
  }, [host, store, fail]);

  const renameRef = useCallback(
    async (ref: ScenarioRef | null, currentName: string) => {
      const name = await dialogs.askName(t('file.renameTitle'), currentName, t('file.rename'));
      if (name === null || name === currentName) return;
      const isOpen = ref === currentRef.current.ref;
      if (ref === null || (isOpen && currentRef.current.readOnly)) {
        // Not in the library yet (or read-only): the name is an edit of the working copy.
        store.edit('rename', (d) => {
          d.name = name;
        });
        return;
      }
      const result = await host.renameScenario(ref, name);
      if (!result.ok) {
        fail(result.message);
        return;
      }
      if (isOpen) {
        const { dirty } = store.getSnapshot();
        setCurrent((c) => ({ ...c, ref: result.value.ref, fileName: result.value.fileName }));
        // The file holds the new name; with no other changes the working copy is saved state again.
        if (dirty) store.edit('rename', (d) => { d.name = name; });
        else store.markSaved(result.value.document);
      }
      changed();
    },
    [host, store, dialogs, fail, changed],
  );

  const duplicateRef = useCallback(
    async (ref: ScenarioRef | null, currentName: string) => {
      if (ref === null) {
        fail(t('file.saveFirst'));
        return;
      }
      const name = await dialogs.askName(t('file.duplicateTitle'), t('file.copyName', { name: currentName }), t('file.duplicate'));
      if (name === null) return;
      const result = await host.duplicateScenario(ref, name);
      if (!result.ok) fail(result.message);
      else notify('info', t('file.duplicated', { name: result.value.document.name }));
      changed();
    },
    [host, dialogs, fail, notify, changed],
  );

  const removeRef = useCallback(
    async (ref: ScenarioRef | null, name: string) => {
      if (ref === null) {
        fail(t('file.saveFirst'));
        return;
      }
      const where = host.kind === 'electron' ? t('file.deleteToTrash') : t('file.deleteFromBrowser');
      if (!(await dialogs.confirm(t('file.deleteTitle', { name }), where, t('file.delete')))) return;
      const result = await host.deleteScenario(ref);
      if (!result.ok) {
        fail(result.message);
        return;
      }
      if (ref === currentRef.current.ref) {
        // The open scenario is gone from the library; what is on screen becomes an unsaved copy.
        setCurrent(UNTITLED);
        store.loadUnsaved(store.getSnapshot().doc);
      }
      notify('info', t('file.deleted', { name }));
      changed();
    },
    [host, store, dialogs, fail, notify, changed],
  );

  /** Shows an earlier version (a rolling backup) as unsaved changes to the scenario: Save makes it current again. */
  const restoreBackup = useCallback(async () => {
    const { ref } = currentRef.current;
    if (ref === null) {
      fail(t('file.saveFirst'));
      return;
    }
    const backups = await host.listBackups(ref);
    if (!backups.ok) {
      fail(backups.message);
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
    const doc = await host.readBackup(ref, answer.action);
    if (!doc.ok) {
      fail(doc.message);
      return;
    }
    store.loadUnsaved(doc.value);
    setCurrent((c) => ({ ...c, baselineMismatch: mismatchOf(doc.value) }));
  }, [host, store, dialogs, fail, notify, confirmLeave]);

  const rebase = useCallback(() => {
    store.edit('rebase', (d) => {
      d.baseline = { ...dataStamp() };
    });
    setCurrent((c) => ({ ...c, baselineMismatch: null }));
  }, [store]);

  // Crash recovery: what the host kept of a session that did not end cleanly is offered once, newest first.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void host.recoverableWork().then(setRecovery, () => setRecovery([]));
  }, [host]);

  const recover = useCallback(
    async (work: RecoverableWork) => {
      // The desktop host knows a file's reference once it has seen the file this session; listing the library
      // introduces it, so a later Save goes to the recovered scenario's own file.
      if (work.ref !== null) await host.listScenarios().catch(() => undefined);
      store.loadUnsaved(work.document);
      setCurrent({ ref: work.ref, fileName: work.fileName, readOnly: false, baselineMismatch: mismatchOf(work.document) });
      // Only one working copy is on screen; the others stay on disk until the next start or are discarded.
      setRecovery([]);
    },
    [host, store],
  );
  const discardRecovery = useCallback(
    (work: RecoverableWork) => {
      void host.clearAutosave(work.ref);
      setRecovery((list) => list.filter((w) => w !== work));
    },
    [host],
  );

  // One stable object, so menu subscriptions and memoised components do not churn on every render.
  const commands = useMemo(
    () => ({
      newScenario, open, openRef, save, saveAs, importFile, exportFile, rebase, recover, discardRecovery, restoreBackup,
      rename: () => renameRef(currentRef.current.ref, store.getSnapshot().doc.name),
      duplicate: () => duplicateRef(currentRef.current.ref, store.getSnapshot().doc.name),
      remove: () => removeRef(currentRef.current.ref, store.getSnapshot().doc.name),
      renameRef, duplicateRef, removeRef,
    }),
    [newScenario, open, openRef, save, saveAs, importFile, exportFile, rebase, recover, discardRecovery, restoreBackup, renameRef, duplicateRef, removeRef, store],
  );
  return { current, recovery, libraryVersion, commands };
}

export type FileCommands = ReturnType<typeof useFileWorkflow>['commands'];

/**
 * Keeps the host informed: the title with the unsaved marker, the unsaved flag (close guard / beforeunload) and the
 * autosaved working copy, written AUTOSAVE_DELAY_MS after the last change.
 */
export function useHostSync(host: HostApi, doc: ScenarioDocument, dirty: boolean, ref: ScenarioRef | null): void {
  useEffect(() => {
    void host.setTitle(`${doc.name}${dirty ? ' •' : ''} — ${t('app.name')}`);
  }, [host, doc.name, dirty]);
  useEffect(() => {
    host.setUnsavedChanges(dirty);
  }, [host, dirty]);
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void host.writeAutosave(ref, doc).catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, doc, dirty, ref]);
}
