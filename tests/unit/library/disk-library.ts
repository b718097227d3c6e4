// A desktop library over real folders, as the app builds it (used by the fault test and its writer process).
import { createDiskStorage } from '../../../electron/files/disk-storage';
import { createLibraryService } from '../../../shared/library/service';

export function openDiskLibrary(libraryDir: string, stateDir: string, sessionId: string) {
  return createLibraryService({
    storage: createDiskStorage({ libraryDir, stateDir, trash: async () => undefined }),
    sessionId,
    liveSessions: async () => new Set([sessionId]),
    now: () => Date.now(),
    utcOffsetMinutes: () => 0,
    appVersion: 'fault-test',
    baseline: { datasetId: 'fault', checksum: 'fault' },
  });
}
