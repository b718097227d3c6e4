// The desktop shell end to end, against the real Electron binary. Build first (npm run build:electron
// and vite build); run with npm run test:electron (xvfb-run on Linux without a display).
import type { HostApi } from '../../shared/host/host-api';
import { electronBinaryAvailable, SKIP_REASON } from './electron-available';

/** The page globals these tests touch (tsconfig.node has no DOM lib; evaluate() bodies run in the page). */
interface PageGlobals {
  host?: HostApi;
  require?: unknown;
  process?: unknown;
  location: { href: string };
  open(url: string, target: string): unknown;
  document: {
    createElement(tag: 'a'): { href: string; textContent: string; id: string };
    body: { append(node: unknown): void };
  };
}
import { expect, launchPuente, recordOpenExternal, test } from './fixtures';

test.skip(!electronBinaryAvailable(), SKIP_REASON);

test('launches one window on our app:// origin with the locked web preferences', async ({ app, page }) => {
  expect(page.url()).toBe('app://puente/index.html');
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    const p = (windows[0] as unknown as { puenteWebPreferences?: Record<string, unknown> } | undefined)?.puenteWebPreferences;
    return { count: windows.length, contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webviewTag: p?.webviewTag };
  });
  expect(prefs).toEqual({ count: 1, contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
  // The page sees the host bridge and nothing of Node.
  expect(await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    return { nativeMenu: w.host?.capabilities.nativeMenu, require: typeof w.require, process: typeof w.process };
  })).toEqual({
    nativeMenu: true,
    require: 'undefined',
    process: 'undefined',
  });
});

test('refuses to navigate away from the app', async ({ app, page }) => {
  const opened = await recordOpenExternal(app);
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'file:///etc/passwd';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://puente/index.html');
  expect(await opened()).toEqual([]);
});

test('sends external https links to the OS browser, never into the window', async ({ app, page }) => {
  const opened = await recordOpenExternal(app);
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const a = w.document.createElement('a');
    a.href = 'https://www.worldbank.org/en/topic/migration';
    a.textContent = 'World Bank';
    a.id = 'e2e-link';
    w.document.body.append(a);
    w.open('https://www.iom.int/', '_blank');
  });
  await page.click('#e2e-link');
  await expect.poll(opened).toEqual(['https://www.iom.int/', 'https://www.worldbank.org/en/topic/migration']);
  expect(page.url()).toBe('app://puente/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  // Through the bridge: https opens, file: is refused with a typed result.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).host?.openExternal('https://www.cepal.org/'))).toEqual({ ok: true, value: null });
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).host?.openExternal('file:///etc/passwd'))).toMatchObject({ ok: false, code: 'refused' });
  expect(await opened()).toHaveLength(3);
});

test('refuses IPC from a page that is not ours, even with our preload', async ({ app }) => {
  const opened = await recordOpenExternal(app);
  const result = await app.evaluate(async ({ app: electronApp, BrowserWindow }) => {
    const foreign = new BrowserWindow({
      show: false,
      webPreferences: { preload: `${electronApp.getAppPath()}/dist-electron/preload.js`, contextIsolation: true, sandbox: true },
    });
    await foreign.loadURL('data:text/html,<title>foreign</title>');
    const answer: unknown = await foreign.webContents.executeJavaScript("window.host.openExternal('https://www.oecd.org/')");
    foreign.destroy();
    return answer;
  });
  expect(result).toMatchObject({ ok: false, code: 'refused' });
  expect(await opened()).toEqual([]);
});

test('shows the scenario screen inside the window', async ({ page }) => {
  const slider = page.getByRole('slider').first();
  await expect(slider).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const before = await slider.getAttribute('aria-valuenow') ?? await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await slider.getAttribute('aria-valuenow')) ?? (await slider.inputValue())).not.toBe(before);
});

test('remembers the window size and position', async ({ userData }) => {
  const first = await launchPuente(userData);
  await first.firstWindow();
  await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 60, width: 1000, height: 700 }));
  await first.close();
  const second = await launchPuente(userData);
  await second.firstWindow();
  const bounds = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
  await second.close();
  expect(bounds).toMatchObject({ width: 1000, height: 700 });
});
