// Export handlers on a throw-away folder, with a scripted save dialog, clipboard and window, for the IPC tests.
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportHandlers } from '../../../electron/services/export-handlers';

export function exportHandlersForTest() {
  const dir = mkdtempSync(join(tmpdir(), 'puente-export-'));
  const state = {
    dir,
    /** What the save dialog answers: a path, or null for Cancel. The default path it was opened at is recorded. */
    answer: null as string | null,
    asked: [] as { defaultPath: string; extensions: string[] }[],
    clipboard: [] as Uint8Array[],
    fullScreen: new Map<number, boolean>(),
    failWrite: null as NodeJS.ErrnoException | null,
  };
  const handlers = createExportHandlers({
    pickSavePath: async (_id, defaultPath, filter) => {
      state.asked.push({ defaultPath, extensions: filter.extensions });
      return state.answer;
    },
    writeFile: async (target, data) => {
      if (state.failWrite) throw state.failWrite;
      await writeFile(target, data);
    },
    defaultDir: () => dir,
    writeClipboardImage: (png) => void state.clipboard.push(png),
    setFullScreen: (id, on) => void state.fullScreen.set(id, on),
  });
  return { handlers, state };
}
