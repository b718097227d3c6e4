// The scenario screen in Debian chromium against the built renderer (memory host).
import { card, cardsEmpty, expect, hasStoredKey, leverField, leverSlider, settledText, test } from './fixtures';

/** What the tests read of the memory host inside the page (tests are type-checked without DOM types). */
interface PageWithHost {
  __memoryHost?: { titles: string[]; files: Map<string, string>; sendCommand(command: 'undo' | 'redo'): void };
}

test.describe('scenario screen', () => {
  test('dragging a lever with the mouse changes the chart and the cards, and is one undo step', async ({ app: page }) => {
    await expect(cardsEmpty(page)).toBeVisible();
    const chartBefore = await page.getByTestId('chart-migrantsRegular-latest').textContent();
    const slider = leverSlider(page, 'regularisationRatePerYear');
    const box = await slider.boundingBox();
    if (!box) throw new Error('slider not laid out');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 9, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i += 1) await page.mouse.move(box.x + 9 + (box.width * 0.4 * i) / 10, y);
    await page.mouse.up();

    await expect(card(page, 'migrantsRegular')).toContainText('+');
    await expect(page.getByTestId('chart-migrantsRegular-latest')).not.toHaveText(chartBefore ?? '');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    const dragged = Number(await slider.inputValue());
    expect(dragged).toBeGreaterThan(20);

    // The whole drag is one step: a single undo returns to the baseline.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(slider).toHaveValue('0');
    await expect(cardsEmpty(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  });

  test('moving a lever with the keyboard changes the cards; Ctrl+Z and Ctrl+Shift+Z undo and redo', async ({ app: page }) => {
    const remittances = card(page, 'remittancesUsd');
    const fees = card(page, 'feeSavingsUsd');
    await expect(cardsEmpty(page)).toBeVisible();
    const slider = leverSlider(page, 'remittanceCostTargetPct');
    const start = Number(await slider.inputValue());
    await slider.focus();
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveValue(String(Math.round((start - 2) * 10) / 10));
    await expect(remittances).toContainText('+USD');
    await expect(fees).toContainText('+USD');
    const after = await settledText(remittances);

    await page.keyboard.press('Control+z');
    await expect(cardsEmpty(page)).toBeVisible();
    await expect(slider).toHaveValue(String(start));
    await page.keyboard.press('Control+Shift+z');
    await expect(remittances).toHaveText(after ?? '');
  });

  test('an out-of-range typed value is refused with a message and nothing else changes', async ({ app: page }) => {
    const field = leverField(page, 'regularisationRatePerYear');
    await field.fill('150');
    await field.press('Enter');
    const error = page.getByTestId('lever-regularisationRatePerYear-control-error');
    await expect(error).toHaveText('Enter a value between 0 and 100 % per year.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
    await expect(cardsEmpty(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

    // A valid value clears the message and applies.
    await field.fill('25');
    await field.press('Enter');
    await expect(error).toHaveCount(0);
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('25');
    await expect(card(page, 'migrantsRegular')).toContainText('+');
  });

  test('reset all returns every lever to its baseline, and can itself be undone', async ({ app: page }) => {
    await expect(cardsEmpty(page)).toBeVisible();
    await leverField(page, 'regularisationRatePerYear').fill('40');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.getByTestId('lever-absorptionCapacity').getByText('High', { exact: true }).click();
    await expect(card(page, 'netFiscalUsd')).toBeVisible();
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect(cardsEmpty(page)).toBeVisible();
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
    await expect(page.getByRole('button', { name: 'Reset all' })).toBeDisabled();
    await page.keyboard.press('Control+z');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('40');
  });

  test('switching country changes the charts and cards to that country', async ({ app: page }) => {
    await leverField(page, 'regularisationRatePerYear').fill('30');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    const lac = await card(page, 'migrantsRegular').textContent();
    const lacChart = await page.getByTestId('chart-remittancesUsd-latest').textContent();
    await page.getByTestId('region-select').selectOption('COL');
    await expect(card(page, 'migrantsRegular')).not.toHaveText(lac ?? '');
    await expect(page.getByTestId('chart-remittancesUsd-latest')).not.toHaveText(lacChart ?? '');
    // Colombia's own observed remittances are drawn as points.
    await expect(page.getByTestId('chart-remittancesUsd')).toContainText('World Bank WDI');
    await page.getByTestId('region-select').selectOption('CAR');
    await expect(page.getByTestId('region-select')).toHaveValue('CAR');
  });

  test('the page title follows the scenario name and the unsaved marker (memory host)', async ({ app: page }) => {
    await leverField(page, 'regularisationRatePerYear').fill('10');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.titles.at(-1))).toBe('Untitled scenario • — Puente');
    // A menu command from the host undoes like the shortcut.
    await page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.sendCommand('undo'));
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
  });

  test('difference view shows scenario minus baseline', async ({ app: page }) => {
    await leverField(page, 'regularisationRatePerYear').fill('30');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.getByText('Difference (scenario − baseline)').click();
    await expect(page.getByTestId('chart-migrantsRegular-latest')).toContainText('+');
  });

  test('File → Export… hands the host the scenario file with the levers set', async ({ app: page }) => {
    await leverField(page, 'regularisationRatePerYear').fill('35');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-export').click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.files.has('Untitled scenario.puente.json'))).toBe(true);
    const text = await page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.files.get('Untitled scenario.puente.json'));
    const file = JSON.parse(text ?? '{}') as { format?: string; levers?: Record<string, number> };
    expect(file.format).toBe('puente-scenario');
    expect(file.levers?.regularisationRatePerYear).toBeCloseTo(0.35, 10);
  });
});

test.describe('web host', () => {
  test('offers the unsaved work of a closed tab back in a new tab, and loads nothing silently', async ({ page, context, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/');
    await leverField(page, 'regularisationRatePerYear').fill('45');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await expect(card(page, 'migrantsRegular')).toContainText('+');
    // The working copy goes to the autosave side file two seconds after the last change.
    // Kept per tab (autosave:<tab>-untitled), so two open tabs never overwrite each other's work.
    await expect.poll(() => hasStoredKey(page, /^autosave:[0-9a-f]{24}-untitled$/), { timeout: 8000 }).toBe(true);
    // A reload of the same tab reopens the work as it was (files-and-state.spec.ts); a tab closed and a new one
    // opened is a fresh start, which offers the work back.
    await page.close({ runBeforeUnload: false });
    const next = await context.newPage();
    await next.goto('/');
    await expect(next.getByTestId('scenario-name')).toContainText('Untitled scenario');
    const offer = next.getByTestId('notice-recovery');
    await expect(offer).toContainText('Recover unsaved work from');
    await expect(leverSlider(next, 'regularisationRatePerYear')).toHaveValue('0');
    await offer.getByRole('button', { name: 'Recover' }).click();
    await expect(leverSlider(next, 'regularisationRatePerYear')).toHaveValue('45');
    // Recovered work is not in a file yet: marked unsaved, and where the history starts.
    await expect(next.getByTestId('dirty-marker')).toBeVisible();
    await expect(next.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await expect(offer).toHaveCount(0);
  });
});

test.describe('production build', () => {
  test('carries no bench hooks: nothing on window.__puente*, no bench marks', async ({ app }) => {
    await leverField(app, 'regularisationRatePerYear').fill('45');
    await leverField(app, 'regularisationRatePerYear').press('Enter');
    await expect(card(app, 'migrantsRegular')).toContainText('+');
    const hooks = await app.evaluate(() => ({
      globals: Object.keys(globalThis).filter((k) => k.startsWith('__puente')),
      marks: (globalThis as unknown as { performance: { getEntriesByName(n: string): unknown[] } }).performance.getEntriesByName('puente:interactive').length,
    }));
    expect(hooks).toEqual({ globals: [], marks: 0 });
  });
});
