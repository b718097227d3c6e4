// Where the desktop app keeps its own files (docs/desktop.md, "Where Puente keeps its settings").
import path from 'node:path';

/**
 * The userData directory: PUENTE_USER_DATA when set (tests and portable use point it at a
 * throw-away folder so they never touch a real profile), otherwise Electron's default.
 */
export function resolveUserDataDir(env: Readonly<Record<string, string | undefined>>, electronDefault: string): string {
  const override = env.PUENTE_USER_DATA;
  return override !== undefined && override.trim() !== '' ? path.resolve(override) : electronDefault;
}

export const windowStateFile = (userDataDir: string): string => path.join(userDataDir, 'window-state.json');

/** The scenario library: PUENTE_DOCUMENTS (tests) or the user's Documents/Puente. */
export function resolveLibraryDir(env: Readonly<Record<string, string | undefined>>, documentsDir: string): string {
  const override = env.PUENTE_DOCUMENTS;
  return override !== undefined && override.trim() !== '' ? path.resolve(override) : path.join(documentsDir, 'Puente');
}
