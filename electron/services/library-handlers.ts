// The main-process side of the scenario library channels: each one calls the shared library service
// (shared/library/service.ts, over the disk adapter), which checks every document from the page with the
// scenario codec before anything is written. Dialogs are passed in.
import { basename } from 'node:path';
import type { ScenarioRef } from '../../shared/host/library-types';
import type { LibraryService } from '../../shared/library/service';
import { libraryErr } from '../../shared/library/library-error';
import { ok } from '../../shared/result';
import { defaultScenario, type ScenarioDocument } from '../../shared/scenario';
import { writeFileAtomic } from '../files/atomic-write';
import type { HandlerMap } from './ipc-validation';
import { createRateLimit } from './rate-limit';

/** New library files without a dialog (Save of an untitled scenario, Duplicate): 10 at once, then one every 6 s. */
export const CREATION_LIMIT = { burst: 10, everyMs: 6000 };

export interface LibraryCapabilities {
  /** Scenario files the system asked the app to open, not yet taken by the window (open-requests.ts). */
  takeOpenRequests(): ScenarioRef[];
  /** Native open dialog filtered to scenario files; null when cancelled. */
  pickOpenPath(): Promise<string | null>;
  /** Native save dialog; null when cancelled. */
  pickSavePath(defaultFileName: string): Promise<string | null>;
  /** Remembers whether the sender's window has unsaved changes, so closing it asks first. */
  setUnsaved(senderId: number, unsaved: boolean): void;
  /** The clock for the creation limit. */
  now(): number;
}

/** Untitled scenarios saved under a file name chosen in the dialog take that name ("Ministry proposal.puente.json"). */
export function nameFromChosenFile(doc: ScenarioDocument, chosenPath: string): ScenarioDocument {
  if (doc.name !== defaultScenario().name) return doc;
  const stem = basename(chosenPath).replace(/(\.puente)?\.json$/i, '').trim();
  return stem ? { ...doc, name: stem.slice(0, 200) } : doc;
}

type LibraryChannel = Extract<keyof HandlerMap, `library:${string}` | `autosave:${string}` | `session:${string}` | 'app:set-unsaved'>;

export function createLibraryHandlers(library: LibraryService, caps: LibraryCapabilities) {
  /** The autosave slots each window wrote, so "Don't Save" on close can drop them. */
  const slotsByWindow = new Map<number, Set<ScenarioRef | null>>();
  const creations = createRateLimit({ ...CREATION_LIMIT, now: caps.now });

  const handlers: Pick<HandlerMap, LibraryChannel> = {
    'app:set-unsaved': ([unsaved], { senderId }) => {
      caps.setUnsaved(senderId, unsaved);
      return ok(null);
    },
    'library:list': () => library.listScenarios(),
    'library:recent': async () => ok(await library.recentScenarios()),
    'library:open': ([ref]) => library.openScenario(ref),
    'library:import': async () => {
      const path = await caps.pickOpenPath();
      return path === null ? ok(null) : library.openLocator(path);
    },
    'library:save': ([ref, raw, revision]) =>
      ref === null && !creations.take() ? libraryErr('rate-limited') : library.saveScenario(ref, raw, revision),
    'library:save-as': async ([raw]) => {
      const file = library.exportText(raw);
      if (!file.ok) return file;
      const path = await caps.pickSavePath(file.value.fileName);
      return path === null ? ok(null) : library.saveScenarioAt(path, nameFromChosenFile(raw, path));
    },
    'library:export': async ([raw]) => {
      const file = library.exportText(raw);
      if (!file.ok) return file;
      const path = await caps.pickSavePath(file.value.fileName);
      if (path === null) return ok(false);
      try {
        await writeFileAtomic(path, file.value.text);
        return ok(true);
      } catch (e) {
        return libraryErr('io', { kind: 'storage', operation: 'write-copy' }, (e as NodeJS.ErrnoException).code ?? String(e));
      }
    },
    'library:rename': ([ref, name]) => library.renameScenario(ref, name),
    'library:duplicate': ([ref, name]) => (creations.take() ? library.duplicateScenario(ref, name) : libraryErr('rate-limited')),
    'library:delete': ([ref]) => library.deleteScenario(ref),
    'library:deleted': () => library.listDeleted(),
    'library:restore-deleted': ([id]) => library.restoreDeleted(id),
    'library:backups': ([ref]) => library.listBackups(ref),
    'library:read-backup': ([ref, id]) => library.readBackup(ref, id),
    'autosave:write': async ([ref, raw, revision], { senderId }) => {
      const written = await library.writeAutosave(ref, raw, revision);
      if (written.ok) slotsByWindow.set(senderId, (slotsByWindow.get(senderId) ?? new Set()).add(ref));
      return written;
    },
    'autosave:clear': ([ref]) => library.clearAutosave(ref),
    'autosave:recoverable': async () => ok(await library.recoverableWork()),
    'autosave:discard': ([id]) => library.discardRecoveredWork(id),
    'session:remember': ([ref, view]) => library.rememberSession(ref, view),
    // One window, one session: a reload of the page keeps the process, so it resumes this session's own record.
    'session:resume': async () => ok(await library.resumeSession()),
    'library:take-open-requests': () => ok(caps.takeOpenRequests()),
  };
  return {
    handlers,
    /** "Don't Save" on close: the user chose to drop this window's unsaved work, so recovery must not offer it. */
    async discardAutosaves(senderId: number): Promise<void> {
      const slots = slotsByWindow.get(senderId) ?? new Set();
      slotsByWindow.delete(senderId);
      await Promise.all([...slots].map((ref) => library.clearAutosave(ref)));
    },
  };
}
