// Presentation mode in the desktop app: F5 puts the window in full screen and Esc takes it out; with a second display
// (scripted inside main, as xvfb has one screen) the presenter view opens in its own window, follows the slides over
// the BroadcastChannel and drives them, and closes with the presentation. Build first (vite build, npm run
// build:electron); run with npm run test:electron (xvfb-run on Linux without a display).
import type { ElectronApplication } from '@playwright/test';
import { electronBinaryAvailable, SKIP_REASON } from './electron-available';
import { expect, test } from './fixtures';

test.skip(!electronBinaryAvailable(), SKIP_REASON);

const isFullScreen = (app: ElectronApplication) => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isFullScreen() ?? false);
const windowCount = (app: ElectronApplication) => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

/** Makes main see a laptop screen (the one the window is on) and a projector to its right. */
async function attachProjector(app: ElectronApplication) {
  await app.evaluate(({ screen }) => {
    const laptop = { ...screen.getPrimaryDisplay(), internal: true };
    const projector = {
      ...laptop,
      id: laptop.id + 1000,
      internal: false,
      bounds: { ...laptop.bounds, x: laptop.bounds.x + laptop.bounds.width },
      workArea: { ...laptop.workArea, x: laptop.workArea.x + laptop.bounds.width },
    };
    screen.getAllDisplays = () => [laptop, projector];
    screen.getDisplayMatching = () => laptop;
  });
}

test('F5 presents full screen and Esc leaves it; one display opens no presenter view', async ({ app, page }) => {
  await expect(page.getByTestId('key-figures')).toBeVisible();
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect.poll(() => isFullScreen(app)).toBe(true);
  expect(await windowCount(app)).toBe(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'chart');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect.poll(() => isFullScreen(app)).toBe(false);
});

test('leaving full screen through the window ends the presentation', async ({ app, page }) => {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect.poll(() => isFullScreen(app)).toBe(true);
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setFullScreen(false));
  await expect(page.getByTestId('presentation')).toHaveCount(0);
});

test('with a second display the presenter view opens there, follows and drives the slides, and closes with them', async ({ app, page }) => {
  await attachProjector(app);
  const before = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
  const opened = app.waitForEvent('window');
  await page.keyboard.press('F5');
  const presenter = await opened;
  expect(presenter.url()).toMatch(/^app:\/\/puente\/index\.html\?view=presenter&session=[0-9a-f]{24}$/);
  await expect(presenter.getByTestId('presenter-current')).toHaveText('Untitled scenario');
  await expect(presenter.getByTestId('presenter-next')).toHaveText('Remittances received');
  // The presenter window has no bridge to main.
  expect(await presenter.evaluate(() => typeof (globalThis as unknown as { host?: unknown }).host)).toBe('undefined');

  await presenter.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-key', 'chart:remittancesUsd');
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-current')).toHaveText('Migrants with regular status');

  await page.keyboard.press('Escape');
  await expect.poll(() => windowCount(app)).toBe(1);
  await expect.poll(() => isFullScreen(app)).toBe(false);
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds())).toEqual(before);
});
