// Honest bands in "Difference" mode (issue 11 §2) and charts of one's choosing (§4): the band of an effect is zero
// where nothing changed; every output can be charted with "Charts…", the choice is saved with the scenario, and the
// legend lists only what the charts draw.
import type { Page } from '@playwright/test';
import { card, expect, leverField, SCREENSHOT_DIR, test } from './fixtures';

interface PageWithHost {
  __memoryHost?: { files: Map<string, string> };
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

async function setLever(page: Page, lever: string, value: string): Promise<void> {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

const legendItems = (page: Page) => page.getByTestId('chart-legend').locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-legend')));

/** The y-axis labels of one chart, bottom to top. */
const yTicks = (page: Page, output: string) =>
  page.getByTestId(`chart-${output}`).locator('.recharts-yAxis-tick-labels text').allTextContents();

/** Ticks or unticks outputs in the open picker with the keyboard (Space on the focused checkbox). */
async function toggleWithKeyboard(page: Page, labels: readonly string[]): Promise<void> {
  const panel = page.getByTestId('chart-picker-panel');
  for (const label of labels) {
    await panel.getByRole('checkbox', { name: label }).focus();
    await page.keyboard.press('Space');
  }
}

test.describe('difference mode: the band of an effect', () => {
  test('with no lever moved, every chart shows a change of exactly zero and no band', async ({ app: page }) => {
    await page.getByText('Difference (scenario − baseline)').click();
    const charts = page.locator('.charts__grid figure');
    await expect(charts).toHaveCount(4);
    for (const id of ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd']) {
      await expect(page.getByTestId(`chart-${id}-latest`)).toHaveText(/^2035: (USD 0|0 people)$/);
    }
    await expect(page.locator('.charts__grid .series-band')).toHaveCount(0);
    expect(await legendItems(page)).toEqual(['scenario', 'baseline']);
    // Each chart says so in words, and its axis carries 0 alone: no scale of +0.2, +0.4 … dollars or people.
    await expect(page.locator('.charts__grid .chart__flat')).toHaveCount(4);
    await expect(page.getByTestId('chart-remittancesUsd-flat')).toHaveText('No change against the baseline in any year, in any run.');
    expect(await yTicks(page, 'remittancesUsd')).toEqual(['0']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/difference-unchanged-1366x768.png` });
  });

  for (const size of SIZES) {
    test(`a lever draws the effect's own band, and none on charts it does not move, at ${size.width}×${size.height}`, async ({ app: page }) => {
      await page.setViewportSize(size);
      await setLever(page, 'regularisationRatePerYear', '30');
      await expect(card(page, 'migrantsRegular')).toContainText('+');
      await page.getByText('Difference (scenario − baseline)').click();
      // Regularisation moves regular status and the public accounts: each gets a band; remittances do not move.
      await expect(page.getByTestId('chart-migrantsRegular').locator('.series-band')).toHaveCount(1);
      await expect(page.getByTestId('chart-netFiscalUsd').locator('.series-band')).toHaveCount(1);
      await expect(page.getByTestId('chart-remittancesUsd').locator('.series-band')).toHaveCount(0);
      await expect(page.getByTestId('chart-remittancesUsd-latest')).toHaveText('2035: USD 0');
      await expect(page.getByTestId('chart-remittancesUsd-flat')).toBeVisible();
      await expect(page.getByTestId('chart-migrantsRegular-flat')).toHaveCount(0);
      expect((await yTicks(page, 'migrantsRegular')).length).toBeGreaterThan(2);
      expect(await legendItems(page)).toEqual(['scenario', 'baseline', 'band']);
      await expect(page.getByTestId('chart-legend')).toContainText('Low–high range of the change');
      // The band holds the change: the card's 2030 range is the chart's band in that year.
      await expect(page.getByTestId('card-migrantsRegular-range')).toHaveText(/^\+[\d.]+m to \+[\d.]+m$/);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/difference-${size.width}x${size.height}.png` });
    });
  }
});

/** Boxes on the scenario screen whose content runs outside them: charts, cards and the texts inside them. */
function spilled(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Box { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number; getAttribute(n: string): string | null; className: string }
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<Box> } }).document;
    const found: string[] = [];
    for (const el of doc.querySelectorAll('.charts__grid figure, .charts__grid figure > *, .cards__list .card, .cards__list .card > *, .cards__empty')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        found.push(`${el.getAttribute('data-testid') ?? el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    return found;
  });
}

test.describe('the scenario screen as a user sees it', () => {
  for (const size of SIZES) {
    test(`levels and difference, with and without a lever moved, at ${size.width}×${size.height}: nothing spills out of its box`, async ({ app: page }) => {
      await page.setViewportSize(size);
      const shoot = async (name: string) => {
        expect(await spilled(page), name).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/scenario-${name}-${size.width}x${size.height}.png` });
      };
      await expect(page.locator('.charts__grid figure')).toHaveCount(4);
      await shoot('levels-unchanged');
      await page.getByText('Difference (scenario − baseline)').click();
      await expect(page.locator('.charts__grid .chart__flat')).toHaveCount(4);
      await shoot('difference-unchanged');
      await setLever(page, 'regularisationRatePerYear', '30');
      await expect(page.getByTestId('card-migrantsRegular-range')).toBeVisible();
      await expect(page.getByTestId('chart-migrantsRegular').locator('.series-band')).toHaveCount(1);
      await shoot('difference-lever');
      await page.getByText('Levels', { exact: true }).click();
      await expect(page.locator('.charts__grid .chart__flat')).toHaveCount(0);
      await shoot('levels-lever');
    });
  }
});

test.describe('charts of one’s choosing', () => {
  test('formal jobs can be charted from “Charts…” with the keyboard, and the choice is saved with the scenario', async ({ app: page }) => {
    await expect(page.getByTestId('chart-formalJobsMigrants')).toHaveCount(0);
    const button = page.getByRole('button', { name: 'Charts…' });
    await button.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('chart-picker-panel');
    await expect(panel).toBeVisible();
    // The first box has the focus; every output is offered, grouped by theme.
    await expect(panel.getByRole('checkbox').first()).toBeFocused();
    await expect(panel.getByRole('checkbox')).toHaveCount(17);
    for (const theme of ['Remittances', 'Migrant population', 'Regular status and jobs', 'Public services, public finances and GDP']) {
      await expect(panel.getByRole('group', { name: theme })).toBeVisible();
    }
    // Four are shown: a fifth waits until one is unticked.
    await expect(panel.getByRole('checkbox', { name: 'Formal jobs held by migrants' })).toBeDisabled();
    await toggleWithKeyboard(page, ['Remittances received', 'Formal jobs held by migrants']);
    await expect(panel.getByRole('checkbox', { name: 'Formal jobs held by migrants' })).toBeChecked();
    await expect(page.getByTestId('chart-formalJobsMigrants')).toBeVisible();
    await expect(page.getByTestId('chart-remittancesUsd')).toHaveCount(0);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/chart-picker-${size.width}x${size.height}.png` });
    }
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(button).toBeFocused();

    // The choice travels with the scenario file.
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-export').click();
    const read = () => page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.files.get('Untitled scenario.puente.json'));
    await expect.poll(read).toBeTruthy();
    const file = JSON.parse((await read()) ?? '{}') as { view?: { charts?: string[] } };
    expect(file.view?.charts).toEqual(['migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd', 'formalJobsMigrants']);
  });

  test('in the origin lens too, and the lens’s own charts come back with one click', async ({ app: page }) => {
    await page.getByRole('radio', { name: 'Origin lens' }).check();
    await expect(page.locator('.charts__grid figure')).toHaveCount(3);
    await page.getByRole('button', { name: 'Charts…' }).click();
    const panel = page.getByTestId('chart-picker-panel');
    await panel.getByRole('checkbox', { name: 'Formal jobs held by migrants' }).check();
    await expect(page.getByTestId('chart-formalJobsMigrants')).toBeVisible();
    await expect(page.locator('.charts__grid figure')).toHaveCount(4);
    await panel.getByRole('button', { name: 'Back to the Origin lens charts' }).click();
    await expect(page.getByTestId('chart-formalJobsMigrants')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Back to the Origin lens charts' })).toBeDisabled();
    // The last chart cannot be unticked.
    for (const label of ['Remittances received', 'Remittances as % of GDP']) await panel.getByRole('checkbox', { name: label }).uncheck();
    await expect(panel.getByRole('checkbox', { name: 'Fee savings for families' })).toBeDisabled();
    await expect(page.locator('.charts__grid figure')).toHaveCount(1);
    await panel.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toHaveCount(0);
  });

  test('the legend lists only what the charts draw', async ({ app: page }) => {
    // Remittances in the region: observed history and the paper's 2018 figure.
    expect(await legendItems(page)).toEqual(['observed', 'scenario', 'baseline', 'band', 'paper']);
    await page.getByRole('button', { name: 'Charts…' }).click();
    const panel = page.getByTestId('chart-picker-panel');
    await panel.getByRole('checkbox', { name: 'Remittances received' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Formal jobs held by migrants' }).check();
    await page.keyboard.press('Escape');
    // No chart draws an observed line or a paper figure now: the legend says nothing of them.
    expect(await legendItems(page)).toEqual(['scenario', 'baseline', 'band']);
    await expect(page.getByTestId('chart-legend')).not.toContainText('Paper figure');
    await expect(page.getByTestId('chart-legend')).not.toContainText('Observed');
    await expect(page.locator('.charts__grid .series-paper')).toHaveCount(0);
  });
});
