// `npm start`: builds the renderer and the Electron main/preload, then opens the desktop app.
// Where the Electron binary is missing (downloads blocked), explains how to get it and opens the
// same app as a web page instead, so `npm start` is never a dead end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

function run(label, args) {
  console.log(`› ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`npm start: ${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** Path of the Electron executable, or null when the npm package has no binary (install script skipped or blocked). */
function electronBinary() {
  try {
    const binary = require('electron'); // the npm package exports the executable's path as a string
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function openInBrowser(url) {
  if (process.env.PUENTE_NO_BROWSER === '1') return;
  const [cmd, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : process.platform === 'darwin' ? ['open', [url]]
    : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`Open ${url} in your browser.`));
  child.unref();
}

process.chdir(root); // vite.config.mts resolves its root ('renderer') from the working directory
const lock = path.join(root, 'node_modules', '.package-lock.json');
if (!existsSync(lock)) {
  // A fresh clone: install first. Electron's own download is skipped (allowScripts in package.json);
  // the variable makes sure with older npm clients too.
  console.log('› installing npm packages (npm ci)');
  const installed = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1' },
  });
  if (installed.status !== 0) {
    console.error('npm start: npm ci failed; see the messages above.');
    process.exit(installed.status ?? 1);
  }
}
console.log('› building the renderer (vite build)');
try {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
} catch (error) {
  console.error(`npm start: the renderer did not build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
run('building the desktop shell (main + preload)', [path.join(root, 'scripts', 'build-electron.mjs')]);

/**
 * package.json denies Electron's install script so `npm ci` never fails offline; here, where a desktop
 * window is wanted, try its download once (it honours ELECTRON_MIRROR and proxies). Offline it fails in seconds.
 */
function tryDownloadElectron() {
  const installer = path.join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer) || process.env.PUENTE_SKIP_ELECTRON_DOWNLOAD === '1') return;
  console.log('› fetching the Electron program (once)');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [installer], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    // One line, not the downloader's stack trace: the paragraph below says what to do.
    const reason = /(ENOTFOUND [^\s]+|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|HTTPError: [^\n]+)/.exec(`${result.stderr}${result.stdout}`);
    console.log(`  the download did not work (${reason?.[1] ?? 'no answer'})`);
  }
}

let binary = electronBinary();
if (binary === null) {
  tryDownloadElectron();
  binary = electronBinary();
}
if (binary !== null) {
  console.log('› launching Puente');
  const app = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT ?? '4173';
  const url = `http://127.0.0.1:${port}/`;
  console.log(`
Electron is not installed on this machine, so Puente cannot open its desktop window. npm installs the
Electron program by downloading it from github.com, which this network blocks (or the download was skipped).
To fix it, point the download at a mirror your network allows, or at your proxy, and run the installer again:
  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js
  (or set HTTPS_PROXY=http://your-proxy:port before the same command; on Windows use "set NAME=value" first)
then run "npm start" again. Meanwhile Puente opens as a web page at ${url} — the same app, running in your browser.
`);
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve-web.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
  });
  setTimeout(() => openInBrowser(url), 500);
  server.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
}
