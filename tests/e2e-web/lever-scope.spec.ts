// A country's own policy (issue 11 §1): a lever set for one country only reaches that country; the panel says so,
// the library and Compare show the scope, and clearing the own value (or undoing) puts the scenario back.
import type { Page } from '@playwright/test';
import { card, cardsEmpty, expect, leverField, leverSlider, SCREENSHOT_DIR, test } from './fixtures';

const COST = 'remittanceCostTargetPct';
const RATE = 'regularisationRatePerYear';

async function place(page: Page, region: string) {
  await page.getByTestId('region-select').selectOption(region);
}

async function saveAs(page: Page, name: string) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-save-as').click();
  const dialog = page.getByTestId('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('scenario-name')).toContainText(name);
}

const scope = (page: Page, lever: string) => page.getByTestId(`lever-${lever}-scope`);

test.describe('a country’s own policy', () => {
  test('a cost cap for Guatemala only changes Guatemala, not Colombia; Compare and the library show the scope; Clear and Undo work', async ({ app: page }) => {
    const fees = card(page, 'feeSavingsUsd');
    // Nothing changed yet: the key-figure area says how to start, in Colombia and in Guatemala.
    await place(page, 'COL');
    await expect(cardsEmpty(page)).toBeVisible();
    await place(page, 'GTM');
    await expect(cardsEmpty(page)).toBeVisible();
    // A first scenario with no change, to compare against.
    await saveAs(page, 'Status quo');

    // Guatemala on screen: every lever offers "All countries" or "Only Guatemala", and says which it is.
    await expect(page.getByTestId('levers-scope-hint')).toContainText('Guatemala');
    await expect(scope(page, COST).getByRole('radio', { name: 'All countries' })).toBeChecked();
    await scope(page, COST).getByText('Only Guatemala').click();
    await expect(scope(page, COST).getByRole('radio', { name: 'Only Guatemala' })).toBeChecked();
    await expect(page.getByTestId(`lever-${COST}-own`)).toHaveText('Own value');
    await expect(page.getByTestId(`lever-${COST}-scope-note`)).toHaveText('Applies to Guatemala only.');
    // 1 %: below every country's current cost, so a cap for all would also change Colombia.
    await leverField(page, COST).fill('1');
    await leverField(page, COST).press('Enter');
    await expect(leverSlider(page, COST)).toHaveValue('1');
    await expect(fees).toContainText('+USD');
    // Guatemala's own value is in the scenario, the region-wide lever is untouched.
    await expect(page.getByTestId(`lever-${RATE}-own`)).toHaveCount(0);

    // Colombia: no effect at all, and the panel says why.
    await place(page, 'COL');
    await expect(cardsEmpty(page)).toBeVisible();
    await expect(scope(page, COST).getByRole('radio', { name: 'All countries' })).toBeChecked();
    await expect(page.getByTestId(`lever-${COST}-scope-note`)).toHaveText('Applies to every country except Guatemala, which has its own value.');
    await expect(page.getByTestId(`lever-${COST}-own`)).toHaveCount(0);

    // The whole region: the note names the exception; no scope to choose.
    await place(page, 'LAC');
    await expect(scope(page, COST)).toHaveCount(0);
    await expect(page.getByTestId(`lever-${COST}-scope-note`)).toContainText('except Guatemala');

    await saveAs(page, 'Guatemala cap');
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId('library-card-Guatemala cap').getByTestId('card-where')).toContainText('Only Guatemala');
    await expect(page.getByTestId('library-card-Status quo').getByTestId('card-where')).toContainText('No lever moved');
    for (const name of ['Status quo', 'Guatemala cap']) await page.getByTestId(`library-card-${name}`).getByRole('checkbox', { name: 'Compare' }).check();
    await page.getByTestId('library-compare').click();
    const view = page.getByTestId('compare-view');
    const table = view.getByTestId('compare-table');
    await expect(table.getByTestId('compare-scope')).toContainText('Only Guatemala');
    await expect(table.getByTestId(`assumption-override:GTM:${COST}`)).toContainText('1 %');
    const feeCells = table.getByTestId('result-feeSavingsUsd-2030').locator('td');
    await page.getByTestId('region-select').selectOption('COL');
    await expect(feeCells.nth(2)).toHaveText(await feeCells.nth(1).textContent() ?? '');
    await page.getByTestId('region-select').selectOption('GTM');
    await expect(feeCells.nth(2)).toContainText('+USD');
    await expect(feeCells.nth(1)).not.toContainText('+USD');

    // Back on the scenario: one click clears Guatemala's own value; undo brings it back, redo clears it again.
    await page.getByTestId('view-scenario').click();
    await place(page, 'GTM');
    await expect(leverSlider(page, COST)).toHaveValue('1');
    await page.getByRole('button', { name: /Clear the own value of Remittance cost cap for Guatemala/ }).click();
    await expect(scope(page, COST).getByRole('radio', { name: 'All countries' })).toBeChecked();
    await expect(page.getByTestId(`lever-${COST}-own`)).toHaveCount(0);
    await expect(page.getByTestId(`lever-${COST}-scope-note`)).toHaveCount(0);
    await expect(cardsEmpty(page)).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(scope(page, COST).getByRole('radio', { name: 'Only Guatemala' })).toBeChecked();
    await expect(leverSlider(page, COST)).toHaveValue('1');
    await expect(fees).toContainText('+USD');
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByTestId(`lever-${COST}-own`)).toHaveCount(0);
    await expect(cardsEmpty(page)).toBeVisible();
  });

  test('a sub-region gives each of its countries its own value; a region-wide change skips them', async ({ app: page }) => {
    const regularised = card(page, 'migrantsRegular');
    await place(page, 'CAM');
    await scope(page, RATE).getByText('Only Central America').click();
    await expect(page.getByTestId(`lever-${RATE}-scope-note`)).toHaveText('Applies to each of the 8 countries of Central America, and to no other.');
    await leverField(page, RATE).fill('30');
    await leverField(page, RATE).press('Enter');
    await expect(regularised).toContainText('+');

    // Each country of the sub-region has the value as its own.
    await place(page, 'HND');
    await expect(scope(page, RATE).getByRole('radio', { name: 'Only Honduras' })).toBeChecked();
    await expect(leverSlider(page, RATE)).toHaveValue('30');

    // Elsewhere the region-wide value applies, and a change there does not reach Central America.
    await place(page, 'PER');
    await expect(leverSlider(page, RATE)).toHaveValue('0');
    await expect(page.getByTestId(`lever-${RATE}-scope-note`)).toHaveText('Applies to every country except those of Central America, which have their own values.');
    await leverField(page, RATE).fill('10');
    await leverField(page, RATE).press('Enter');
    await place(page, 'HND');
    await expect(leverSlider(page, RATE)).toHaveValue('30');
  });

  test('lever panel with an own value, at 1366×768 and 1280×720', async ({ app: page }) => {
    await place(page, 'GTM');
    await scope(page, COST).getByText('Only Guatemala').click();
    await leverField(page, COST).fill('1.5');
    await leverField(page, COST).press('Enter');
    await scope(page, RATE).getByText('Only Guatemala').click();
    await leverField(page, RATE).fill('25');
    await leverField(page, RATE).press('Enter');
    await place(page, 'SLV');
    await place(page, 'GTM');
    for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await expect(page.getByTestId(`lever-${COST}-own`)).toBeVisible();
      await page.locator('.sidebar').screenshot({ path: `${SCREENSHOT_DIR}/lever-scope-panel-${size.width}x${size.height}.png` });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/lever-scope-screen-${size.width}x${size.height}.png` });
      // Nothing in the panel runs outside its box.
      const overflowing = await page.locator('.sidebar .lever').evaluateAll((levers) =>
        levers.filter((l) => (l as unknown as { scrollWidth: number; clientWidth: number }).scrollWidth > (l as unknown as { clientWidth: number }).clientWidth + 1).length,
      );
      expect(overflowing).toBe(0);
    }
  });
});
