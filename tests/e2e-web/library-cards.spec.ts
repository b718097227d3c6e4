// The library's cards (issue 11 §7): each says the scenario's place and scope, the levers it changes in words with
// values and units, its main result for its own place, its author and notes; notes and places can be searched and
// notes edited; no internal ids on screen, in the library or in Recently deleted. Screenshots at 1366×768 and 1280×720.
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { importScenarios, type ScenarioFile } from './scenario-files';

const GUATEMALA: ScenarioFile = {
  name: 'Guatemala remittances',
  author: 'Ana Pérez',
  notes: 'Prepared for the vice-minister; assumes the SDG cost target is met by 2028.',
  countries: { GTM: { remittanceCostTargetPct: 1.5, remittanceCostTargetYear: 2028 } },
  view: { region: 'GTM', lens: 'origin', charts: ['remittancesUsd', 'remittancesPctGdp', 'feeSavingsUsd'] },
};
const REGION: ScenarioFile = {
  name: 'Regional regularisation',
  author: 'Unidad de Migración',
  levers: { regularisationRatePerYear: 0.3, absorptionCapacity: 'high', inflowPath: 'high', policyStartYear: 2026 },
  view: { region: 'LAC', lens: 'host', charts: ['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd'] },
};
const OLD_DATA: ScenarioFile = { name: 'Made on older data', baseline: { datasetId: 'lac-baseline-2019', checksum: '0'.repeat(64) } };

const library = (page: Page) => page.getByTestId('library-view');
const savedCards = (page: Page) => library(page).locator('.library-card:not(.library-card--current)');

/** Internal ids that must never reach the screen: dataset ids and versions, country codes, file extensions. */
const INTERNAL = /lac-baseline|observed-20\d\d|\b(GTM|LAC|COL)\b|\.puente\.json|[0-9a-f]{16}/;

test.describe('library cards', () => {
  test.beforeEach(async ({ app: page }) => {
    await importScenarios(page, [GUATEMALA, REGION, OLD_DATA]);
    await page.getByTestId('view-library').click();
    await expect(savedCards(page)).toHaveCount(3);
  });

  test('say the place, scope, changes with values and units, the main result, author and notes — without ids', async ({ app: page }) => {
    const guatemala = page.getByTestId(`library-card-${GUATEMALA.name}`);
    await expect(guatemala.getByTestId('card-where')).toContainText('Place: Guatemala');
    await expect(guatemala.getByTestId('card-where')).toContainText('Scope: Only Guatemala');
    await expect(guatemala.getByTestId('card-changes')).toContainText(/Guatemala: Remittance cost cap 1\.5 % of USD 200 \(from \d+(\.\d+)? % of USD 200\)/);
    await expect(guatemala.getByTestId('card-changes')).toContainText('Guatemala: Year the cap is reached 2028 (from 2030)');
    // Its main result is for Guatemala, its own place, on the first output it charts.
    await expect(guatemala.getByTestId('card-result')).toContainText('Remittances received in Guatemala, 2030');
    await expect(guatemala.getByTestId('card-result').locator('dd')).toHaveText(/^\+USD [\d.]+(m| bn|k)$/);
    await expect(guatemala).toContainText('Ana Pérez');
    await expect(guatemala.getByTestId('card-notes')).toHaveText(GUATEMALA.notes ?? '');

    const region = page.getByTestId(`library-card-${REGION.name}`);
    await expect(region.getByTestId('card-where')).toContainText('Scope: All countries');
    // In the order of the lever panel, three of them, then how many more.
    await expect(region.getByTestId('card-changes').locator('li')).toHaveText([
      'Policy start year 2026 (from 2025)',
      'Regularisation rate 30 % per year (from 0 % per year)',
      'Absorption capacity High (from Medium)',
      'and 1 more',
    ]);
    // Regularisation moves no remittances: the result is the first charted output it does move.
    await expect(region.getByTestId('card-result')).toContainText('Migrants with regular status in Latin America and the Caribbean, 2030');

    const old = page.getByTestId(`library-card-${OLD_DATA.name}`);
    await expect(old).toContainText('Changes nothing: this is the baseline.');
    await expect(old).toContainText('Data: the paper’s baseline (2018–2019), without the record since 2019');
    await expect(old.getByTestId('older-baseline')).toBeVisible();

    expect(await library(page).innerText()).not.toMatch(INTERNAL);
    for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/library-cards-${size.width}x${size.height}.png` });
    }
  });

  test('search covers name, author, notes and place; notes can be written from the card', async ({ app: page }) => {
    const search = page.getByTestId('library-search');
    await search.fill('vice-minister');
    await expect(savedCards(page)).toHaveCount(1);
    await expect(savedCards(page).first()).toHaveAttribute('data-testid', `library-card-${GUATEMALA.name}`);
    await search.fill('guatemala');
    await expect(savedCards(page)).toHaveCount(1);
    await search.fill('caribbean');
    await expect(savedCards(page)).toHaveCount(2);
    await search.fill('migracion');
    await expect(savedCards(page)).toHaveCount(1);
    await search.fill('');

    const region = page.getByTestId(`library-card-${REGION.name}`);
    await region.getByRole('button', { name: 'Notes…' }).click();
    const dialog = page.getByTestId('dialog');
    await expect(dialog.getByRole('textbox', { name: 'Author' })).toHaveValue('Unidad de Migración');
    await dialog.getByRole('textbox', { name: /Notes/ }).fill('Cabinet option B\nDiscussed on 3 March');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(region.getByTestId('card-notes')).toContainText('Cabinet option B');
    await search.fill('cabinet');
    await expect(savedCards(page)).toHaveCount(1);
    // The notes are in the file: they are still there after a reload of the listing.
    await page.getByTestId('view-scenario').click();
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId(`library-card-${REGION.name}`).getByTestId('card-notes')).toContainText('Discussed on 3 March');
  });

  test('Recently deleted lists scenarios by name and date, without ids', async ({ app: page }) => {
    const card = page.getByTestId(`library-card-${REGION.name}`);
    await card.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByTestId('dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(savedCards(page)).toHaveCount(2);
    await page.getByTestId('library-deleted').click();
    await expect(dialog).toContainText('Recently deleted');
    await expect(dialog.getByRole('button', { name: new RegExp(`^${REGION.name} — deleted`) })).toBeVisible();
    expect(await dialog.innerText()).not.toMatch(INTERNAL);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/library-recently-deleted-1366x768.png` });
    await dialog.getByRole('button', { name: new RegExp(`^${REGION.name} — deleted`) }).click();
    await expect(savedCards(page)).toHaveCount(3);
  });
});
