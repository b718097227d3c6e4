// Key figures that can be defended (issue 11 §3): a range on every card, an (i) with the equation, the parameters and
// the sources, a way into the methodology at the right section, one rounding rule, and a hint instead of zeros.
import type { Page } from '@playwright/test';
import { card, cardsEmpty, expect, leverField, SCREENSHOT_DIR, test } from './fixtures';

async function setLever(page: Page, lever: string, value: string): Promise<void> {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

/** Significant digits of each number in a text, years (2018–2035) left out. */
function overPrecise(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).filter((n) => {
    if (/^20[1-3]\d$/.test(n)) return false;
    const [whole = '', fraction = ''] = n.replace(/,/g, '').split('.');
    const digits = (whole + fraction).replace(/^0+/, '');
    return (fraction ? digits.length : digits.replace(/0+$/, '').length) > 3;
  });
}

test.describe('key figures', () => {
  test('with nothing changed the area says how to start; a lever brings cards with ranges; undo brings the hint back', async ({ app: page }) => {
    await expect(cardsEmpty(page)).toHaveText('Move a lever on the left to see its effect against the baseline. With nothing changed, the scenario is the baseline.');
    await expect(page.locator('.card')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/cards-empty-1366x768.png` });

    await setLever(page, 'regularisationRatePerYear', '30');
    await expect(card(page, 'migrantsRegular')).toContainText('+');
    await expect(page.locator('.card')).toHaveCount(7);
    await expect(cardsEmpty(page)).toHaveCount(0);
    // Every card carries the range of its effect, and the central figure lies inside it.
    const range = page.getByTestId('card-migrantsRegular-range');
    await expect(range).toHaveText(/^[+-]?[\d.]+[km]? to \+[\d.]+[km]?$/);
    // Screen readers hear what the short form means.
    await expect(page.getByTestId('card-migrantsRegular')).toContainText(`Low–high range: ${(await range.textContent()) ?? ''}`);
    await expect(page.getByText('Under each change: its low–high range.')).toBeVisible();
    const [, low = '', lowScale = '', high = '', highScale = ''] = /^([+-]?[\d.]+)([km]?) to \+([\d.]+)([km]?)$/.exec((await range.textContent()) ?? '') ?? [];
    const scaled = (n: string, s: string) => Number(n) * (s === 'm' ? 1e6 : s === 'k' ? 1e3 : 1);
    expect(scaled(low, lowScale)).toBeLessThanOrEqual(scaled(high, highScale));
    for (const output of ['remittancesUsd', 'feeSavingsUsd', 'formalJobsMigrants', 'netFiscalUsd', 'gdpContributionUsd', 'unmetServiceDemand']) {
      await expect(page.getByTestId(`card-${output}`)).toBeVisible();
    }

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(cardsEmpty(page)).toBeVisible();
  });

  test('a lever set for another place: the hint says this place is unchanged', async ({ app: page }) => {
    // A cap of 7.5 % lowers only Guyana's cost (7.9 %): the region's figures change, Colombia's (2.4 %) do not.
    await setLever(page, 'remittanceCostTargetPct', '7.5');
    await expect(card(page, 'feeSavingsUsd')).toContainText('+');
    await page.getByTestId('region-select').selectOption('COL');
    await expect(cardsEmpty(page)).toHaveText('This scenario changes none of the key figures for Colombia. Move a lever on the left to see its effect here.');
  });

  for (const viewport of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
    test(`the (i) shows the equation, the figures with their ranges, the parameters and sources, and opens the methodology at ${viewport.width}×${viewport.height}`, async ({ app: page }) => {
      const size = `${viewport.width}x${viewport.height}`;
      await page.setViewportSize(viewport);
      await setLever(page, 'regularisationRatePerYear', '30');
      await expect(card(page, 'formalJobsMigrants')).toContainText('+');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/cards-ranges-${size}.png` });

      const info = page.getByRole('button', { name: 'How “Formal jobs held by migrants” is computed: equation and sources' });
      await info.click();
      const dialog = page.getByTestId('card-formalJobsMigrants-info');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('pre')).toContainText('F_t = a · e_emp · G_t · FG_t');
      // The parameters of the equation with their value, range, evidence and source.
      await expect(dialog).toContainText('λ = 20 % per year');
      await expect(dialog).toContainText('Colombian health-enrolment cohorts');
      // The figures of the card, each with the range of the effect.
      await expect(dialog.getByRole('row')).toHaveCount(4);
      await expect(dialog.getByRole('row').nth(1)).toContainText(/2030\s*\+[\d.]+k? jobs\s*[+-]?[\d.]+k? to \+[\d.]+k?/);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/cards-info-${size}.png` });
      // The dialog stays inside the window.
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);

      // Escape closes it and gives the focus back to its button.
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(info).toBeFocused();

      await info.click();
      await dialog.getByRole('button', { name: 'How this is computed' }).click();
      const view = page.getByTestId('methodology-view');
      await expect(view).toBeVisible();
      await expect(view.locator('#module-b-regularisation')).toBeInViewport();
      await view.getByRole('button', { name: 'Back' }).click();
      await expect(card(page, 'formalJobsMigrants')).toBeVisible();

      // The range's own explanation.
      await page.getByRole('button', { name: 'How “Net fiscal balance of migration” is computed: equation and sources' }).click();
      await page.getByTestId('card-netFiscalUsd-info').getByRole('button', { name: 'How the range is computed' }).click();
      await expect(page.getByTestId('methodology-view').locator('#the-band-of-an-effect')).toBeInViewport();
    });
  }

  test('each card’s (i) links to the methodology section of its own figure; the heading links to the ranges’ section', async ({ app: page }) => {
    await setLever(page, 'remittanceCostTargetPct', '2');
    await expect(card(page, 'remittancesUsd')).toContainText('+');
    await page.getByRole('button', { name: 'How “Remittances received” is computed: equation and sources' }).click();
    await page.getByTestId('card-remittancesUsd-info').getByRole('button', { name: 'How this is computed' }).click();
    await expect(page.getByTestId('methodology-view').locator('#module-a-remittance-costs')).toBeInViewport();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByTestId('key-figures').getByRole('button', { name: 'How the range is computed' }).click();
    await expect(page.getByTestId('methodology-view').locator('#the-band-of-an-effect')).toBeInViewport();
  });

  test('numbers on the scenario screen carry no more than three significant figures, and a baseline reads the same everywhere', async ({ app: page }) => {
    await setLever(page, 'regularisationRatePerYear', '30');
    await setLever(page, 'absorptionInvestmentPctGdp', '0.1');
    await expect(card(page, 'netFiscalUsd')).toContainText('USD');
    const texts = [
      ...(await page.locator('.cards').allInnerTexts()),
      ...(await page.locator('.chart__latest').allInnerTexts()),
      ...(await page.locator('.recharts-cartesian-axis-tick').allTextContents()),
    ];
    expect(texts.join(' ').length).toBeGreaterThan(200);
    expect(texts.flatMap(overPrecise)).toEqual([]);
    // No hover text hides a longer number.
    const titles = await page.locator('.cards [title]').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(titles.flatMap(overPrecise)).toEqual([]);

    // The cost lever's baseline for Colombia: the same number on the slider's marker, in its (i) and in the field.
    await page.getByTestId('region-select').selectOption('COL');
    const lever = page.getByTestId('lever-remittanceCostTargetPct');
    await expect(lever.locator('.tick-label--baseline')).toHaveText('Baseline: no cap (costs up to 2.43 % of USD 200)');
    await expect(lever.getByRole('textbox')).toHaveValue('2.43');
    await lever.getByRole('button', { name: 'About Remittance cost cap' }).click();
    await expect(lever.getByRole('dialog')).toContainText('2.43 % of USD 200: no cap.');
  });
});
