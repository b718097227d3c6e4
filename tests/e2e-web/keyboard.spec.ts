// Keyboard use (issue 12, accessibility): the File menu follows the menu-button pattern, dialogs keep Tab inside
// and give focus back when they close, the selected option of a segmented control shows its focus ring, and the
// screen has one top-level heading.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const focusedTestId = (page: Page) => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null);

test.describe('keyboard', () => {
  test('the File menu opens with the arrow key, moves with arrows and Home/End, and Escape returns to the button', async ({ app: page }) => {
    await page.getByTestId('file-menu').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
    const first = await focusedTestId(page);
    expect(first).toMatch(/^file-/);
    await page.keyboard.press('End');
    const last = await focusedTestId(page);
    expect(last).not.toBe(first);
    await page.keyboard.press('Home');
    expect(await focusedTestId(page)).toBe(first);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'File' })).toHaveCount(0);
    expect(await focusedTestId(page)).toBe('file-menu');
  });

  test('a dialog keeps Tab inside and gives focus back to the File menu button when it closes', async ({ app: page }) => {
    await page.getByTestId('file-menu').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('file-rename').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox')).toBeFocused();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains((d.ownerDocument as unknown as { activeElement: unknown }).activeElement as never))).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains((d.ownerDocument as unknown as { activeElement: unknown }).activeElement as never))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focusedTestId(page)).toBe('file-menu');
  });

  test('the focused selected lens shows a focus ring that differs from its own colour', async ({ app: page }) => {
    const selected = page.locator('.titlebar .segmented__option.is-selected');
    await page.getByRole('radio', { name: 'Host lens' }).focus();
    // Focus from the keyboard (Tab), as :focus-visible needs.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Host lens' })).toBeFocused();
    const ring = await selected.evaluate((el) => {
      const s = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineColor: string; backgroundColor: string; boxShadow: string } }).getComputedStyle(el);
      return { outline: s.outlineColor, background: s.backgroundColor, shadow: s.boxShadow };
    });
    expect(ring.outline).not.toBe(ring.background);
    expect(ring.shadow).not.toBe('none');
  });

  test('the screen has one top-level heading naming the app and the view', async ({ app: page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Puente: Scenario');
    await page.getByTestId('view-library').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Puente: Library');
  });

  test('a chart reads its years out with ← and →, and shows its data as a table', async ({ app: page }) => {
    await page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox').fill('30');
    await page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox').press('Enter');
    const readout = page.getByTestId('chart-migrantsRegular-readout');
    await expect(readout).toHaveAccessibleName(/Migrants with regular status\. Use ← and → to read each year/);
    await readout.focus();
    const words = page.getByTestId('chart-migrantsRegular-readout-text');
    await expect(words).toContainText(/^20\d\d: /);
    await page.keyboard.press('End');
    await expect(words).toContainText(/^2035: .*Scenario .*Baseline/);
    await page.keyboard.press('ArrowLeft');
    await expect(words).toContainText(/^2034: /);
    await page.getByTestId('chart-migrantsRegular-table-toggle').click();
    const table = page.getByTestId('chart-migrantsRegular-table');
    await expect(table.locator('tbody tr')).toHaveCount(18);
    await expect(table.locator('thead')).toContainText('Scenario');
    await expect(table.locator('tbody tr').last()).toContainText('2035');
  });
});
