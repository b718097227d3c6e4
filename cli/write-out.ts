// Writes the --out file: into a temporary file beside it, then renamed over the target, so a failure (a full disk,
// a missing folder, no permission) leaves any earlier file at that path untouched and never a half-written one.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeOutFile(target: string, data: string | Uint8Array): Promise<{ ok: true } | { ok: false; message: string }> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
    return { ok: true };
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown error');
    return { ok: false, message: `${target}: cannot be written (${why}); nothing was written.` };
  }
}
