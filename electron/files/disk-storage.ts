// The library's storage on disk (the desktop app). Scenarios are ordinary .puente.json files, by default in
// Documents/Puente, anywhere else the user saves or opens one; backups beside each file in
// .puente-backups/<file name>/; deleted scenarios (with their backups) in Documents/Puente/.puente-deleted/<id>/
// until they go to the OS trash; the recent list and autosave side files in the app's settings folder.
// Paths stay here: the service and the page get opaque references. Every rule is in shared/library/service.ts.
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, copyFile, cp, mkdir, open, readdir, rename as fsRename, rm, stat, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { ScenarioRef } from '../../shared/host/library-types';
import { SCENARIO_EXTENSION } from '../../shared/library/file-names';
import { StorageFault, type FaultCode, type LibraryStorage } from '../../shared/library/storage';
import { MAX_SCENARIO_BYTES } from '../../shared/scenario/guard';
import { isTempName, moveWithoutReplacing, writeFileAtomic, writeNewFileAtomic, type AtomicFs } from './atomic-write';

export interface DiskStorageDeps {
  /** The default library folder, e.g. Documents/Puente. */
  libraryDir: string;
  /** The app's settings folder (recent list, autosave side files). */
  stateDir: string;
  /** Moves a file to the OS trash (Electron's shell.trashItem); tests pass a fake. */
  trash(path: string): Promise<void>;
  /** The file operations under atomic writes (default: Node's); tests fail them midway. */
  atomicFs?: AtomicFs;
}

export const BACKUP_DIR_NAME = '.puente-backups';
export const DELETED_DIR_NAME = '.puente-deleted';
const DELETED_ID = /^\d{8}T\d{9}Z-[0-9a-f]{6}$/;
const deletedMeta = z.strictObject({ path: z.string().max(4096), fileName: z.string().max(300), deletedAt: z.number() });
const AUTOSAVE_KEY = /^autosave\/([a-z0-9-]{1,80})$/;
/** What a session has on screen (shared/library/session-records.ts): one small file per session. */
const SESSION_KEY = /^session\/([a-z0-9-]{1,80})$/;
const STAMP = /^(\d{8}T\d{6}\d{3}Z)(?:-\d+)?\.puente\.json$/;

const refFor = (path: string): ScenarioRef => createHash('sha256').update(path).digest('hex').slice(0, 24);
export const backupFolderFor = (file: string): string => join(dirname(file), BACKUP_DIR_NAME, basename(file));
const stampOf = (time: number): string => new Date(time).toISOString().replace(/[-:.]/g, '');

function parseStamp(name: string): number | null {
  const s = STAMP.exec(name)?.[1];
  if (!s) return null;
  const time = Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
  return Number.isNaN(time) ? null : time;
}

/** A Node error as a storage fault, with its errno code (EACCES, ENOSPC…) as the diagnostic for the log. */
function fault(e: unknown): StorageFault {
  if (e instanceof StorageFault) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const kind: FaultCode = code === 'ENOENT' ? 'not-found' : code === 'EEXIST' ? 'exists' : code === 'ENOSPC' || code === 'EDQUOT' ? 'no-space' : 'io';
  return new StorageFault(kind, code || (e instanceof Error ? e.message : String(e)));
}

async function onDisk<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (e) {
    throw fault(e);
  }
}

const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Reads a regular file of at most `max` bytes. Opened without blocking and checked on the open handle, so a pipe
 * named like a scenario cannot hang the library and a link to /dev/zero cannot fill the memory.
 */
async function readRegularFile(path: string, max = MAX_SCENARIO_BYTES): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    // Diagnostics for the log; the page words the codes (shared/library/library-error.ts).
    if (!info.isFile()) throw new StorageFault('not-a-file', 'not a regular file');
    const tooLarge = () => new StorageFault('too-large', `over ${max} bytes`);
    if (info.size > max) throw tooLarge();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let size = info.size + 1; ; size = 64 * 1024) {
      // First read: the whole file as stat saw it (plus one byte, to notice growth); later reads only if it grew.
      const buffer = new Uint8Array(Math.min(max + 1 - total, size) || 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // The file may have grown since it was checked: never read past the cap.
      if (total > max) throw tooLarge();
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

// Our temp files only: ".<name>.<pid>.<random>.tmp" (atomic-write.ts) and "window-state.json.<pid>.tmp"
// (window-state.ts). Chromium keeps its own files in the settings folder too; they never match these.
const TEMP_FILE = /^(?:\..+\.(\d{1,10})\.[0-9a-f]{8}|window-state\.json\.(\d{1,10}))\.tmp$/;
/** A temp file this old is stale even if its pid now belongs to some other live process. */
const STALE_AFTER_MS = 60 * 60_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes temp files in `dir` whose writer is gone (a crash, a kill, a power cut); returns how many. */
async function sweepFolder(dir: string, now: number): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    const match = TEMP_FILE.exec(entry.name);
    const pid = Number(match?.[1] ?? match?.[2]);
    if (!entry.isFile() || !match || !Number.isFinite(pid)) continue;
    const path = join(dir, entry.name);
    const age = now - ((await stat(path).catch(() => null))?.mtimeMs ?? now);
    const writerGone = pid !== process.pid && !processAlive(pid);
    if ((writerGone || age > STALE_AFTER_MS) && (await unlink(path).then(() => true, () => false))) removed += 1;
  }
  return removed;
}

/** True when both paths name one file (a change of case on a case-insensitive disk). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a, { bigint: true }), stat(b, { bigint: true }).catch(() => null)]);
  return y !== null && x.dev === y.dev && x.ino === y.ino;
}

/** Renames without ever replacing another file (moveWithoutReplacing), or just renames for a change of case. */
async function renameNoReplace(from: string, to: string): Promise<void> {
  if (await sameFile(from, to)) {
    await fsRename(from, to);
    return;
  }
  await moveWithoutReplacing(from, to).catch((e: unknown) => {
    throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? new StorageFault('exists', `another file already has the name ${basename(to)}`) : e;
  });
}

/** renameNoReplace, or copy and delete when the two places are on different disks (EXDEV). */
async function moveNoReplace(from: string, to: string): Promise<void> {
  try {
    await renameNoReplace(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to, constants.COPYFILE_EXCL);
    await unlink(from);
  }
}

/** Moves a folder of backups, merging into `target` without replacing anything already there. */
async function moveFolder(source: string, target: string): Promise<void> {
  if (!(await exists(source))) return;
  await mkdir(dirname(target), { recursive: true });
  if (!(await exists(target))) {
    try {
      await fsRename(source, target);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      await cp(source, target, { recursive: true, errorOnExist: true, force: false });
      await rm(source, { recursive: true, force: true });
      return;
    }
  }
  for (const name of await readdir(source)) await moveNoReplace(join(source, name), join(target, name)).catch(() => undefined);
}

/** Moves a scenario's backups to follow its new name, never over backups another file already has. */
const moveBackups = (from: string, to: string) => moveFolder(backupFolderFor(from), backupFolderFor(to));

export function createDiskStorage(deps: DiskStorageDeps): LibraryStorage {
  const paths = new Map<ScenarioRef, string>();
  const remember = (path: string): ScenarioRef => {
    const ref = refFor(path);
    paths.set(ref, path);
    return ref;
  };
  const pathOf = (ref: ScenarioRef): string => {
    const path = paths.get(ref);
    if (!path) throw new StorageFault('not-found', 'unknown reference');
    return path;
  };
  const atomicOptions = deps.atomicFs ? { fs: deps.atomicFs } : {};
  const writeAtomic = (path: string, data: string | Uint8Array) => writeFileAtomic(path, data, atomicOptions);
  const folderBeside = (beside: ScenarioRef | null) => (beside === null ? deps.libraryDir : dirname(pathOf(beside)));

  const recordPath = (key: string): string => {
    if (key === 'recent') return join(deps.stateDir, 'recent-scenarios.json');
    const session = SESSION_KEY.exec(key)?.[1];
    if (session) return join(deps.stateDir, 'sessions', `${session}.json`);
    const id = AUTOSAVE_KEY.exec(key)?.[1];
    if (!id) throw new StorageFault('io', `invalid record key "${key}"`);
    return join(deps.stateDir, 'autosave', `${id}.json`);
  };

  const listBackups = async (file: string) => {
    const names = await readdir(backupFolderFor(file)).catch(() => [] as string[]);
    return names.flatMap((name) => {
      const takenAt = parseStamp(name);
      return takenAt === null ? [] : [{ id: name, takenAt }];
    });
  };
  const deletedRoot = join(deps.libraryDir, DELETED_DIR_NAME);
  const deletedDir = (id: string) => {
    if (!DELETED_ID.test(id)) throw new StorageFault('not-found', 'not among the deleted scenarios');
    return join(deletedRoot, id);
  };
  const readDeleted = async (id: string) => {
    const meta = deletedMeta.safeParse(JSON.parse(Buffer.from(await readRegularFile(join(deletedDir(id), 'deleted.json'))).toString('utf8')));
    if (!meta.success) throw new StorageFault('not-found', 'not among the deleted scenarios');
    return meta.data;
  };
  /** Where a deleted scenario goes back: its own folder if it still exists, else the library. */
  const restoreFolder = async (path: string) => ((await exists(dirname(path))) ? dirname(path) : deps.libraryDir);

  const backupPath = (file: string, id: string) => {
    if (parseStamp(id) === null) throw new StorageFault('not-found', 'not a backup');
    return join(backupFolderFor(file), id);
  };

  return {
    list: () =>
      onDisk(async () => {
        await mkdir(deps.libraryDir, { recursive: true });
        const names = (await readdir(deps.libraryDir)).filter((n) => n.endsWith(SCENARIO_EXTENSION) && !isTempName(n) && !n.startsWith('.'));
        const entries = await Promise.all(
          names.map(async (fileName) => {
            const path = join(deps.libraryDir, fileName);
            // Regular files only (a link to one counts): folders, pipes and devices are not scenarios.
            const info = await stat(path).catch(() => null);
            return info?.isFile() ? [{ ref: remember(path), fileName, modifiedAt: info.mtimeMs }] : [];
          }),
        );
        return entries.flat();
      }),

    read: (ref) => onDisk(() => readRegularFile(pathOf(ref))),

    write: (ref, text) =>
      onDisk(async () => {
        const path = pathOf(ref);
        await mkdir(dirname(path), { recursive: true });
        await writeAtomic(path, text);
      }),

    create: (fileName, text, beside) =>
      onDisk(async () => {
        const dir = folderBeside(beside);
        await mkdir(dir, { recursive: true });
        const target = join(dir, fileName);
        // Never over a file another program (a sync client) put there since the name was found free.
        await writeNewFileAtomic(target, text, atomicOptions).catch((e: unknown) => {
          throw (e as NodeJS.ErrnoException).code === 'EEXIST' ? new StorageFault('exists', fileName) : e;
        });
        return remember(target);
      }),

    namesBeside: (beside) => onDisk(async () => readdir(folderBeside(beside)).catch(() => [] as string[])),

    rename: (ref, fileName) =>
      onDisk(async () => {
        const path = pathOf(ref);
        const target = join(dirname(path), fileName);
        await renameNoReplace(path, target);
        // Its backups follow it, so "Restore a backup" still finds them.
        await moveBackups(path, target).catch(() => undefined);
        paths.delete(ref);
        return remember(target);
      }),

    fileName: async (ref) => {
      const path = paths.get(ref);
      return path ? basename(path) : null;
    },
    locator: (ref) => paths.get(ref) ?? null,
    adopt: (locator) => (isAbsolute(locator) ? remember(resolve(locator)) : null),

    backups: {
      list: (ref) => onDisk(async () => listBackups(pathOf(ref))),
      read: (ref, id) => onDisk(() => readRegularFile(backupPath(pathOf(ref), id))),
      add: (ref, takenAt, text) =>
        onDisk(async () => {
          const folder = backupFolderFor(pathOf(ref));
          await mkdir(folder, { recursive: true });
          const existing = new Set(await readdir(folder));
          let name = `${stampOf(takenAt)}.puente.json`;
          for (let n = 1; existing.has(name); n += 1) name = `${stampOf(takenAt)}-${n}.puente.json`;
          // Atomic like the scenario itself: a crash leaves no empty or truncated backup.
          await writeAtomic(join(folder, name), text);
          return name;
        }),
      remove: (ref, id) => onDisk(() => unlink(backupPath(pathOf(ref), id))),
    },

    deleted: {
      put: (ref, deletedAt) =>
        onDisk(async () => {
          const path = pathOf(ref);
          if (!(await exists(path))) throw new StorageFault('not-found', basename(path));
          const id = `${stampOf(deletedAt)}-${randomBytes(3).toString('hex')}`;
          const dir = join(deletedRoot, id);
          await mkdir(dir, { recursive: true });
          // Where it came from first: an interruption after this leaves the file in the library, never lost.
          await writeAtomic(join(dir, 'deleted.json'), JSON.stringify({ path, fileName: basename(path), deletedAt }));
          await moveNoReplace(path, join(dir, basename(path)));
          await moveFolder(backupFolderFor(path), join(dir, 'backups')).catch(() => undefined);
          paths.delete(ref);
          return { id, fileName: basename(path), deletedAt };
        }),
      list: () =>
        onDisk(async () => {
          const ids = (await readdir(deletedRoot).catch(() => [] as string[])).filter((id) => DELETED_ID.test(id));
          const found = await Promise.all(ids.map(async (id) => readDeleted(id).then((m) => [{ id, fileName: m.fileName, deletedAt: m.deletedAt }], () => [])));
          return found.flat();
        }),
      namesForRestore: (id) => onDisk(async () => readdir(await restoreFolder((await readDeleted(id)).path))),
      restore: (id, fileName) =>
        onDisk(async () => {
          const meta = await readDeleted(id);
          const target = join(await restoreFolder(meta.path), fileName);
          await moveNoReplace(join(deletedDir(id), meta.fileName), target);
          await moveFolder(join(deletedDir(id), 'backups'), backupFolderFor(target)).catch(() => undefined);
          await rm(deletedDir(id), { recursive: true, force: true });
          return remember(target);
        }),
      purge: (id) => onDisk(() => deps.trash(deletedDir(id))),
    },

    records: {
      get: (key) =>
        onDisk(async () => {
          try {
            return Buffer.from(await readRegularFile(recordPath(key))).toString('utf8');
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw e;
          }
        }),
      set: (key, text) =>
        onDisk(async () => {
          const path = recordPath(key);
          await mkdir(dirname(path), { recursive: true });
          await writeAtomic(path, text);
        }),
      remove: (key) => onDisk(() => rm(recordPath(key), { force: true })),
      keys: (prefix) =>
        onDisk(async () => {
          const folders = [{ prefix: 'autosave/', dir: 'autosave', pattern: AUTOSAVE_KEY }, { prefix: 'session/', dir: 'sessions', pattern: SESSION_KEY }];
          const folder = folders.find((f) => f.prefix === prefix);
          if (!folder) return (await exists(recordPath('recent'))) && 'recent'.startsWith(prefix) ? ['recent'] : [];
          const names = await readdir(join(deps.stateDir, folder.dir)).catch(() => [] as string[]);
          return names.flatMap((n) => (n.endsWith('.json') && folder.pattern.test(`${folder.prefix}${n.slice(0, -5)}`) ? [`${folder.prefix}${n.slice(0, -5)}`] : []));
        }),
    },

    async sweep(known) {
      const subfolders = async (root: string) => (await readdir(root).catch(() => [] as string[])).map((name) => join(root, name));
      const backupFolders = await subfolders(join(deps.libraryDir, BACKUP_DIR_NAME));
      // A deleted scenario's folder gets its deleted.json written atomically, and its backups moved in.
      const deletedFolders = (await subfolders(deletedRoot)).flatMap((dir) => [dir, join(dir, 'backups')]);
      // Files the user saved elsewhere (Save As, Export targets reopened): their folder and their backups'.
      const chosen = known.filter((l) => isAbsolute(l)).flatMap((file) => [dirname(file), backupFolderFor(file)]);
      const folders = new Set([deps.libraryDir, ...backupFolders, ...deletedFolders, ...chosen, deps.stateDir, join(deps.stateDir, 'autosave'), join(deps.stateDir, 'sessions')]);
      const now = Date.now();
      let removed = 0;
      for (const folder of folders) removed += await sweepFolder(folder, now);
      return removed;
    },
  };
}

/** A fresh random session id for this process (24 hex digits). */
export const newSessionId = (): string => randomBytes(12).toString('hex');
