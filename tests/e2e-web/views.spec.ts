// Baseline, sensitivity and advanced views, plus the screenshots a reviewer reads at both screen sizes.
import { card, cardsEmpty, expect, test, SCREENSHOT_DIR, VIEWPORTS } from './fixtures';

test.describe('views', () => {
  test("the baseline view shows the paper's figures", async ({ app: page }) => {
    await page.getByRole('button', { name: 'Baseline (paper)' }).click();
    const view = page.getByTestId('baseline-view');
    await expect(view.getByTestId('figure-fig3').getByTestId('bar-HTI')).toContainText('paper: 30.7% of GDP');
    await expect(view.getByTestId('figure-fig2').getByTestId('bar-MEX')).toContainText('paper: USD 35.7 bn');
    await expect(view.getByTestId('figure-fig2').locator('.bars__row')).toHaveCount(15);
    await expect(view.getByTestId('figure-fig4').getByTestId('bar-COL')).toContainText('1.6m people');
    await expect(view.getByTestId('figure-fig1-origin').getByTestId('bar-MEX')).toContainText('people');
    await expect(view).toContainText('Haiti’s GDP series was revised upward');
  });

  test('the sensitivity view ranks parameters for the selected output', async ({ app: page }) => {
    await page.getByRole('button', { name: 'Sensitivity' }).click();
    const view = page.getByTestId('sensitivity-view');
    await expect(view.locator('.tornado__row').first()).toBeVisible();
    const first = await view.locator('.tornado__row').first().textContent();
    await view.getByRole('combobox').selectOption('netFiscalUsd');
    await expect(view).toContainText('Which parameters move Net fiscal balance of migration in 2030 most');
    await expect(view.locator('.tornado__row').first()).not.toHaveText(first ?? '');
  });

  test('the advanced panel edits a parameter and resets it per parameter, module and all', async ({ app: page }) => {
    await page.getByTestId('advanced-toggle').click();
    const panel = page.getByTestId('advanced-panel');
    await expect(panel).toBeVisible();
    await expect(cardsEmpty(page)).toBeVisible();
    const field = panel.getByTestId('parameter-remittanceGrowthRate').getByRole('textbox');
    await field.fill('8');
    await field.press('Enter');
    await expect(card(page, 'remittancesUsd')).toContainText('+');
    await expect(panel.getByTestId('parameter-remittanceGrowthRate')).toContainText('changed');
    await panel.getByTestId('module-A').getByRole('button', { name: 'Reset module' }).click();
    await expect(cardsEmpty(page)).toBeVisible();
    await field.fill('99');
    await field.press('Enter');
    await expect(panel.getByTestId('parameter-remittanceGrowthRate-control-error')).toContainText('between');
  });

  for (const viewport of VIEWPORTS) {
    test(`screenshots at ${viewport.width}×${viewport.height}`, async ({ page, consoleErrors }) => {
      void consoleErrors;
      const size = `${viewport.width}x${viewport.height}`;
      await page.setViewportSize(viewport);
      await page.goto('/?host=memory');
      await expect(page.getByTestId('key-figures')).toBeVisible();
      await page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox').fill('30');
      await page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox').press('Enter');
      await page.getByTestId('lever-remittanceCostTargetPct').getByRole('textbox').fill('3');
      await page.getByTestId('lever-remittanceCostTargetPct').getByRole('textbox').press('Enter');
      await expect(card(page, 'migrantsRegular')).toContainText('+');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/main-${size}.png` });

      await page.getByTestId('advanced-toggle').click();
      await expect(page.getByTestId('advanced-panel')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/advanced-${size}.png` });
      await page.getByTestId('advanced-toggle').click();

      await page.getByRole('button', { name: 'Baseline (paper)' }).click();
      await expect(page.getByTestId('figure-fig3')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/baseline-${size}.png`, fullPage: false });

      await page.getByRole('button', { name: 'Sensitivity' }).click();
      await expect(page.getByTestId('sensitivity-view').locator('.tornado__row').first()).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/sensitivity-${size}.png` });
    });
  }
});

test.describe('methodology in the app', () => {
  test('the palette opens docs/methodology.md with its equations and tables, offline, and Back returns', async ({ app: page }) => {
    // Offline: nothing is fetched from anywhere but the app itself.
    const elsewhere: string[] = [];
    const origin = new URL(page.url()).origin;
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('methodology');
    await page.keyboard.press('Enter');
    const view = page.getByTestId('methodology-view');
    await expect(view.getByRole('heading', { level: 1 })).toContainText('methodology');
    // An equation block and a parameter table, as the document writes them.
    await expect(view.locator('pre').filter({ hasText: 'RFb_t' }).first()).toBeVisible();
    await expect(view.locator('table').filter({ hasText: 'costSemiElasticity' }).first()).toBeVisible();
    await expect(view.locator('#module-b-regularisation')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/methodology-1366x768.png` });
    // A table as a table: header cells and rows, readable where it is.
    const table = view.locator('table').filter({ hasText: 'costSemiElasticity' }).first();
    await table.scrollIntoViewIfNeeded();
    expect(await table.locator('th').count()).toBeGreaterThan(2);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/methodology-table-1366x768.png` });
    expect(elsewhere).toEqual([]);
    await view.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('key-figures')).toBeVisible();
  });
});
