// The scenario library on disk: list, open, save (atomic, with rolling backups), rename, duplicate, delete
// to the OS trash, and backups to restore. Paths stay here: callers get opaque references.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename as fsRename, stat, mkdir, access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import {
  parseNewerScenarioText,
  parseScenarioText,
  SCENARIO_RULES,
  serialiseScenario,
  MAX_SCENARIO_BYTES,
  type ScenarioDocument,
} from '../../shared/scenario';
import type { LibraryEntry, OpenedScenario, OpenError, SavedScenario, SaveError, ScenarioRef } from '../../shared/host/library-types';
import { backupBeforeReplace, backupFolderFor, backupPath, listBackups } from './backups';
import { isTempName, writeFileAtomic } from './atomic-write';
import { SCENARIO_EXTENSION, fileNameFor, uniqueName } from './file-names';

export interface StoreDeps {
  /** The default library folder, e.g. Documents/Puente. */
  libraryDir: string;
  /** Moves a file to the OS trash (Electron's shell.trashItem); tests pass a fake. */
  trash(path: string): Promise<void>;
  now(): number;
  /** Minutes east of UTC, for "today" in the backup rule. */
  utcOffsetMinutes(): number;
  appVersion: string;
  baseline: { datasetId: string; checksum: string };
}

export type { LibraryEntry, OpenedScenario, OpenError, SavedScenario, SaveError, ScenarioRef };

const refFor = (path: string): ScenarioRef => createHash('sha256').update(path).digest('hex').slice(0, 24);

export function createScenarioStore(deps: StoreDeps) {
  const paths = new Map<ScenarioRef, string>();
  const readOnly = new Set<ScenarioRef>();
  const remember = (path: string): ScenarioRef => {
    const ref = refFor(path);
    paths.set(ref, path);
    return ref;
  };

  async function readText(path: string): Promise<Result<string, OpenError>> {
    try {
      const info = await stat(path);
      if (info.size > MAX_SCENARIO_BYTES) return err('too-large', `This file is too large to be a scenario (over ${MAX_SCENARIO_BYTES / 1024 / 1024} MB).`);
      return ok(await readFile(path, 'utf8'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? err('not-found', 'The file is no longer there.') : err('io', `The file cannot be read (${code ?? 'unknown error'}).`);
    }
  }

  async function isNewerOnDisk(path: string): Promise<boolean> {
    const text = await readText(path);
    if (!text.ok) return false;
    const parsed = parseScenarioText(text.value, SCENARIO_RULES);
    return !parsed.ok && parsed.code === 'newer-version';
  }

  async function readScenario(path: string): Promise<Result<ScenarioDocument, OpenError>> {
    const text = await readText(path);
    return text.ok ? parseScenarioText(text.value, SCENARIO_RULES) : text;
  }

  async function openPath(path: string): Promise<Result<OpenedScenario, OpenError>> {
    const ref = remember(path);
    const text = await readText(path);
    if (!text.ok) return text;
    const strict = parseScenarioText(text.value, SCENARIO_RULES);
    // A newer app's file is shown as far as this version understands it, read-only, never overwritten.
    const newer = !strict.ok && strict.code === 'newer-version';
    const parsed = newer ? parseNewerScenarioText(text.value, SCENARIO_RULES) : strict;
    if (!parsed.ok) return parsed;
    if (newer) readOnly.add(ref);
    else readOnly.delete(ref);
    const doc = parsed.value;
    const mismatch =
      doc.baseline && (doc.baseline.datasetId !== deps.baseline.datasetId || doc.baseline.checksum !== deps.baseline.checksum)
        ? { fileDatasetId: doc.baseline.datasetId, fileChecksum: doc.baseline.checksum }
        : null;
    return ok({ ref, fileName: basename(path), document: doc, readOnly: newer, baselineMismatch: mismatch });
  }

  function stamp(doc: ScenarioDocument): ScenarioDocument {
    const time = new Date(deps.now()).toISOString();
    return { ...doc, createdAt: doc.createdAt ?? time, updatedAt: time, appVersion: deps.appVersion, baseline: doc.baseline ?? deps.baseline };
  }

  async function writeDocument(path: string, doc: ScenarioDocument): Promise<Result<ScenarioDocument, SaveError>> {
    const stamped = stamp(doc);
    try {
      await mkdir(dirname(path), { recursive: true });
      await backupBeforeReplace(path, deps.now(), deps.utcOffsetMinutes());
      await writeFileAtomic(path, serialiseScenario(stamped));
      return ok(stamped);
    } catch (e) {
      return err('io', `The scenario could not be saved (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}). The file on disk is unchanged.`);
    }
  }

  const known = (ref: ScenarioRef): string | null => paths.get(ref) ?? null;

  async function describe(path: string): Promise<LibraryEntry> {
    const ref = remember(path);
    const fileName = basename(path);
    const modifiedAt = await stat(path).then((s) => s.mtimeMs, () => 0);
    const parsed = await readScenario(path);
    return parsed.ok
      ? { ref, fileName, modifiedAt, status: 'ok', message: null, document: parsed.value }
      : { ref, fileName, modifiedAt, status: parsed.code, message: parsed.message, document: null };
  }

  /** The path behind a reference, for the host's own bookkeeping (recent list); never sent to the page. */
  const pathOf = known;

  return {
    libraryDir: deps.libraryDir,

    /** One file as a library card: parsed document, or why it cannot be opened. */
    describe,

    /** Every scenario file in the library folder, parsed; unreadable ones are listed with their message. */
    async list(): Promise<LibraryEntry[]> {
      await mkdir(deps.libraryDir, { recursive: true });
      const names = (await readdir(deps.libraryDir)).filter((n) => n.endsWith(SCENARIO_EXTENSION) && !isTempName(n) && !n.startsWith('.'));
      const entries = await Promise.all(names.map((fileName) => describe(join(deps.libraryDir, fileName))));
      return entries.sort((a, b) => b.modifiedAt - a.modifiedAt);
    },

    open(ref: ScenarioRef): Promise<Result<OpenedScenario, OpenError>> {
      const path = known(ref);
      return path ? openPath(path) : Promise.resolve(err('not-found', 'This scenario is not in the library any more.'));
    },

    /** Opens a file the user picked in a native dialog (the only way a new path enters). */
    openPath,

    /** Saves over an existing scenario. Refused for files written by a newer Puente. */
    async save(ref: ScenarioRef, doc: ScenarioDocument): Promise<Result<SavedScenario, SaveError>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more; use Save As.');
      // Checked on disk too: a reference can come back through recovery or the library list after a restart,
      // and a colleague's newer app may have rewritten the file since it was opened.
      if (readOnly.has(ref) || (await isNewerOnDisk(path))) {
        readOnly.add(ref);
        return err('read-only', 'This file was saved by a newer version of Puente and is opened read-only; use Save As to keep your changes in a new file.');
      }
      const written = await writeDocument(path, doc);
      return written.ok ? ok({ ref, fileName: basename(path), document: written.value }) : written;
    },

    /** Saves to a path chosen in a native dialog, or a new file named after the scenario in the library. */
    async saveAs(doc: ScenarioDocument, path?: string): Promise<Result<SavedScenario, SaveError>> {
      const target = path ?? join(deps.libraryDir, await uniqueName(deps.libraryDir, fileNameFor(doc.name)));
      const written = await writeDocument(target, doc);
      if (!written.ok) return written;
      const ref = remember(target);
      readOnly.delete(ref);
      return ok({ ref, fileName: basename(target), document: written.value });
    },

    async rename(ref: ScenarioRef, name: string): Promise<Result<SavedScenario, SaveError | OpenError>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more.');
      const opened = await readScenario(path);
      if (!opened.ok) return opened;
      const target = join(dirname(path), await uniqueName(dirname(path), fileNameFor(name), basename(path)));
      const written = await writeDocument(path, { ...opened.value, name });
      if (!written.ok) return written;
      if (target !== path) {
        // rename() would silently replace a file that appeared at the target meanwhile.
        const taken = target.toLowerCase() !== path.toLowerCase() && (await access(target).then(() => true, () => false));
        if (taken) return err('io', `The scenario was renamed inside, but another file already has the name ${basename(target)}.`);
        try {
          await fsRename(path, target);
        } catch (e) {
          return err('io', `The scenario was renamed inside, but the file name could not change (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
        }
        // Its backups follow it, so "Restore a backup" still finds them.
        await fsRename(backupFolderFor(path), backupFolderFor(target)).catch(() => undefined);
      }
      paths.delete(ref);
      return ok({ ref: remember(target), fileName: basename(target), document: written.value });
    },

    async duplicate(ref: ScenarioRef, copyName: string): Promise<Result<SavedScenario, SaveError | OpenError>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more.');
      const opened = await readScenario(path);
      if (!opened.ok) return opened;
      const doc = { ...opened.value, name: copyName, createdAt: null };
      const target = join(dirname(path), await uniqueName(dirname(path), fileNameFor(copyName)));
      const written = await writeDocument(target, doc);
      return written.ok ? ok({ ref: remember(target), fileName: basename(target), document: written.value }) : written;
    },

    /** Moves the file (and nothing else) to the OS trash, where the user can still get it back. */
    async remove(ref: ScenarioRef): Promise<Result<null, 'io' | 'not-found'>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more.');
      try {
        await deps.trash(path);
        paths.delete(ref);
        return ok(null);
      } catch (e) {
        return err('io', `The file could not be moved to the trash (${e instanceof Error ? e.message : String(e)}).`);
      }
    },

    async backups(ref: ScenarioRef): Promise<Result<{ id: string; takenAt: number }[], 'not-found'>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more.');
      return ok((await listBackups(path)).map((b) => ({ id: b.name, takenAt: b.takenAt })));
    },

    /** Reads a backup as a document; the caller shows it as unsaved changes, so restoring loses nothing. */
    async readBackup(ref: ScenarioRef, backupId: string): Promise<Result<ScenarioDocument, OpenError>> {
      const path = known(ref);
      if (!path) return err('not-found', 'This scenario is not in the library any more.');
      const entry = (await listBackups(path)).find((b) => b.name === backupId);
      if (!entry) return err('not-found', 'That backup is not there any more.');
      return readScenario(backupPath(path, entry));
    },

    async exists(ref: ScenarioRef): Promise<boolean> {
      const path = known(ref);
      return path !== null && access(path).then(() => true, () => false);
    },

    pathOf,

    /** Registers a known path again (e.g. from an autosave after a restart) and returns its reference. */
    adopt: (path: string): ScenarioRef => remember(path),

    fileNameOf: (ref: ScenarioRef): string | null => {
      const path = known(ref);
      return path ? basename(path, extname(path)) : null;
    },
  };
}

export type ScenarioStore = ReturnType<typeof createScenarioStore>;
