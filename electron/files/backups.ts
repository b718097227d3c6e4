// Rolling backups of a scenario file, kept beside it in .puente-backups/<file name>/, pruned by the pure
// retention rule in shared/scenario/backup-policy.ts.
import { copyFile, mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { backupsToKeep, type BackupEntry } from '../../shared/scenario/backup-policy';

export const BACKUP_DIR_NAME = '.puente-backups';
const STAMP = /^(\d{8}T\d{6}\d{3}Z)(?:-\d+)?\.puente\.json$/;

export const backupFolderFor = (file: string): string => join(dirname(file), BACKUP_DIR_NAME, basename(file));

const stampOf = (time: number): string => new Date(time).toISOString().replace(/[-:.]/g, '');

function parseStamp(name: string): number | null {
  const match = STAMP.exec(name);
  if (!match?.[1]) return null;
  const s = match[1];
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

export async function listBackups(file: string): Promise<BackupEntry[]> {
  const names = await readdir(backupFolderFor(file)).catch(() => [] as string[]);
  return names.flatMap((name) => {
    const takenAt = parseStamp(name);
    return takenAt === null ? [] : [{ name, takenAt }];
  }).sort((a, b) => b.takenAt - a.takenAt);
}

export const backupPath = (file: string, entry: BackupEntry): string => join(backupFolderFor(file), entry.name);

/** Copies the current file into its backup folder, then prunes by the retention rule. No file, no backup. */
export async function backupBeforeReplace(file: string, now: number, offsetMinutes: number): Promise<void> {
  const folder = backupFolderFor(file);
  await mkdir(folder, { recursive: true });
  let name = `${stampOf(now)}.puente.json`;
  const existing = new Set(await readdir(folder));
  for (let n = 1; existing.has(name); n += 1) name = `${stampOf(now)}-${n}.puente.json`;
  try {
    await copyFile(file, join(folder, name));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const { remove } = backupsToKeep(await listBackups(file), now, offsetMinutes);
  await Promise.all(remove.map((entry) => unlink(backupPath(file, entry)).catch(() => undefined)));
}
