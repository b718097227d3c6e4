// The main-process side of the scenario library channels. Documents arriving from the page are parsed
// with the scenario codec before anything is written; dialogs and the trash are passed in.
import { err, ok, type Result } from '../../shared/result';
import type { OpenedScenario, ScenarioRef } from '../../shared/host/library-types';
import { basename } from 'node:path';
import { defaultScenario, parseScenarioValue, SCENARIO_RULES, serialiseScenario, type ScenarioDocument } from '../../shared/scenario';
import type { Autosave } from '../files/autosave';
import { writeFileAtomic } from '../files/atomic-write';
import { fileNameFor } from '../files/file-names';
import type { createRecentList } from '../files/recent';
import type { ScenarioStore } from '../files/scenario-store';
import type { HandlerMap } from './ipc-validation';

export interface LibraryCapabilities {
  /** Native open dialog filtered to scenario files; null when cancelled. */
  pickOpenPath(): Promise<string | null>;
  /** Native save dialog; null when cancelled. */
  pickSavePath(defaultFileName: string): Promise<string | null>;
  /** Remembers whether the sender's window has unsaved changes, so closing it asks first. */
  setUnsaved(senderId: number, unsaved: boolean): void;
}

/** Untitled scenarios saved under a file name chosen in the dialog take that name ("Ministry proposal.puente.json"). */
export function nameFromChosenFile(doc: ScenarioDocument, chosenPath: string): ScenarioDocument {
  if (doc.name !== defaultScenario().name) return doc;
  const stem = basename(chosenPath).replace(/(\.puente)?\.json$/i, '').trim();
  return stem ? { ...doc, name: stem.slice(0, 200) } : doc;
}

export interface LibraryServices {
  store: ScenarioStore;
  autosave: Autosave;
  recent: ReturnType<typeof createRecentList>;
}

type LibraryChannel = Extract<keyof HandlerMap, `library:${string}` | `autosave:${string}` | 'app:set-unsaved'>;

const parseDoc = (raw: unknown): Result<ScenarioDocument, 'invalid'> => {
  const parsed = parseScenarioValue(raw, SCENARIO_RULES);
  return parsed.ok ? parsed : err('invalid', `The scenario was not saved: ${parsed.message}`);
};
const slotFor = (ref: ScenarioRef | null): string => ref ?? 'untitled';

export function createLibraryHandlers({ store, autosave, recent }: LibraryServices, caps: LibraryCapabilities) {
  /** The autosave slots each window wrote, so "Don't Save" on close can drop them. */
  const slotsByWindow = new Map<number, Set<string>>();
  const noteRecent = async (ref: ScenarioRef) => {
    const path = store.pathOf(ref);
    if (path) await recent.add(path).catch(() => undefined);
  };
  const opened = async (result: Result<OpenedScenario, never> | Awaited<ReturnType<ScenarioStore['open']>>) => {
    if (result.ok) await noteRecent(result.value.ref);
    return result;
  };

  const handlers: Pick<HandlerMap, LibraryChannel> = {
    'app:set-unsaved': ([unsaved], { senderId }) => {
      caps.setUnsaved(senderId, unsaved);
      return { ok: true, value: null };
    },
    'library:list': async () => {
      try {
        return ok(await store.list());
      } catch (e) {
        return err('io', `The library folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    },
    'library:recent': async () => ok(await Promise.all((await recent.load()).map((path) => store.describe(path)))),
    'library:open': async ([ref]) => opened(await store.open(ref)),
    'library:import': async () => {
      const path = await caps.pickOpenPath();
      return path === null ? ok(null) : opened(await store.openPath(path));
    },
    'library:save': async ([ref, raw]) => {
      const doc = parseDoc(raw);
      if (!doc.ok) return doc;
      const saved = ref === null ? await store.saveAs(doc.value) : await store.save(ref, doc.value);
      if (saved.ok) {
        await noteRecent(saved.value.ref);
        await autosave.clear(slotFor(ref)).catch(() => undefined);
      }
      return saved;
    },
    'library:save-as': async ([raw]) => {
      const doc = parseDoc(raw);
      if (!doc.ok) return doc;
      const path = await caps.pickSavePath(fileNameFor(doc.value.name));
      if (path === null) return ok(null);
      const saved = await store.saveAs(nameFromChosenFile(doc.value, path), path);
      if (saved.ok) await noteRecent(saved.value.ref);
      return saved;
    },
    'library:export': async ([raw]) => {
      const doc = parseDoc(raw);
      if (!doc.ok) return doc;
      const path = await caps.pickSavePath(fileNameFor(doc.value.name));
      if (path === null) return ok(false);
      try {
        await writeFileAtomic(path, serialiseScenario(doc.value));
        return ok(true);
      } catch (e) {
        return err('io', `The copy could not be written (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    },
    'library:rename': async ([ref, name]) => store.rename(ref, name),
    'library:duplicate': async ([ref, name]) => store.duplicate(ref, name),
    'library:delete': async ([ref]) => {
      const path = store.pathOf(ref);
      const removed = await store.remove(ref);
      if (removed.ok && path) await recent.remove(path).catch(() => undefined);
      return removed;
    },
    'library:backups': async ([ref]) => store.backups(ref),
    'library:read-backup': async ([ref, id]) => store.readBackup(ref, id),
    'autosave:write': async ([ref, raw], { senderId }) => {
      const doc = parseDoc(raw);
      if (!doc.ok) return doc;
      try {
        const path = ref ? store.pathOf(ref) : null;
        await autosave.write(slotFor(ref), ref, path ? { name: basename(path), path } : null, doc.value);
        slotsByWindow.set(senderId, (slotsByWindow.get(senderId) ?? new Set()).add(slotFor(ref)));
        return { ok: true, value: null };
      } catch (e) {
        return err('io', `Autosave failed (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    },
    'autosave:clear': async ([ref]) => {
      try {
        await autosave.clear(slotFor(ref));
        return { ok: true, value: null };
      } catch (e) {
        return err('io', `Autosave could not be cleared (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
      }
    },
    'autosave:recoverable': async () =>
      ok(
        (await autosave.recoverable()).map(({ path, fileName, savedAt, document }) => ({
          // The file's reference is valid again in this session, so the recovered work saves back to it.
          ref: path ? store.adopt(path) : null,
          fileName,
          savedAt,
          document,
        })),
      ),
  };
  return {
    handlers,
    /** "Don't Save" on close: the user chose to drop this window's unsaved work, so recovery must not offer it. */
    async discardAutosaves(senderId: number): Promise<void> {
      const slots = slotsByWindow.get(senderId) ?? new Set<string>();
      slotsByWindow.delete(senderId);
      await Promise.all([...slots].map((slot) => autosave.clear(slot).catch(() => undefined)));
    },
  };
}
