// Which browser prints the report: PUENTE_CHROMIUM when set, else the Electron binary where it is installed, else
// Chromium, Chrome or Edge (Chromium-based, on every Windows laptop) at their usual install paths.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { quote } from '../shared/quote';
import type { CliText } from './messages';

export type Browser = { kind: 'chromium'; path: string } | { kind: 'electron'; path: string };

type Env = Readonly<Record<string, string | undefined>>;

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The usual install paths on each OS, most specific first. */
export function usualBrowserPaths(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge'];
}

/** The Electron binary of this install, or null where its download never happened (as on build machines). */
export function installedElectron(): string | null {
  try {
    const require = createRequire(import.meta.url);
    // The electron package's main export is the path of its binary, and throws when the binary is missing.
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && isExecutableFile(binary) ? binary : null;
  } catch {
    return null;
  }
}

export type BrowserSearch = { ok: true; browser: Browser } | { ok: false; message: string };

/** The browser to print with, or why there is none, in the words of `text` (the command line's language). */
export function findBrowser(
  text: CliText,
  env: Env = process.env,
  platform: NodeJS.Platform = process.platform,
  electron = installedElectron,
  isProgram: (file: string) => boolean = isExecutableFile,
): BrowserSearch {
  const wanted = env.PUENTE_CHROMIUM?.trim();
  if (wanted) {
    return isProgram(wanted)
      ? { ok: true, browser: { kind: 'chromium', path: wanted } }
      : { ok: false, message: text('cli.browser.notAProgram', { path: quote(wanted, 200) }) };
  }
  const electronPath = electron();
  if (electronPath) return { ok: true, browser: { kind: 'electron', path: electronPath } };
  const found = usualBrowserPaths(platform, env).find(isProgram);
  if (found) return { ok: true, browser: { kind: 'chromium', path: found } };
  return { ok: false, message: text('cli.browser.none') };
}
