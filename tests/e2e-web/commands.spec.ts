// The command registry in the page: the palette, the File menu's keyboard pattern, and the enabled state a
// native menu would show.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface PageWithHost {
  __memoryHost?: { commandState: { value: Record<string, boolean> | null } };
}
const commandState = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as PageWithHost).__memoryHost?.commandState.value ?? null);

test.describe('commands', () => {
  test('the command palette finds a command by name and runs it with Enter', async ({ app: page }) => {
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByTestId('command-palette');
    await expect(palette).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Search commands' })).toBeFocused();
    await page.keyboard.type('baseline paper');
    await expect(palette.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByTestId('view-baseline')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the palette lists disabled commands greyed and does not run them; Escape closes it', async ({ app: page }) => {
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('undo');
    const undo = page.getByTestId('palette-undo');
    await expect(undo).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('command-palette')).toBeHidden();
  });

  test('the File menu follows the menu-button pattern: arrows, Home/End, Escape back to the button', async ({ app: page }) => {
    const button = page.getByTestId('file-menu');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('file-new')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('file-open')).toBeFocused();
    await page.keyboard.press('End');
    // The last item that can run (Reset is greyed out with nothing to reset).
    await expect(page.getByTestId('file-export-xlsx')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('file-new')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the File menu shows the registry’s labels and keys, and greys out what cannot run', async ({ app: page }) => {
    await page.getByTestId('file-menu').click();
    await expect(page.getByTestId('file-save-as')).toContainText('Save As…');
    await expect(page.getByTestId('file-save-as')).toContainText('Ctrl+Shift+S');
    await expect(page.getByTestId('file-duplicate')).toBeDisabled();
    await expect(page.getByTestId('file-reset')).toBeDisabled();
  });

  test('the host hears which commands are enabled, so a native menu can grey its items', async ({ app: page }) => {
    await expect.poll(() => commandState(page)).toMatchObject({ undo: false, reset: false });
    const field = page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox');
    await field.fill('40');
    await field.press('Enter');
    await expect.poll(() => commandState(page)).toMatchObject({ undo: true, reset: true });
  });
});
