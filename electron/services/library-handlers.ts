// The main-process side of the scenario library channels. Documents arriving from the page are parsed
// with the scenario codec before anything is written; dialogs and the trash are passed in.
import { err, ok, type Result } from '../../shared/host/host-api';
import type { OpenedScenario, ScenarioRef } from '../../shared/host/library-types';
import { parseScenarioValue, SCENARIO_RULES, serialiseScenario, type ScenarioDocument } from '../../shared/scenario';
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

export function createLibraryHandlers({ store, autosave, recent }: LibraryServices, caps: LibraryCapabilities): Pick<HandlerMap, LibraryChannel> {
  const noteRecent = async (ref: ScenarioRef) => {
    const path = store.pathOf(ref);
    if (path) await recent.add(path).catch(() => undefined);
  };
  const opened = async (result: Result<OpenedScenario, never> | Awaited<ReturnType<ScenarioStore['open']>>) => {
    if (result.ok) await noteRecent(result.value.ref);
    return result;
  };

  return {
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
      const saved = await store.saveAs(doc.value, path);
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
    'autosave:write': async ([ref, raw]) => {
      const doc = parseDoc(raw);
      if (!doc.ok) return doc;
      try {
        await autosave.write(slotFor(ref), ref, ref ? store.fileNameOf(ref) : null, doc.value);
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
      ok((await autosave.recoverable()).map(({ ref, fileName, savedAt, document }) => ({ ref: ref && /^[0-9a-f]{24}$/.test(ref) ? ref : null, fileName, savedAt, document }))),
  };
}
