// The main-process side of exports, the clipboard and full screen. Electron's dialog, clipboard and window
// calls are passed in, so these run under Vitest; the page never names a path, it only suggests a file name.
// Failures go back as codes with parameters (the file name, the errno code); the renderer words them. The dialog's
// name for the kind of file is a label, picked from the shared catalogue by the language code the page sends.
import path from 'node:path';
import { fileTypeName } from '../../shared/export/catalogues';
import { EXPORT_KINDS, exportFileName } from '../../shared/host/export-kinds';
import { err, ok } from '../../shared/result';
import type { HandlerMap } from './ipc-validation';

export type ExportChannel = 'app:save-export' | 'app:copy-image' | 'app:set-full-screen';

export interface ExportCapabilities {
  /** The OS save dialog for the window that asked, opened at `defaultPath`; null when the user cancels. */
  pickSavePath(senderId: number, defaultPath: string, filter: { name: string; extensions: string[] }): Promise<string | null>;
  /** Writes the whole file atomically. */
  writeFile(target: string, data: string | Uint8Array): Promise<void>;
  /** Folder the save dialog opens in (Documents/Puente). */
  defaultDir(): string;
  writeClipboardImage(png: Uint8Array): void;
  setFullScreen(senderId: number, on: boolean): void;
}

/** The errno code of a failed call ("ENOSPC"), for the renderer to word; "" when there is none. */
const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? '';
const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createExportHandlers(caps: ExportCapabilities): Pick<HandlerMap, ExportChannel> {
  return {
    'app:save-export': async ([file], { senderId }) => {
      const kind = EXPORT_KINDS[file.kind];
      // Only a file name suggested by the page, made safe; the folder is the user's choice in the dialog.
      const suggested = exportFileName(path.basename(file.name).replace(/\.[^.]*$/, ''), file.kind);
      const filter = { name: fileTypeName(file.kind, file.language), extensions: [kind.extension] };
      const target = await caps.pickSavePath(senderId, path.join(caps.defaultDir(), suggested), filter);
      if (target === null) return ok(false);
      // The dialog lets a user type a name without the extension; the file still needs it to open.
      const withExtension = path.extname(target).toLowerCase() === `.${kind.extension}` ? target : `${target}.${kind.extension}`;
      try {
        await caps.writeFile(withExtension, file.data);
        return ok(true);
      } catch (e) {
        return err('io', `writing ${path.basename(withExtension)} failed: ${detailOf(e)}`, { file: path.basename(withExtension), errno: errnoOf(e) });
      }
    },
    'app:copy-image': ([png]) => {
      try {
        caps.writeClipboardImage(png);
        return ok(null);
      } catch (e) {
        return err('io', `copying the image failed: ${detailOf(e)}`, { errno: errnoOf(e) });
      }
    },
    'app:set-full-screen': ([on], { senderId }) => {
      caps.setFullScreen(senderId, on);
      return ok(null);
    },
  };
}
