// Scenario files in the desktop app, end to end: Save As and Open through the native dialogs (stubbed inside main,
// the way Actual's Electron tests stub them), the file round trip on disk, a corrupt file left untouched, and the
// close guard's question. Build first (vite build, npm run build:electron); xvfb-run on Linux without a display.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { electronBinaryAvailable, SKIP_REASON } from './electron-available';
import { expect, launchPuente, test as base } from './fixtures';

const test = base.extend<{ documents: string; app: ElectronApplication }>({
  documents: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'puente-docs-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  app: async ({ userData, documents }, use) => {
    const app = await launchPuente(userData, documents);
    await use(app);
    await app.close();
  },
});

test.skip(!electronBinaryAvailable(), SKIP_REASON);

/** Makes the next native save dialog answer `filePath` (null: the user cancels). */
async function stubSaveDialog(app: ElectronApplication, filePath: string | null) {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = (async () => (target === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
  }, filePath);
}

/** Makes the next native open dialog pick `filePath`. */
async function stubOpenDialog(app: ElectronApplication, filePath: string) {
  await app.evaluate(({ dialog }, target) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog;
  }, filePath);
}

async function setRegularisation(page: Page, percent: string) {
  const field = page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox');
  await field.fill(percent);
  await field.press('Enter');
}

async function fileMenu(page: Page, item: string) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId(item).click();
}

interface SavedFile { format: string; name: string; appVersion: string | null; baseline: { datasetId: string } | null; levers: Record<string, number> }

test('Save As writes the file chosen in the native dialog, and Open brings it back after a restart', async ({ app, page, userData, documents }) => {
  await setRegularisation(page, '35');
  const target = path.join(documents, 'Ministry proposal.puente.json');
  await stubSaveDialog(app, target);
  await fileMenu(page, 'file-save-as');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  const saved = JSON.parse(await readFile(target, 'utf8')) as SavedFile;
  expect(saved.format).toBe('puente-scenario');
  expect(saved.levers.regularisationRatePerYear).toBeCloseTo(0.35, 10);
  expect(saved.appVersion).not.toBeNull();
  expect(saved.baseline?.datasetId).toBeTruthy();
  // The window title carries the scenario name, without the unsaved marker.
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).not.toContain('•');

  // A second save keeps the previous version as a rolling backup next to the file.
  await setRegularisation(page, '45');
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (JSON.parse(await readFile(target, 'utf8')) as SavedFile).levers.regularisationRatePerYear).toBeCloseTo(0.45, 10);
  expect((await readdir(path.join(documents, '.puente-backups')).catch(() => [])).length).toBeGreaterThan(0);

  await app.close();
  const again = await launchPuente(userData, documents);
  const page2 = await again.firstWindow();
  await stubOpenDialog(again, target);
  await fileMenu(page2, 'file-open');
  await expect(page2.getByTestId('lever-regularisationRatePerYear').getByRole('slider')).toHaveValue('45');
  await expect(page2.getByTestId('notice-recovery')).toHaveCount(0);
  await again.close();
});

test('a cancelled save dialog writes nothing and keeps the changes', async ({ app, page, documents }) => {
  await setRegularisation(page, '20');
  await stubSaveDialog(app, null);
  await fileMenu(page, 'file-save-as');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
  expect((await readdir(documents)).filter((n) => n.endsWith('.puente.json'))).toEqual([]);
});

test('a corrupt file picked in the open dialog gives one message and stays byte for byte as it was', async ({ app, page, documents }) => {
  const broken = path.join(documents, 'broken.puente.json');
  const bytes = '{"format": "puente-scenario", "schemaVersion": 1, "levers": {';
  await writeFile(broken, bytes);
  await stubOpenDialog(app, broken);
  await fileMenu(page, 'file-import');
  await expect(page.getByTestId('notice-error')).toContainText('not valid JSON');
  expect(await readFile(broken, 'utf8')).toBe(bytes);
  await expect(page.getByRole('slider').first()).toBeVisible();
});

test('closing with unsaved changes asks first; Cancel keeps the window open', async ({ app, page }) => {
  await setRegularisation(page, '25');
  await expect(page.getByTestId('dirty-marker')).toBeVisible();
  await app.evaluate(({ dialog }) => {
    const g = globalThis as unknown as { __asked: number };
    g.__asked = 0;
    dialog.showMessageBoxSync = (() => {
      g.__asked += 1;
      return 2; // Cancel
    }) as typeof dialog.showMessageBoxSync;
  });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await expect.poll(() => app.evaluate(() => (globalThis as unknown as { __asked: number }).__asked)).toBe(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('a scenario file named on the command line (a double-click) opens in the window', async ({ documents, userData }) => {
  const file = path.join(documents, 'From a colleague.puente.json');
  await writeFile(file, JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, name: 'From a colleague', levers: { regularisationRatePerYear: 0.35 } }));
  const app = await launchPuente(userData, documents, [file]);
  const page = await app.firstWindow();
  await expect(page.getByTestId('scenario-name')).toContainText('From a colleague');
  await expect(page.getByTestId('lever-regularisationRatePerYear').getByRole('slider')).toHaveValue('35');
  await app.close();
});
