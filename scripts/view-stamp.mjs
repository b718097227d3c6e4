// Which sources the built report view (dist/) was made from. The command line prints reports with that bundle
// while `project` and the workbook compute from the sources themselves; after a git pull that changes the model or
// the data, a report from the old bundle would print other numbers than `project` for the same file. So the build
// writes a hash of everything the bundle is made of (vite.config.mts), and `report` (cli/main.ts) rebuilds the view
// when the sources' hash differs. Plain JavaScript, so vite.config.mts loads it without compiling TypeScript.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Written into dist/ by the build. */
export const VIEW_STAMP_FILE = 'view-stamp.json';

/** Folders and files the renderer bundle is built from (the renderer imports docs/*.md as text, data/ as JSON). */
const SOURCES = [
  { dir: 'renderer', keep: () => true },
  { dir: 'shared', keep: () => true },
  { dir: 'data', keep: () => true },
  { dir: 'docs', keep: (/** @type {string} */ file) => file.endsWith('.md') },
];
const TOP_FILES = ['package.json', 'package-lock.json', 'vite.config.mts'];

/** @param {string} root @param {string} dir @returns {Promise<string[]>} */
async function filesUnder(root, dir) {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(root, path.posix.join(dir, e.name)) : Promise.resolve(e.isFile() ? [path.posix.join(dir, e.name)] : []))),
  );
  return nested.flat();
}

/** The hash of the sources in `repo` the report view is built from: paths and contents, in a fixed order. */
/** @param {string} repo @returns {Promise<string>} */
export async function sourceStamp(repo) {
  const listed = await Promise.all(SOURCES.map(async (s) => (await filesUnder(repo, s.dir)).filter(s.keep)));
  const files = [...listed.flat(), ...TOP_FILES].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const content = await readFile(path.join(repo, file)).catch(() => null);
    if (content === null) continue;
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/** The stamp a view-stamp.json holds; null when the file is damaged (then the view counts as stale). */
/** @param {string} text @returns {string | null} */
function stampIn(text) {
  try {
    const stamp = JSON.parse(text)?.stamp;
    return typeof stamp === 'string' ? stamp : null;
  } catch {
    return null;
  }
}

/** Whether dist/ holds a report view built from the sources as they are now. */
/** @param {string} repo @param {string} dist @returns {Promise<'current' | 'missing' | 'stale'>} */
export async function printViewState(repo, dist) {
  const stamp = await readFile(path.join(dist, VIEW_STAMP_FILE), 'utf8').then(stampIn, () => null);
  if (stamp === null) {
    const built = await readFile(path.join(dist, 'index.html')).then(() => true, () => false);
    return built ? 'stale' : 'missing';
  }
  return stamp === (await sourceStamp(repo)) ? 'current' : 'stale';
}
