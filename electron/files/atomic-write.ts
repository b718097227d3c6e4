// Writes a file so that a crash, power cut or antivirus lock leaves either the old or the new content whole:
// temp file in the same folder, flushed, renamed over the target (retried on Windows locks), one write per
// file at a time.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, injectable so tests can fail any step. */
export interface AtomicFs {
  open(path: string, flags: string): Promise<Pick<nodeFs.FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** Rename attempts on EPERM/EBUSY/EACCES (Windows antivirus and indexers hold files briefly). */
  renameAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const queues = new Map<string, Promise<unknown>>();

/** Temp names start with "." and end in ".tmp" so the library never lists them as scenarios. */
export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** The target's name in its temp file's, cut to 100 bytes: a 255-byte target must still get a legal temp name. */
function tempStem(target: string): string {
  let stem = basename(target);
  while (Buffer.byteLength(stem) > 100) stem = Array.from(stem).slice(0, -1).join('');
  return stem;
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string, attempts: number, sleep: (ms: number) => Promise<void>) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= attempts) throw e;
      await sleep(Math.min(50 * 2 ** (attempt - 1), 1000));
    }
  }
}

/** Moves a finished temp file to its target. */
type Placement = (fs: AtomicFs, temp: string, target: string, options: AtomicWriteOptions) => Promise<void>;

const replaceTarget: Placement = (fs, temp, target, options) => renameWithRetry(fs, temp, target, options.renameAttempts ?? 6, options.sleep ?? defaultSleep);

/**
 * Renames `from` to `to` without ever replacing a file: a hard link fails if `to` exists (code EEXIST), then the
 * old name goes. Where links are not supported (FAT and exFAT USB sticks) it checks first, which leaves only a
 * tiny race.
 */
export async function moveWithoutReplacing(from: string, to: string, rename: (from: string, to: string) => Promise<void> = nodeFs.rename): Promise<void> {
  try {
    await nodeFs.link(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e;
    if (await nodeFs.access(to).then(() => true, () => false)) throw Object.assign(new Error(`${basename(to)} exists`), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await nodeFs.unlink(from);
}

/** Never over an existing file (a sync client may drop one after the name was found free). */
const newTarget: Placement = (fs, temp, target, options) =>
  moveWithoutReplacing(temp, target, (from, to) => replaceTarget(fs, from, to, options));

async function writeOnce(target: string, data: string | Uint8Array, options: AtomicWriteOptions, place: Placement = replaceTarget): Promise<void> {
  const fs = options.fs ?? (nodeFs as unknown as AtomicFs);
  const temp = join(dirname(target), `.${tempStem(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await place(fs, temp, target, options);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Atomically replaces `target` with `data`. Writes to the same path are serialised in call order. */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return queued(target, () => writeOnce(target, data, options));
}

/** Atomically creates `target` with `data`; fails with code EEXIST, leaving it alone, if a file has that name. */
export function writeNewFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return queued(target, () => writeOnce(target, data, options, newTarget));
}

function queued(target: string, write: () => Promise<void>): Promise<void> {
  const previous = queues.get(target) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(write);
  queues.set(target, next);
  void next.finally(() => {
    if (queues.get(target) === next) queues.delete(target);
  }).catch(() => undefined);
  return next;
}
