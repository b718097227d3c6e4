// The scenario library in the web host (IndexedDB) end to end: save three scenarios, reload, reopen, compare;
// corrupt and newer-version files; screenshots of the library and comparison at both screen sizes.
import type { Page } from '@playwright/test';
import { SCENARIO_SCHEMA_VERSION } from '../../shared/scenario/document';
import { expect, leverField, leverSlider, SCREENSHOT_DIR, test, useFileInputPicker, VIEWPORTS } from './fixtures';

async function setLever(page: Page, lever: string, value: string) {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

async function answerName(page: Page, name: string) {
  const dialog = page.getByTestId('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('scenario-name')).toContainText(name);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
}

async function fileMenu(page: Page, item: string) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId(item).click();
}

const NAMES = ['Status quo plus', 'Ministry proposal', 'Ambitious'] as const;

/** Three scenarios with different levers, saved three ways (shortcut, menu, Save As). */
async function buildThree(page: Page) {
  await page.goto('/');
  await setLever(page, 'regularisationRatePerYear', '10');
  await page.keyboard.press('Control+s');
  await answerName(page, NAMES[0]);

  await fileMenu(page, 'file-new');
  await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
  await setLever(page, 'regularisationRatePerYear', '40');
  await page.getByTestId('lever-absorptionCapacity').getByText('High', { exact: true }).click();
  await fileMenu(page, 'file-save');
  await answerName(page, NAMES[1]);

  await fileMenu(page, 'file-new');
  await setLever(page, 'regularisationRatePerYear', '80');
  await setLever(page, 'remittanceCostTargetPct', '3');
  await fileMenu(page, 'file-save-as');
  await answerName(page, NAMES[2]);
}

/** The saved scenarios' cards (not the card of the scenario on screen, shown while it has unsaved changes). */
const cards = (page: Page) => page.getByTestId('library-view').locator('.library-card:not(.library-card--current)');

/** One saved scenario ("IOM view", regularisation 15 %), with the library on screen; returns its card. */
async function oneSavedInLibrary(page: Page) {
  await page.goto('/');
  await setLever(page, 'regularisationRatePerYear', '15');
  await page.keyboard.press('Control+s');
  await answerName(page, 'IOM view');
  await page.getByTestId('view-library').click();
  return page.getByTestId('library-card-IOM view');
}

async function showLibrary(page: Page) {
  await page.getByTestId('view-library').click();
  await expect(cards(page)).toHaveCount(3);
}

test.describe('scenario library (web host, browser storage)', () => {
  test('three saved scenarios survive a reload, reopen with their levers and compare on one chart', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await buildThree(page);
    await page.reload();
    // Everything was saved: nothing to recover.
    await expect(page.getByTestId('notice-recovery')).toHaveCount(0);
    await showLibrary(page);
    const ministry = page.getByTestId(`library-card-${NAMES[1]}`);
    await expect(ministry.getByTestId('card-result')).toContainText('Migrants with regular status in Latin America and the Caribbean, 2030');
    await expect(ministry.getByTestId('card-result')).toContainText('+');
    await expect(ministry).toContainText('Data: the paper’s baseline');

    // Search and sort.
    await page.getByTestId('library-search').fill('ambit');
    await expect(cards(page)).toHaveCount(1);
    await page.getByTestId('library-search').fill('');
    await page.getByTestId('library-sort').selectOption('name');
    await expect(cards(page).locator('.library-card__name')).toHaveText(['Ambitious', 'Ministry proposal', 'Status quo plus']);

    await ministry.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByTestId('scenario-name')).toContainText(NAMES[1]);
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('40');
    await expect(page.getByTestId('lever-absorptionCapacity').getByRole('radio', { name: 'High' })).toBeChecked();
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

    await page.getByTestId('view-library').click();
    for (const name of NAMES) await page.getByTestId(`library-card-${name}`).getByRole('checkbox', { name: 'Compare' }).check();
    await page.getByTestId('library-compare').click();
    const view = page.getByTestId('compare-view');
    await view.getByTestId('compare-output').selectOption('migrantsRegular');
    // Three scenarios and the baseline (drawn last, on top) on the same axes.
    await expect(view.locator('path.compare-line')).toHaveCount(4);
    const colours = await view.locator('path.compare-line').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
    expect(new Set(colours).size).toBe(4);
    const table = view.getByTestId('compare-table');
    await expect(table.locator('thead')).toContainText(NAMES[0]);
    const rate = table.getByTestId('assumption-lever:regularisationRatePerYear');
    await expect(rate).toContainText('10 %');
    await expect(rate).toContainText('40 %');
    await expect(rate).toContainText('80 %');
    await expect(table.getByTestId('assumption-lever:absorptionCapacity')).toContainText('as baseline');
    await expect(table.getByTestId('result-migrantsRegular-2030').locator('td')).toHaveCount(4);
    await expect(table.getByTestId('result-migrantsRegular-cumulative')).toContainText('permits');
    // The table's colours are the chart's.
    const swatches = await table.locator('thead .legend__pattern line').evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke')));
    expect(swatches).toEqual(colours.slice(0, 3));
    // One place selector: the title bar's.
    await expect(view.getByTestId('compare-region')).toHaveCount(0);
    await page.getByTestId('region-select').selectOption('COL');
    await expect(table.locator('caption')).toContainText('Colombia');
  });

  test('a corrupt import shows one message and leaves the library and the open scenario as they were', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await useFileInputPicker(page);
    await buildThree(page);
    await showLibrary(page);
    const before = await cards(page).allTextContents();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('library-view').getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles({ name: 'broken.puente.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "puente-scenario", "schemaVersion": 1, "levers": {') });
    const error = page.getByTestId('notice-error');
    await expect(error).toContainText('not valid JSON');
    await expect(error).toContainText('Nothing was changed.');
    await expect(page.getByTestId('scenario-name')).toContainText(NAMES[2]);
    expect(await cards(page).allTextContents()).toEqual(before);
    await error.getByRole('button', { name: 'Dismiss' }).click();
    await expect(error).toHaveCount(0);
    // Still the same three after a reload: nothing of the broken file was stored.
    await page.reload();
    await showLibrary(page);
    await expect(cards(page).locator('.library-card__name')).toHaveText([...NAMES].reverse());
  });

  test('files not saved as UTF-8 are refused in the app’s words: Latin-1 names the byte, UTF-16 says UTF-16', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await useFileInputPicker(page);
    await page.goto('/');
    await page.getByTestId('view-library').click();
    const head = Buffer.from('{"format":"puente-scenario","schemaVersion":1,"name":"Caf', 'latin1');
    const files = [
      { name: 'cafe.puente.json', buffer: Buffer.concat([head, Buffer.from([0xe9, 0x22, 0x7d])]), says: [`byte 0xE9 at position ${head.length + 1}`, 'in Latin-1 it would be “é”'] },
      { name: 'unicode.puente.json', buffer: Buffer.from('\ufeff{"format":"puente-scenario"}', 'utf16le'), says: ['saved as UTF-16 (Notepad calls it “Unicode”)'] },
    ];
    for (const file of files) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('library-view').getByRole('button', { name: 'Import…' }).click();
      await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
      const error = page.getByTestId('notice-error');
      for (const words of file.says) await expect(error).toContainText(words);
      await expect(error).toContainText('set Encoding to UTF-8');
      if (file.name === 'cafe.puente.json') await page.screenshot({ path: `${SCREENSHOT_DIR}/import-latin1-1366x768.png` });
      await error.getByRole('button', { name: 'Dismiss' }).click();
    }
    await expect(cards(page)).toHaveCount(0);
  });

  test('a newer version’s file opens read-only; a file from another baseline says so and can be re-based', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await useFileInputPicker(page);
    await page.goto('/');
    const future = {
      format: 'puente-scenario', schemaVersion: SCENARIO_SCHEMA_VERSION + 1, name: 'From Puente 9', levers: { regularisationRatePerYear: 0.25 }, hologram: { depth: 3 },
    };
    let chooser = page.waitForEvent('filechooser');
    await fileMenu(page, 'file-import');
    await (await chooser).setFiles({ name: 'future.puente.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
    await expect(page.getByTestId('notice-read-only')).toContainText('newer version of Puente');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('25');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('notice-error')).toContainText('read-only');
    await page.getByTestId('notice-read-only').getByRole('button', { name: 'Save As…' }).click();
    await answerName(page, 'From Puente 9 (my copy)');
    await expect(page.getByTestId('notice-read-only')).toHaveCount(0);

    const older = { format: 'puente-scenario', schemaVersion: 1, name: 'Older data', baseline: { datasetId: 'lac-baseline-2019', checksum: '0'.repeat(64) } };
    chooser = page.waitForEvent('filechooser');
    await fileMenu(page, 'file-import');
    await (await chooser).setFiles({ name: 'older.puente.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
    const notice = page.getByTestId('notice-baseline');
    // The two datasets in words, no internal ids.
    await expect(notice).toContainText('made with another version of the 2019 baseline of the ICMPD/UNDP paper; this version of Puente uses the paper’s 2019 baseline updated with the data observed in 2019–2025 (version');
    await expect(notice).not.toContainText('lac-baseline');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Re-base on the current baseline' }).click();
    await expect(notice).toHaveCount(0);
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId('library-card-Older data').getByTestId('older-baseline')).toBeVisible();
  });

  test('saving over a scenario keeps the previous version, which can be restored as unsaved changes', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/');
    await setLever(page, 'regularisationRatePerYear', '10');
    await page.keyboard.press('Control+s');
    await answerName(page, 'Plan');
    await setLever(page, 'regularisationRatePerYear', '20');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await fileMenu(page, 'file-restore-backup');
    const dialog = page.getByTestId('dialog');
    await expect(dialog).toContainText('Restore an earlier version');
    await dialog.locator('.dialog__actions .button').first().click();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('10');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
  });

  test('card actions: duplicate, rename and delete (after a confirmation); New asks about unsaved changes', async ({ page, consoleErrors }) => {
    void consoleErrors;
    const card = await oneSavedInLibrary(page);
    await card.getByRole('button', { name: 'Duplicate' }).click();
    const dialog = page.getByTestId('dialog');
    await expect(dialog.getByRole('textbox')).toHaveValue('IOM view (copy)');
    await dialog.getByRole('button', { name: 'Duplicate' }).click();
    await expect(cards(page)).toHaveCount(2);
    const copy = page.getByTestId('library-card-IOM view (copy)');
    await copy.getByRole('button', { name: 'Rename' }).click();
    await dialog.getByRole('textbox').fill('IOM view, variant');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    const variant = page.getByTestId('library-card-IOM view, variant');
    await expect(variant).toBeVisible();
    await variant.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toContainText('Delete “IOM view, variant”?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(cards(page)).toHaveCount(2);
    await variant.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(cards(page)).toHaveCount(1);

    // Unsaved changes: New asks; Cancel keeps them, Don't Save drops them.
    await page.getByTestId('view-scenario').click();
    await setLever(page, 'regularisationRatePerYear', '55');
    await fileMenu(page, 'file-new');
    await expect(dialog).toContainText('Save the changes to “IOM view”?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('55');
    await fileMenu(page, 'file-new');
    await dialog.getByRole('button', { name: 'Don’t Save' }).click();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
    await expect(page.getByTestId('scenario-name')).toContainText('Untitled scenario');
  });

  test('a deleted scenario comes back with Undo, or later from Recently deleted', async ({ page, consoleErrors }) => {
    void consoleErrors;
    const card = await oneSavedInLibrary(page);
    const dialog = page.getByTestId('dialog');
    await card.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog).toContainText('Recently deleted for 30 days');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(cards(page)).toHaveCount(0);
    // What was on screen stays there, as unsaved changes, and can still be compared.
    await expect(page.getByTestId('library-card-current')).toContainText('Current scenario (unsaved)');
    const notice = page.getByTestId('notice-info');
    await expect(notice).toContainText('Deleted “IOM view”.');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(cards(page)).toHaveCount(0);
    await page.reload();
    await page.getByTestId('view-library').click();
    await page.getByTestId('library-deleted').click();
    await expect(dialog).toContainText('Recently deleted');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/recently-deleted-1366x768.png` });
    await dialog.getByRole('button', { name: /^IOM view — deleted/ }).click();
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('15');
  });

  test('the native menu’s save-as command saves like the menu, and the title drops the unsaved marker', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/?host=memory');
    await setLever(page, 'regularisationRatePerYear', '30');
    const lastTitle = () => page.evaluate(() => (globalThis as unknown as { __memoryHost?: { titles: string[] } }).__memoryHost?.titles.at(-1));
    await expect.poll(lastTitle).toBe('Untitled scenario • — Puente');
    await page.evaluate(() => (globalThis as unknown as { __memoryHost?: { sendCommand(c: string): void } }).__memoryHost?.sendCommand('save-as'));
    await answerName(page, 'Menu plan');
    await expect.poll(lastTitle).toBe('Menu plan — Puente');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __memoryHost?: { unsaved: { value: boolean } } }).__memoryHost?.unsaved.value)).toBe(false);
  });

  test('two tabs on one scenario: the second Save asks instead of replacing the first tab’s work (D10)', async ({ page, context, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/');
    await setLever(page, 'regularisationRatePerYear', '10');
    await page.keyboard.press('Control+s');
    await answerName(page, 'Shared plan');
    const other = await context.newPage();
    await other.goto('/');
    await other.getByTestId('view-library').click();
    await other.getByTestId('library-card-Shared plan').getByRole('button', { name: 'Open', exact: true }).click();
    await setLever(page, 'regularisationRatePerYear', '20');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await other.getByTestId('view-scenario').click();
    await setLever(other, 'regularisationRatePerYear', '30');
    await other.keyboard.press('Control+s');
    const dialog = other.getByTestId('dialog');
    await expect(dialog).toContainText('“Shared plan” was changed in another window');
    await other.screenshot({ path: `${SCREENSHOT_DIR}/changed-elsewhere-1366x768.png` });
    await dialog.getByRole('button', { name: 'Save over it' }).click();
    await expect(other.getByTestId('dirty-marker')).toHaveCount(0);
    // The first tab's version is kept as a backup.
    await fileMenu(other, 'file-restore-backup');
    await expect(other.getByTestId('dialog').locator('.dialog__actions .button')).toHaveCount(3);
  });

  test('storage that filled up, or whose connection closed, is reported with “Export a copy” and works again without a reload (D3)', async ({ page, consoleErrors }) => {
    void consoleErrors;
    // Chromium reports a full quota as QuotaExceededError and may close the connection when its store fails.
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        __idb: { full: boolean; dbs: { close(): void }[] };
        IDBFactory: { prototype: { open(...args: unknown[]): { result: { close(): void }; addEventListener(t: string, f: () => void): void } } };
        IDBObjectStore: { prototype: { put(...args: unknown[]): unknown } };
        DOMException: new (message: string, name: string) => Error;
      };
      g.__idb = { full: false, dbs: [] };
      const open = g.IDBFactory.prototype.open;
      g.IDBFactory.prototype.open = function (this: unknown, ...args: unknown[]) {
        const request = open.apply(this, args);
        request.addEventListener('success', () => g.__idb.dbs.push(request.result));
        return request;
      };
      const put = g.IDBObjectStore.prototype.put;
      g.IDBObjectStore.prototype.put = function (this: unknown, ...args: unknown[]) {
        if (g.__idb.full) throw new g.DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const idb = (script: string) => page.evaluate(script);
    await page.goto('/');
    await setLever(page, 'regularisationRatePerYear', '10');
    await page.keyboard.press('Control+s');
    await answerName(page, 'Plan');
    await setLever(page, 'regularisationRatePerYear', '20');
    await idb('globalThis.__idb.full = true');
    await page.keyboard.press('Control+s');
    const error = page.getByTestId('notice-error').filter({ hasText: 'no space left' });
    await expect(error).toContainText('“Plan”');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/storage-full-1366x768.png` });
    const download = page.waitForEvent('download');
    await error.getByRole('button', { name: 'Export a copy' }).click();
    expect((await download).suggestedFilename()).toBe('Plan.puente.json');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    // Space is back, and the connection the failure closed has to be opened again, without a reload.
    await idb('globalThis.__idb.full = false; for (const db of globalThis.__idb.dbs) db.close();');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await page.reload();
    await page.getByTestId('view-library').click();
    await page.getByTestId('library-card-Plan').getByRole('button', { name: 'Open', exact: true }).click();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('20');
  });

  test('library and comparison screenshots at 1366×768 and 1920×1080', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await buildThree(page);
    await showLibrary(page);
    for (const name of NAMES) await page.getByTestId(`library-card-${name}`).getByRole('checkbox', { name: 'Compare' }).check();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.getByTestId('view-library').click();
      await expect(cards(page)).toHaveCount(3);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/library-${viewport.width}x${viewport.height}.png` });
      await page.getByTestId('library-compare').click();
      await expect(page.getByTestId('compare-view').locator('path.compare-line')).toHaveCount(4);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-${viewport.width}x${viewport.height}.png`, fullPage: true });
    }
  });
});
