// Real library handlers on a throw-away folder, with scripted dialogs, for the IPC tests.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAutosave } from '../../../electron/files/autosave';
import { createRecentList } from '../../../electron/files/recent';
import { createScenarioStore } from '../../../electron/files/scenario-store';
import { createLibraryHandlers } from '../../../electron/services/library-handlers';

export function libraryHandlersForTest() {
  const root = mkdtempSync(join(tmpdir(), 'puente-ipc-'));
  const libraryDir = join(root, 'Documents', 'Puente');
  const stateDir = join(root, 'userData');
  const dialogs = { open: null as string | null, save: null as string | null };
  const unsaved = new Map<number, boolean>();
  const trashed: string[] = [];
  const store = createScenarioStore({
    libraryDir,
    trash: async (path) => {
      trashed.push(path);
      await rm(path);
    },
    now: () => Date.UTC(2026, 10, 27, 12),
    utcOffsetMinutes: () => 0,
    appVersion: '0.1.0-test',
    baseline: { datasetId: 'lac-baseline-2019', checksum: 'test' },
  });
  const library = createLibraryHandlers(
    { store, autosave: createAutosave(stateDir, () => Date.UTC(2026, 10, 27, 12)), recent: createRecentList(stateDir) },
    {
      pickOpenPath: async () => dialogs.open,
      pickSavePath: async () => dialogs.save,
      setUnsaved: (id, value) => unsaved.set(id, value),
    },
  );
  return { handlers: library.handlers, discardAutosaves: library.discardAutosaves, root, libraryDir, stateDir, dialogs, unsaved, trashed };
}
