// Launches the built app (dist/ + dist-electron/) with its own throw-away settings folder per test,
// and records what main hands to the OS browser by replacing shell.openExternal inside main
// (the pattern Actual's navigation-security tests use).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';

/**
 * `documents` (optional) becomes the scenario library folder (PUENTE_DOCUMENTS) instead of Documents/Puente;
 * `files` are passed on the command line, as a double-click on a scenario file does.
 */
export async function launchPuente(userData: string, documents?: string, files: readonly string[] = []): Promise<ElectronApplication> {
  // Root on Linux CI cannot use Chromium's sandbox; everywhere else the real sandbox is on.
  const rootArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return _electron.launch({
    args: [path.resolve('.'), ...rootArgs, ...files],
    env: { ...process.env, PUENTE_USER_DATA: userData, ...(documents ? { PUENTE_DOCUMENTS: documents } : {}), ELECTRON_ENABLE_LOGGING: '1' },
  });
}

/** Makes main record URLs instead of opening a browser; returns a reader for the recorded list. */
export async function recordOpenExternal(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const g = globalThis as unknown as { __opened: string[] };
    g.__opened = [];
    shell.openExternal = async (url: string) => {
      g.__opened.push(url);
    };
  });
  return () => app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened);
}

export const test = base.extend<{ userData: string; app: ElectronApplication; page: Page }>({
  userData: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puente-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ userData }, use) => {
    const app = await launchPuente(userData);
    await use(app);
    await app.close();
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

export { expect } from '@playwright/test';
