import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, usualBrowserPaths } from '../../../cli/browser';
import { cliText } from '../../../cli/messages';

const noElectron = () => null;
const en = cliText('en');

describe('finding a browser for reports', () => {
  it('uses PUENTE_CHROMIUM when it names a program, and says so when it does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'puente-browser-'));
    const program = join(dir, 'chromium');
    writeFileSync(program, '#!/bin/sh\n');
    chmodSync(program, 0o755);
    expect(findBrowser(en, { PUENTE_CHROMIUM: program }, 'linux', noElectron)).toEqual({ ok: true, browser: { kind: 'chromium', path: program } });
    const missing = findBrowser(en, { PUENTE_CHROMIUM: join(dir, 'nope') }, 'linux', noElectron);
    expect(missing).toMatchObject({ ok: false });
    if (!missing.ok) expect(missing.message).toContain('PUENTE_CHROMIUM');
  });

  it('falls back to Chromium where Linux installs it', () => {
    expect(findBrowser(en, {}, 'linux', noElectron, (f) => f === '/usr/bin/chromium-browser')).toEqual({ ok: true, browser: { kind: 'chromium', path: '/usr/bin/chromium-browser' } });
  });

  it('prefers the installed Electron binary to a system browser', () => {
    expect(findBrowser(en, {}, 'linux', () => '/opt/puente/electron')).toEqual({ ok: true, browser: { kind: 'electron', path: '/opt/puente/electron' } });
  });

  it('looks for Chrome and Edge where Windows installs them', () => {
    const paths = usualBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' });
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('says in one sentence what to install when nothing is found', () => {
    const none = findBrowser(en, {}, 'linux', noElectron, () => false);
    expect(none).toMatchObject({ ok: false });
    if (!none.ok) expect(none.message).toMatch(/^No browser to print the report with: install Chromium, Chrome or Edge, or set PUENTE_CHROMIUM/);
  });
});
