// Writes the --out file: into a temporary file beside it, then renamed over the target, so a failure (a full disk,
// a missing folder, no permission) leaves any earlier file at that path untouched and never a half-written one.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { quote } from '../shared/quote';
import type { CliText } from './messages';

/** Writes `data` to `target`, or says in the words of `text` why nothing was written. */
export async function writeOutFile(target: string, data: string | Uint8Array, text: CliText): Promise<{ ok: true } | { ok: false; message: string }> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
    return { ok: true };
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const file = quote(target);
    if (code === 'ENOENT') return { ok: false, message: text('cli.write.noFolder', { file }) };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: text('cli.write.denied', { file }) };
    if (code === 'EISDIR') return { ok: false, message: text('cli.write.isFolder', { file }) };
    return { ok: false, message: text('cli.write.failed', { file, code: code ?? (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)) }) };
  }
}
