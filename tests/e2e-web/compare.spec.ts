// Compare (issue 11 §6): one place selector (the title bar's), the baseline drawn on top and dashed where a scenario
// equals it, opening where the scenarios differ most, levels / difference / bands as on the scenario screen, the
// scenario on screen compared with its unsaved changes, and the table's scope and years. Screenshots of Compare in
// levels, in difference and with a scenario equal to the baseline, at 1366×768 and 1280×720.
import type { Page } from '@playwright/test';
import { expect, leverField, SCREENSHOT_DIR, test } from './fixtures';
import { importScenarios, tickInLibrary, type ScenarioFile } from './scenario-files';

const STATUS_QUO: ScenarioFile = { name: 'Status quo' };
const COLOMBIA: ScenarioFile = {
  name: 'Colombia regularises',
  countries: { COL: { regularisationRatePerYear: 0.5 } },
  view: { region: 'LAC', lens: 'host', charts: ['migrantsRegular', 'migrantsIrregular', 'formalJobsMigrants'] },
};
const REGION: ScenarioFile = { name: 'Region-wide plan', levers: { regularisationRatePerYear: 0.2, remittanceCostTargetPct: 3 } };

const view = (page: Page) => page.getByTestId('compare-view');
const chart = (page: Page) => view(page).getByTestId('compare-chart');

async function openCompare(page: Page, names: readonly string[]) {
  await tickInLibrary(page, names);
  await page.getByTestId('library-compare').click();
  await expect(chart(page)).toBeVisible();
}

/** Runs in the page (plain source: these tests are type-checked without DOM types): parts of Compare wider than their box. */
const OVERFLOWING = `[...document.querySelectorAll('[data-testid="compare-view"] :is(.chart__head, .legend, .compare__head, table)')]
  .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.className || el.tagName)`;

/** The y pixel of every point of an SVG path ("M1,2L3,4…"). */
function ys(d: string | null): number[] {
  return [...(d ?? '').matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
}

test.describe('Compare', () => {
  test.beforeEach(async ({ app: page }) => {
    await importScenarios(page, [STATUS_QUO, COLOMBIA, REGION]);
  });

  test('has one place selector, the title bar’s, and follows it', async ({ app: page }) => {
    await openCompare(page, [STATUS_QUO.name, REGION.name]);
    await expect(view(page).locator('select')).toHaveCount(1);
    await expect(view(page).getByTestId('compare-region')).toHaveCount(0);
    await page.getByTestId('region-select').selectOption('PER');
    await expect(chart(page).locator('.chart__title')).toContainText('Peru');
    await expect(view(page).getByTestId('compare-table').locator('caption')).toContainText('Peru');
    // The same place on the scenario screen: there is only one.
    await page.getByTestId('view-scenario').click();
    await expect(page.getByTestId('region-select')).toHaveValue('PER');
  });

  test('draws the baseline on top, dashed, where a scenario runs along it', async ({ app: page }) => {
    await openCompare(page, [STATUS_QUO.name, REGION.name]);
    await view(page).getByTestId('compare-output').selectOption('migrantsRegular');
    const lines = chart(page).locator('path.compare-line');
    await expect(lines).toHaveCount(3);
    const baseline = lines.last();
    await expect(baseline).toHaveClass(/compare-line--baseline/);
    expect(await baseline.getAttribute('stroke-dasharray')).toMatch(/\d/);
    // The status quo's line is the baseline's, point for point, and drawn before it (under it).
    const statusQuo = chart(page).locator('path.compare-line[data-scenario="0"]');
    expect(await statusQuo.getAttribute('d')).toBe(await baseline.getAttribute('d'));
    await expect(chart(page).getByTestId('compare-legend')).toContainText('Baseline');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-equal-baseline-1366x768.png` });
  });

  test('opens on the place and output where the scenarios differ most, and keeps the user’s choice for the same set', async ({ app: page }) => {
    await page.getByTestId('region-select').selectOption('LAC');
    await openCompare(page, [STATUS_QUO.name, COLOMBIA.name]);
    // Only Colombia has levers of its own here: that is where the two differ, on one of the outputs they chart.
    await expect(page.getByTestId('region-select')).toHaveValue('COL');
    expect(COLOMBIA.view?.charts).toContain(await view(page).getByTestId('compare-output').inputValue());
    await expect(chart(page).locator('.chart__title')).toContainText('Colombia');

    // The user moves on; back to the same comparison later, it stays where they left it.
    await page.getByTestId('region-select').selectOption('ECU');
    await view(page).getByTestId('compare-output').selectOption('remittancesUsd');
    await page.getByTestId('view-library').click();
    await page.getByTestId('view-compare').click();
    await expect(page.getByTestId('region-select')).toHaveValue('ECU');
    await expect(view(page).getByTestId('compare-output')).toHaveValue('remittancesUsd');
  });

  test('shows levels, differences and low–high bands as the scenario screen does', async ({ app: page }) => {
    await openCompare(page, [STATUS_QUO.name, REGION.name]);
    await page.getByTestId('region-select').selectOption('LAC');
    await view(page).getByTestId('compare-output').selectOption('migrantsRegular');
    await expect(chart(page)).toHaveAttribute('data-mode', 'levels');
    // One band per scenario, in its colour, with the ranges ticked.
    await expect(chart(page).locator('path.compare-band')).toHaveCount(2);
    const lineColours = await chart(page).locator('path.compare-line[data-scenario]').evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke')));
    const bandColours = await chart(page).locator('path.compare-band').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    expect(bandColours).toEqual(lineColours);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-levels-1366x768.png` });

    await view(page).getByText('Difference (scenario − baseline)').click();
    await expect(chart(page)).toHaveAttribute('data-mode', 'difference');
    await expect(chart(page).getByTestId('compare-legend')).toContainText('Baseline (0)');
    await expect(chart(page).getByTestId('compare-legend')).toContainText('Region-wide plan − baseline');
    // The baseline is the zero line, on top; the status quo's difference lies on it all along.
    const zero = chart(page).locator('line.compare-line--baseline');
    await expect(zero).toHaveCount(1);
    const zeroY = Number(await zero.getAttribute('y1'));
    const statusQuo = ys(await chart(page).locator('path.compare-line[data-scenario="0"]').getAttribute('d'));
    expect(statusQuo.length).toBeGreaterThan(5);
    for (const y of statusQuo) expect(Math.abs(y - zeroY)).toBeLessThan(0.2);
    // The plan's difference rises above zero (smaller y is higher up).
    expect(Math.min(...ys(await chart(page).locator('path.compare-line[data-scenario="1"]').getAttribute('d')))).toBeLessThan(zeroY - 10);
    await expect(chart(page).locator('svg text').filter({ hasText: /^\+\d/ }).first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-difference-1366x768.png` });

    // Levels and difference are one switch with the scenario screen's.
    await page.getByTestId('view-scenario').click();
    await expect(page.getByRole('radio', { name: 'Difference (scenario − baseline)' })).toBeChecked();
    await page.getByTestId('view-compare').click();
    await view(page).getByTestId('compare-bands').uncheck();
    await expect(chart(page).locator('path.compare-band')).toHaveCount(0);
    await expect(chart(page).getByTestId('compare-legend')).not.toContainText('Low–high');
  });

  test('compares the scenario on screen with its unsaved changes, and the table gives scope and years', async ({ app: page }) => {
    // The last import (the region-wide plan) is on screen; change it without saving.
    await page.getByTestId('view-scenario').click();
    await leverField(page, 'regularisationRatePerYear').fill('35');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    await page.getByTestId('view-library').click();
    const current = page.getByTestId('library-card-current');
    await expect(current).toContainText('Current scenario (unsaved)');
    await current.getByRole('checkbox', { name: 'Compare' }).check();
    await openCompare(page, [COLOMBIA.name, REGION.name]);

    const table = view(page).getByTestId('compare-table');
    await expect(table.locator('thead')).toContainText('Region-wide plan (unsaved)');
    await expect(chart(page).getByTestId('compare-legend')).toContainText('Region-wide plan (unsaved)');
    const rate = table.getByTestId('assumption-lever:regularisationRatePerYear');
    // Columns: the baseline, the unsaved scenario, then the two saved ones in the order they were ticked.
    await expect(rate.locator('td')).toHaveText(['0 % per year', '35 % per year', 'as baseline', '20 % per year']);
    await expect(table.getByTestId('compare-scope').locator('td')).toHaveText(['–', 'All countries', 'Only Colombia', 'All countries']);
    for (const year of ['2030', '2035', 'cumulative']) await expect(table.getByTestId(`result-migrantsRegular-${year}`).locator('td')).toHaveCount(4);

    // The comparison follows the scenario on screen.
    await page.getByTestId('view-scenario').click();
    await leverField(page, 'regularisationRatePerYear').fill('60');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.getByTestId('view-compare').click();
    await expect(rate.locator('td').nth(1)).toHaveText('60 % per year');
  });

  test('screenshots at 1366×768 and 1280×720: levels, difference, a scenario equal to the baseline', async ({ app: page }) => {
    await openCompare(page, [STATUS_QUO.name, COLOMBIA.name, REGION.name]);
    for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.getByTestId('region-select').selectOption('LAC');
      await view(page).getByTestId('compare-output').selectOption('migrantsRegular');
      const name = `${size.width}x${size.height}`;
      await view(page).getByText('Levels', { exact: true }).click();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-levels-${name}.png` });
      await view(page).getByTestId('compare-table').locator('tbody').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-table-${name}.png` });
      await chart(page).scrollIntoViewIfNeeded();
      await view(page).getByText('Difference (scenario − baseline)').click();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-difference-${name}.png` });
      await view(page).getByText('Levels', { exact: true }).click();
      await page.getByTestId('region-select').selectOption('COL');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/compare-equal-baseline-${name}.png` });
      // Nothing in the comparison spills out of its box.
      expect(await page.evaluate(OVERFLOWING)).toEqual([]);
    }
  });
});
