// Files and state (issue 11 §8), in the web build: browsing is not an edit, Open… opens a file picker, and a
// reload reopens the scenario that was open, with its unsaved changes, on the place and lens that were shown.
import type { Page } from '@playwright/test';
import { expect, hasStoredKey, storedValues, leverField, leverSlider, SCREENSHOT_DIR, test, useFileInputPicker } from './fixtures';

const RATE = 'regularisationRatePerYear';

async function setLever(page: Page, lever: string, value: string) {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

async function fileMenu(page: Page, item: string) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId(item).click();
}

async function saveNamed(page: Page, name: string) {
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
}

const lens = (page: Page, name: 'Host lens' | 'Origin lens') => page.getByRole('radio', { name });

/** A scenario file as a colleague would send it. */
const colleagueFile = JSON.stringify({ format: 'puente-scenario', schemaVersion: 2, name: 'From a colleague', levers: { regularisationRatePerYear: 0.25 } });

test.describe('files and state', () => {
  test('browsing countries and lenses is not an edit: no unsaved marker, and New asks nothing', async ({ app: page }) => {
    await setLever(page, RATE, '20');
    await saveNamed(page, 'Regional plan');
    for (const place of ['GTM', 'COL', 'HND', 'CAM', 'LAC']) await page.getByTestId('region-select').selectOption(place);
    await lens(page, 'Origin lens').check();
    await lens(page, 'Host lens').check();
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    // Closing the window would not ask either: the host was never told of unsaved changes.
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __memoryHost?: { unsaved: { value: boolean } } }).__memoryHost?.unsaved.value)).toBe(false);
    await fileMenu(page, 'file-new');
    await expect(page.getByTestId('dialog')).toHaveCount(0);
    await expect(leverSlider(page, RATE)).toHaveValue('0');
    // A lever moved is an edit, and New does ask.
    await setLever(page, RATE, '30');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await fileMenu(page, 'file-new');
    await expect(page.getByTestId('dialog')).toContainText('Save the changes');
  });

  test('a reload reopens the scenario that was open, with its unsaved changes, on the same place and lens', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/');
    await setLever(page, RATE, '30');
    await saveNamed(page, 'Guatemala plan');
    await page.getByTestId('region-select').selectOption('GTM');
    await lens(page, 'Origin lens').check();
    await setLever(page, RATE, '45');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    // The unsaved change is in the tab's autosave two seconds after it was made.
    await expect.poll(() => hasStoredKey(page, /^autosave:[0-9a-f]{24}-[0-9a-f]{24}$/), { timeout: 8000 }).toBe(true);

    await page.reload();
    await expect(page.getByTestId('scenario-name')).toContainText('Guatemala plan');
    await expect(leverSlider(page, RATE)).toHaveValue('45');
    await expect(page.getByTestId('region-select')).toHaveValue('GTM');
    await expect(lens(page, 'Origin lens')).toBeChecked();
    // Still unsaved, and not offered as lost work: it is this tab's own, back where it was.
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await expect(page.getByTestId('notice-recovery')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/reload-reopens-1366x768.png` });

    // Saving goes into the same scenario, with no conflict; the next reload shows it saved.
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await expect(page.getByTestId('dialog')).toHaveCount(0);
    await page.getByTestId('region-select').selectOption('COL');
    // The place on screen is remembered by an asynchronous write; reload once it has landed.
    await expect.poll(async () => (await storedValues(page, /^session:/)).some((v) => v.includes('"region":"COL"')), { timeout: 8000 }).toBe(true);
    await page.reload();
    await expect(page.getByTestId('scenario-name')).toContainText('Guatemala plan');
    await expect(page.getByTestId('region-select')).toHaveValue('COL');
    await expect(leverSlider(page, RATE)).toHaveValue('45');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId('library-view').locator('.library-card')).toHaveCount(1);
  });

  test('Open… opens the browser’s file picker (a file input where there is no File System Access API), not the library', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await useFileInputPicker(page);
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await fileMenu(page, 'file-open');
    await (await chooser).setFiles({ name: 'colleague.puente.json', mimeType: 'application/json', buffer: Buffer.from(colleagueFile) });
    await expect(page.getByTestId('scenario-name')).toContainText('From a colleague');
    await expect(leverSlider(page, RATE)).toHaveValue('25');
    await expect(page.getByTestId('library-view')).toHaveCount(0);
    // The file is in the library now, and the picker is gone from the page.
    await expect(page.locator('input[type=file]')).toHaveCount(0);
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId('library-card-From a colleague')).toBeVisible();

    // Ctrl+O too; cancelling the picker changes nothing.
    await page.getByTestId('view-scenario').click();
    const again = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+o');
    await (await again).setFiles([]);
    await expect(page.getByTestId('scenario-name')).toContainText('From a colleague');
    await expect(page.getByTestId('notice-error')).toHaveCount(0);
  });

  test('Open… uses the File System Access picker where the browser has it', async ({ page, consoleErrors }) => {
    void consoleErrors;
    // Playwright cannot answer Chromium's own File System Access picker (microsoft/playwright#8850), so the page's
    // showOpenFilePicker answers with the file, or as a cancelled picker, and records what it was asked.
    await page.addInitScript((text) => {
      const page = globalThis as unknown as Record<string, unknown> & { File: new (parts: string[], name: string) => unknown };
      const asked: unknown[] = [];
      page.__pickerAsked = asked;
      page.__pickerCancels = false;
      page.showOpenFilePicker = async (options: unknown) => {
        asked.push(options);
        if (page.__pickerCancels) throw new DOMException('The user aborted a request.', 'AbortError');
        return [{ getFile: async () => new page.File([text], 'colleague.puente.json') }];
      };
    }, colleagueFile);
    await page.goto('/');
    await fileMenu(page, 'file-open');
    await expect(page.getByTestId('scenario-name')).toContainText('From a colleague');
    await expect(leverSlider(page, RATE)).toHaveValue('25');
    const asked = await page.evaluate(() => (globalThis as unknown as { __pickerAsked: unknown[] }).__pickerAsked);
    expect(asked).toEqual([{ multiple: false, excludeAcceptAllOption: false, types: [{ description: 'Puente scenarios', accept: { 'application/json': ['.json'] } }] }]);

    // Cancelled: nothing changes, no message, and no second picker.
    await page.evaluate(() => ((globalThis as unknown as { __pickerCancels: boolean }).__pickerCancels = true));
    const inputChooser = page.waitForEvent('filechooser', { timeout: 1500 }).then(() => true, () => false);
    await fileMenu(page, 'file-open');
    expect(await inputChooser).toBe(false);
    await expect(page.getByTestId('scenario-name')).toContainText('From a colleague');
    await expect(page.getByTestId('notice-error')).toHaveCount(0);
  });
});
