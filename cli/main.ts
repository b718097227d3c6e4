// Entry point of `npm run -s cli -- …`: real files, real streams, a real browser, exit codes. Logic lives in run.ts.
// Every message is in the language --lang chose (read first, by the same rule runCli reads it).
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { quote } from '../shared/quote';
import { decodeScenarioBytes } from '../shared/scenario/utf8';
import { chooseLanguage } from './args';
import { findBrowser } from './browser';
import { cliText } from './messages';
import { DIST_DIR, openRenderer, REPO_DIR, type PdfRenderer } from './report';
import { ensureCurrentView, viewIo } from './report-view';
import { runCli, type CliIo } from './run';
import { encodingProblemWords, scenarioProblemWords } from './scenario-problem-words';
import { writeOutFile } from './write-out';

const argv = process.argv.slice(2);
// A bad --lang is refused by runCli, in the default language; until then, the default language speaks.
const { language, formatLocale } = chooseLanguage(argv);
const text = cliText(language);

const io: CliIo = {
  async readText(file, maxBytes) {
    const refuse = (problem: string) => ({ ok: false as const, message: text('cli.fileProblem', { file: quote(file), problem }) });
    try {
      const info = await stat(file);
      if (!info.isFile()) return refuse(text('libraryError.notAFile'));
      if (info.size > maxBytes) return refuse(scenarioProblemWords({ kind: 'too-large', maxMb: maxBytes / 1024 / 1024 }, language, formatLocale));
      // Strict UTF-8, like the app: a Latin-1 file is refused with a fix, not read as "Caf\uFFFD".
      const decoded = decodeScenarioBytes(await readFile(file));
      return decoded.ok ? { ok: true, text: decoded.value } : refuse(encodingProblemWords(decoded.detail, language, formatLocale));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return refuse(text('cli.read.missing'));
      if (code === 'EACCES' || code === 'EPERM') return refuse(text('cli.read.denied'));
      return refuse(text('cli.read.failed', { code: code ?? (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)) }));
    }
  },

  async checkOutput(file) {
    const target = await stat(file).catch(() => null);
    if (target?.isDirectory()) return text('cli.out.folder', { out: quote(file), example: quote(path.join(file, 'report.pdf')) });
    const folder = await stat(path.dirname(path.resolve(file))).catch(() => null);
    if (!folder?.isDirectory()) return text('cli.out.noFolder', { out: quote(file), folder: quote(path.dirname(file)) });
    return null;
  },

  async printPdf(job) {
    const found = findBrowser(text);
    if (!found.ok) return found;
    // Chromium and the Electron binary both print from dist/: make sure it is built from the sources on disk.
    const buildView = () => spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
    const refused = await ensureCurrentView(viewIo(REPO_DIR, DIST_DIR, buildView, (line) => process.stderr.write(`puente: ${line}\n`)), text);
    if (refused) return { ok: false, message: refused };
    let renderer: PdfRenderer;
    try {
      renderer = await openRenderer(found.browser, text);
    } catch (e) {
      return { ok: false, message: text('cli.browser.cannotStart', { path: quote(found.browser.path), reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }) };
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

runCli(argv, io).then(
  async (outcome) => {
    if (outcome.file) {
      const written = await writeOutFile(outcome.file.path, outcome.file.data, text);
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
    process.stderr.write(`puente: ${text('cli.internalError', { message: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  },
);
