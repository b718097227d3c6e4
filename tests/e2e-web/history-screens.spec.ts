// The baseline meets what happened: charts draw the observed record up to the last observed year, then the
// projection with its fan; a place without an observed value says so; the "Paper vs. what happened" view sets the
// old baseline against the record. Screenshots of Colombia, Guatemala, Mexico and the new view are saved for review.
import type { Page } from '@playwright/test';
import { expect, test, SCREENSHOT_DIR } from './fixtures';

const SIZES = [
  { name: '1280x720', viewport: { width: 1280, height: 720 }, scale: 1 },
  { name: '1366x768', viewport: { width: 1366, height: 768 }, scale: 1 },
  // A 1366×768 screen at 125% browser zoom: the page lays out in 1093×614 CSS pixels.
  { name: '1366x768-zoom125', viewport: { width: 1093, height: 614 }, scale: 1.25 },
] as const;

async function place(page: Page, region: string, lens: 'Host lens' | 'Origin lens') {
  await page.getByTestId('region-select').selectOption(region);
  await page.getByRole('radio', { name: lens }).check();
}

test.describe('observed history on the charts', () => {
  test('Colombia: remittances follow the record to 2025 (its central bank), then the projection starts with its fan', async ({ app: page }) => {
    await place(page, 'COL', 'Origin lens');
    const chart = page.getByTestId('chart-remittancesUsd');
    await expect(chart.getByTestId('marker-last-observed')).toContainText('last observed 2025');
    await expect(chart.getByTestId('marker-sdg')).toContainText('SDG 2030');
    // 2018 (the paper-era base), 2019-2024 (WDI) and 2025 (Banco de la República): eight observed points.
    await expect(chart.locator('.series-observed-dot')).toHaveCount(8);
    await expect(chart.locator('.series-band')).toHaveCount(1);
    await expect(chart.getByTestId('chart-remittancesUsd-note')).toHaveCount(0);
  });

  test('Barbados says it has no observed remittances since 2018, and why', async ({ app: page }) => {
    await place(page, 'BRB', 'Origin lens');
    await expect(page.getByTestId('chart-remittancesUsd-note')).toContainText('No observed remittances for Barbados since 2018');
    await expect(page.getByTestId('chart-remittancesUsd').locator('.series-observed-dot')).toHaveCount(0);
  });

  test('key figures show the SDG year and the horizon', async ({ app: page }) => {
    await page.getByTestId('lever-remittanceCostTargetPct').getByRole('textbox').fill('2');
    await page.getByTestId('lever-remittanceCostTargetPct').getByRole('textbox').press('Enter');
    await expect(page.getByTestId('card-feeSavingsUsd-2030')).toContainText('+');
    await expect(page.getByTestId('card-feeSavingsUsd-horizon')).toContainText('2035: +');
    await expect(page.getByTestId('card-feeSavingsUsd-cumulative')).toContainText('in 2019–2035');
  });

  test('the advanced panel shows the growth derived from the selected country’s record', async ({ app: page }) => {
    await place(page, 'GTM', 'Origin lens');
    await page.getByTestId('advanced-toggle').click();
    const derived = page.getByTestId('derived-growth');
    await expect(derived).toContainText('Growth derived from the record: Guatemala');
    await expect(derived.getByTestId('derived-remittances')).toContainText('a year');
    await expect(derived.getByTestId('derived-remittances')).toContainText('its record 2022–2025');
  });
});

test.describe('Paper vs. what happened', () => {
  test('sets the old baseline against the record, with each country’s error', async ({ app: page }) => {
    await page.getByRole('button', { name: 'Paper vs. what happened' }).click();
    const view = page.getByTestId('track-record-view');
    await expect(view.getByTestId('track-summary')).toContainText('observed values fell inside the old band');
    await expect(view.getByTestId('track-row-COL')).toBeVisible();
    await view.getByRole('radio', { name: 'Venezuelans hosted' }).check();
    await expect(view.getByTestId('track-row-COL')).toContainText('%');
  });
});

for (const size of SIZES) {
  test(`screenshots of Colombia, Guatemala, Mexico and the track record at ${size.name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: size.viewport, deviceScaleFactor: size.scale, locale: 'en-US', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/?host=memory');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    const shots: [string, string, 'Host lens' | 'Origin lens'][] = [
      ['colombia-host', 'COL', 'Host lens'],
      ['colombia-origin', 'COL', 'Origin lens'],
      ['guatemala-origin', 'GTM', 'Origin lens'],
      ['mexico-origin', 'MEX', 'Origin lens'],
    ];
    for (const [name, region, lens] of shots) {
      await place(page, region, lens);
      await expect(page.getByTestId('chart-remittancesUsd').or(page.getByTestId('chart-migrantsRegular')).first()).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/history-${name}-${size.name}.png` });
    }
    await page.getByTestId('region-select').selectOption('COL');
    await page.getByRole('button', { name: 'Paper vs. what happened' }).click();
    await expect(page.getByTestId('track-chart')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/track-record-COL-${size.name}.png` });
    await page.getByTestId('region-select').selectOption('LAC');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/track-record-LAC-${size.name}.png` });
    await context.close();
  });
}
