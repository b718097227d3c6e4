// Real library handlers on a throw-away folder, with scripted dialogs, for the IPC tests.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskStorage } from '../../../electron/files/disk-storage';
import { createLibraryHandlers } from '../../../electron/services/library-handlers';
import { createLibraryService } from '../../../shared/library/service';

export function libraryHandlersForTest(root = mkdtempSync(join(tmpdir(), 'puente-ipc-')), sessionId = '1'.repeat(24), now = () => Date.UTC(2026, 10, 27, 12)) {
  const libraryDir = join(root, 'Documents', 'Puente');
  const stateDir = join(root, 'userData');
  const dialogs = { open: null as string | null, save: null as string | null };
  const unsaved = new Map<number, boolean>();
  const trashed: string[] = [];
  const service = createLibraryService({
    storage: createDiskStorage({
      libraryDir,
      stateDir,
      trash: async (path) => {
        trashed.push(path);
        await rm(path, { recursive: true });
      },
    }),
    sessionId,
    liveSessions: async () => new Set([sessionId]),
    now,
    utcOffsetMinutes: () => 0,
    appVersion: '0.1.0-test',
    baseline: { datasetId: 'lac-baseline-2019', checksum: 'test' },
  });
  const library = createLibraryHandlers(service, {
    takeOpenRequests: () => [],
    now,
    pickOpenPath: async () => dialogs.open,
    pickSavePath: async () => dialogs.save,
    setUnsaved: (id, value) => unsaved.set(id, value),
  });
  return { handlers: library.handlers, discardAutosaves: library.discardAutosaves, startUp: service.startUp, root, libraryDir, stateDir, dialogs, unsaved, trashed };
}
