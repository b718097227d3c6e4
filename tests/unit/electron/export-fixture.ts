// Export and report handlers on a throw-away folder, with a scripted save dialog, clipboard, window and print
// window, for the IPC tests.
import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportHandlers } from '../../../electron/services/export-handlers';
import { createPdfExporter, type PrintWindow } from '../../../electron/services/pdf-export';

export const PRINT_WINDOW = 99;

export function exportHandlersForTest(options: { timeoutMs?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'puente-export-'));
  const state = {
    dir,
    /** What the save dialog answers: a path, or null for Cancel. The default path and file type it showed are recorded. */
    answer: null as string | null,
    asked: [] as { defaultPath: string; extensions: string[]; fileType: string }[],
    clipboard: [] as Uint8Array[],
    fullScreen: new Map<number, boolean>(),
    failWrite: null as NodeJS.ErrnoException | null,
    /** What the print window's page does once loaded: nothing (times out), or calls back like the real page. */
    onPrintWindowLoad: null as null | ((id: number) => void),
    printOptions: [] as unknown[],
    printWindows: { opened: 0, destroyed: 0 },
  };
  const fileCaps = {
    pickSavePath: async (_id: number, defaultPath: string, filter: { name: string; extensions: string[] }) => {
      state.asked.push({ defaultPath, extensions: filter.extensions, fileType: filter.name });
      return state.answer;
    },
    writeFile: async (target: string, data: string | Uint8Array) => {
      if (state.failWrite) throw state.failWrite;
      await writeFile(target, data);
    },
    defaultDir: () => dir,
  };
  const exporter = createPdfExporter({
    ...fileCaps,
    timeoutMs: options.timeoutMs ?? 2000,
    async openPrintWindow(): Promise<PrintWindow> {
      state.printWindows.opened += 1;
      return {
        id: PRINT_WINDOW,
        load: async () => {
          setTimeout(() => state.onPrintWindowLoad?.(PRINT_WINDOW), 0);
        },
        printToPdf: async (o) => {
          state.printOptions.push(o);
          return new TextEncoder().encode('%PDF-1.7 test');
        },
        destroy: () => {
          state.printWindows.destroyed += 1;
        },
      };
    },
  });
  const handlers = {
    ...createExportHandlers({
      ...fileCaps,
      writeClipboardImage: (png) => void state.clipboard.push(png),
      setFullScreen: (id, on) => void state.fullScreen.set(id, on),
    }),
    ...exporter.handlers,
  };
  return { handlers, state, exporter };
}
