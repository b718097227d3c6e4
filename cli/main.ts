// Entry point of `npm run -s cli -- …`: real files, real streams, a real browser, exit codes. Logic lives in run.ts.
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { quote } from '../shared/quote';
import { decodeScenarioBytes } from '../shared/scenario/utf8';
import { findBrowser } from './browser';
import { encodingProblemText } from './library-words';
import { DIST_DIR, openRenderer, REPO_DIR, type PdfRenderer } from './report';
import { ensureCurrentView, viewIo } from './report-view';
import { runCli, type CliIo } from './run';
import { writeOutFile } from './write-out';

const io: CliIo = {
  async readText(file, maxBytes) {
    const shown = quote(file);
    try {
      const info = await stat(file);
      if (!info.isFile()) return { ok: false, message: `${shown} is not a file.` };
      if (info.size > maxBytes) return { ok: false, message: `${shown} is too large to be a scenario (over ${maxBytes / 1024 / 1024} MB).` };
      // Strict UTF-8, like the app: a Latin-1 file is refused with a fix, not read as "Caf\uFFFD".
      const text = decodeScenarioBytes(await readFile(file));
      return text.ok ? { ok: true, text: text.value } : { ok: false, message: `${shown}: ${encodingProblemText(text.detail)}` };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: false, message: `${shown}: no such file.` };
      if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${shown}: permission denied.` };
      return { ok: false, message: `${shown}: cannot be read (${code ?? 'unknown error'}).` };
    }
  },

  async checkOutput(file) {
    const target = await stat(file).catch(() => null);
    if (target?.isDirectory()) return `--out ${quote(file)} is a folder; give a file name, e.g. ${quote(path.join(file, 'report.pdf'))}.`;
    const folder = await stat(path.dirname(path.resolve(file))).catch(() => null);
    if (!folder?.isDirectory()) return `--out ${quote(file)}: the folder ${quote(path.dirname(file))} does not exist.`;
    return null;
  },

  async printPdf(job) {
    const found = findBrowser();
    if (!found.ok) return found;
    // Chromium and the Electron binary both print from dist/: make sure it is built from the sources on disk.
    const buildView = () => spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
    const refused = await ensureCurrentView(viewIo(REPO_DIR, DIST_DIR, buildView, (line) => process.stderr.write(`puente: ${line}\n`)));
    if (refused) return { ok: false, message: refused };
    let renderer: PdfRenderer;
    try {
      renderer = await openRenderer(found.browser);
    } catch (e) {
      return { ok: false, message: `the browser at ${quote(found.browser.path)} could not be started (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).` };
    }
    try {
      const pdf = await renderer.render(job);
      return pdf.ok ? { ok: true, pdf: pdf.value } : { ok: false, message: pdf.message };
    } finally {
      await renderer.close();
    }
  },

  now: () => new Date(),
};

// `… | head` closes the pipe early: that is the reader being done, not an error, so exit quietly.
const quietOnClosedPipe = (stream: NodeJS.WriteStream) =>
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

runCli(process.argv.slice(2), io).then(
  async (outcome) => {
    if (outcome.file) {
      const written = await writeOutFile(outcome.file.path, outcome.file.data);
      if (!written.ok) {
        process.stderr.write(`puente: ${written.message}\n`);
        process.exitCode = 2;
        return;
      }
    }
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.exitCode;
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, no stack trace for the user.
    process.stderr.write(`puente: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
