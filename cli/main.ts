// Entry point of `npm run -s cli -- …`: real files, real streams, exit codes. Logic lives in run.ts.
import { readFile, stat } from 'node:fs/promises';
import { decodeScenarioBytes } from '../shared/scenario/utf8';
import { runCli, type CliIo } from './run';
import { quote } from '../shared/quote';

const io: CliIo = {
  async readText(path, maxBytes) {
    const shown = quote(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) return { ok: false, message: `${shown} is not a file.` };
      if (info.size > maxBytes) return { ok: false, message: `${shown} is too large to be a scenario (over ${maxBytes / 1024 / 1024} MB).` };
      // Strict UTF-8, like the app: a Latin-1 file is refused with a fix, not read as "Caf\uFFFD".
      const text = decodeScenarioBytes(await readFile(path));
      return text.ok ? { ok: true, text: text.value } : { ok: false, message: `${shown}: ${text.message}` };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: false, message: `${shown}: no such file.` };
      if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${shown}: permission denied.` };
      return { ok: false, message: `${shown}: cannot be read (${code ?? 'unknown error'}).` };
    }
  },
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
  (outcome) => {
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
