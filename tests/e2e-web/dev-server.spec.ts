// The app under `vite` (the development build), where React StrictMode runs every effect twice: sliders and
// the sensitivity view must keep updating (the projection scheduler once stayed disposed there).
import { expect, test } from '@playwright/test';

const DEV_URL = `http://127.0.0.1:${Number(process.env.PUENTE_E2E_PORT ?? 4317) + 1}/?host=memory`;

test('under the dev server, a lever change still updates the key figures and the sensitivity view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(DEV_URL);
  const card = page.getByTestId('card-migrantsRegular-2030');
  // A new scenario is the baseline: the key-figure area says how to start.
  await expect(page.getByTestId('cards-empty')).toBeVisible({ timeout: 30_000 });
  const field = page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox');
  await field.fill('60');
  await field.press('Enter');
  await expect(card).toContainText('+');
  await page.getByTestId('view-sensitivity').click();
  const view = page.getByTestId('sensitivity-view');
  await expect(view.locator('.tornado__row').first()).toBeVisible();
  await view.getByRole('combobox').selectOption('netFiscalUsd');
  await expect(view.getByRole('heading')).toContainText('Net fiscal balance');
  await expect(view.locator('.tornado__row').first()).toBeVisible();
  expect(errors).toEqual([]);
});
