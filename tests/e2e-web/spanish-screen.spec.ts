// Issue 12: "?lang=es shows the scenario screen with no English words, other than proper names and source titles".
// Every view, panel, (i) card, menu, dialog and notice, and presentation mode with the presenter view, is opened in
// Spanish; everything a user can read or hear there (shown text, accessible names, tooltips, placeholders, values,
// the window title) is searched for the English words of english-words.ts. Any one found fails, with where it was.
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../renderer/i18n/catalogues';
import { baselineManifest } from '../../shared/data';
import { englishWordsIn, sharedWords } from './english-words';
import { expect, leverField, test } from './fixtures';
import { importScenarios } from './scenario-files';
import { shownTexts } from './shown-text';

const words = CATALOGUES.es;
if (!words) throw new Error('no Spanish catalogue');

/** English found so far: one line per text, with the first screen it was seen on. */
type Findings = Map<string, string>;

async function scan(page: Page, screen: string, found: Findings) {
  // Charts and popovers settle after a frame or two.
  await page.waitForTimeout(150);
  for (const { text, where } of await shownTexts(page, 'es')) {
    const english = englishWordsIn(text);
    const line = `${[...new Set(english)].join(', ')}: “${text.replace(/\s+/g, ' ').trim().slice(0, 160)}” (${where})`;
    if (english.length && !found.has(line)) found.set(line, screen);
  }
}

async function runCommand(page: Page, label: string) {
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

/** Opens each (i) card inside `within` in turn and scans it. */
async function scanInfoCards(page: Page, within: string, screen: string, found: Findings) {
  const buttons = page.locator(`${within} .info__button`);
  const count = await buttons.count();
  expect(count, `(i) buttons in ${within}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await buttons.nth(i).click();
    await expect(buttons.nth(i)).toHaveAttribute('aria-expanded', 'true');
    await scan(page, `${screen}, (i) ${i + 1}`, found);
    await buttons.nth(i).click();
  }
}

/** Opens a File-menu command's dialog, scans it and closes it with Escape (nothing is confirmed). */
async function scanFileDialog(page: Page, command: string, found: Findings) {
  await page.getByTestId('file-menu').click();
  await page.getByTestId(`file-${command}`).click();
  await expect(page.getByTestId('dialog')).toBeVisible();
  await scan(page, `dialog: ${command}`, found);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('dialog')).toHaveCount(0);
}

interface PageWithHost {
  __memoryHost?: { queueImport(name: string, text: string): void };
}

async function importText(page: Page, name: string, text: string) {
  await page.evaluate(([n, body]) => (globalThis as unknown as PageWithHost).__memoryHost?.queueImport(n ?? '', body ?? ''), [name, text]);
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-import').click();
}

test('the Spanish catalogues hold no English sentence outside source titles, so the English word list misses none', () => {
  // An English phrase left in a Spanish message would take its words off the list and hide the same leak on screen.
  const FUNCTION_WORDS = ['the', 'and', 'of', 'to', 'for', 'with', 'from', 'in', 'on', 'by', 'at', 'is', 'are', 'be', 'not', 'or', 'this', 'that', 'which', 'its'];
  expect(sharedWords().filter((word) => FUNCTION_WORDS.includes(word))).toEqual([]);
});

test('?lang=es: no English word on any view, panel, (i) card, dialog, notice or slide, other than source titles and names', async ({ page, consoleErrors }) => {
  void consoleErrors;
  test.setTimeout(300_000);
  const found: Findings = new Map();
  await page.goto('/?host=memory&lang=es');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  await scan(page, 'new scenario', found);

  // Saved scenarios for the library, Compare and the comparison slide; the last stays open.
  await importScenarios(page, [
    { name: 'Colombia regulariza', author: 'Unidad de Migración', notes: 'Opción B del gabinete.', countries: { COL: { regularisationRatePerYear: 0.5 } } },
    { name: 'Plan regional', levers: { regularisationRatePerYear: 0.2, remittanceCostTargetPct: 3, absorptionCapacity: 'high' } },
  ]);
  await page.getByTestId('region-select').selectOption('COL');
  await leverField(page, 'regularisationRatePerYear').fill('30');
  await leverField(page, 'regularisationRatePerYear').press('Enter');
  await expect(page.getByTestId('card-migrantsRegular-2030')).toContainText('+');
  await scan(page, 'scenario', found);
  await page.locator('input[name="chart-mode"][value="difference"]').check({ force: true });
  await scan(page, 'scenario, difference', found);
  await page.locator('input[name="chart-mode"][value="levels"]').check({ force: true });

  await scanInfoCards(page, '.sidebar', 'levers', found);
  await scanInfoCards(page, '[data-testid="key-figures"]', 'key figures', found);
  await page.getByTestId('chart-picker').click();
  await expect(page.getByTestId('chart-picker-panel')).toBeVisible();
  await scan(page, 'chart picker', found);
  await page.keyboard.press('Escape');
  await page.locator('[data-testid^="chart-menu-"]').first().click();
  await scan(page, 'chart menu', found);
  await page.keyboard.press('Escape');

  await page.getByTestId('advanced-toggle').click();
  await expect(page.getByTestId('advanced-panel')).toBeVisible();
  await scan(page, 'advanced panel', found);
  await scanInfoCards(page, '[data-testid="advanced-panel"]', 'advanced panel', found);
  await page.getByTestId('advanced-toggle').click();

  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-recent').hover();
  await expect(page.locator('.menu__list--sub [role="menuitem"]').first()).toBeVisible();
  await scan(page, 'File menu', found);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByTestId('locale-menu').click();
  await scan(page, 'language menu', found);
  await page.keyboard.press('Escape');

  for (const command of ['rename', 'save-as', 'duplicate', 'delete', 'new']) await scanFileDialog(page, command, found);
  // Saving over the scenario keeps the earlier version, for Restore a Backup.
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
  await scanFileDialog(page, 'restore-backup', found);
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-export-pdf').click();
  await expect(page.getByTestId('report-dialog')).toBeVisible();
  await scan(page, 'report dialog', found);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await scan(page, 'command palette', found);
  await page.keyboard.press('Escape');
  await runCommand(page, words['command.export-chart-png']);
  await expect(page.getByTestId('dialog')).toBeVisible();
  await scan(page, 'which chart to export', found);
  await page.keyboard.press('Escape');

  // Notices: an error, and a scenario made on the paper's older data.
  await importText(page, 'vacio.puente.json', '');
  await expect(page.getByTestId('notice-error')).toBeVisible();
  const paper = baselineManifest();
  await importScenarios(page, [{ name: 'Sobre el documento', levers: { regularisationRatePerYear: 0.1 }, baseline: { datasetId: paper.id, checksum: paper.sha256 } }]);
  await expect(page.getByTestId('notice-baseline')).toBeVisible();
  await scan(page, 'notices', found);

  for (const view of ['baseline', 'track', 'sensitivity'] as const) {
    await page.getByTestId(`view-${view}`).click();
    await expect(page.getByTestId(`view-${view}`)).toHaveAttribute('aria-pressed', 'true');
    await scan(page, view, found);
  }
  await runCommand(page, words['view.methodology']);
  await expect(page.getByTestId('methodology-view')).toBeVisible();
  await scan(page, 'methodology', found);

  await page.getByTestId('view-library').click();
  for (const name of ['Colombia regulariza', 'Plan regional']) await page.getByTestId(`library-card-${name}`).getByRole('checkbox').check();
  await scan(page, 'library', found);
  const card = page.getByTestId('library-card-Plan regional');
  for (const button of [words['library.notesAction'], words['file.delete']]) {
    await card.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByTestId('dialog')).toBeVisible();
    await scan(page, `library: ${button}`, found);
    await page.keyboard.press('Escape');
  }
  // Deleting one fills Recently deleted.
  await page.getByTestId('library-card-Sobre el documento').getByRole('button', { name: words['file.delete'], exact: true }).click();
  await page.getByTestId('dialog').getByRole('button', { name: words['file.delete'], exact: true }).click();
  await expect(page.getByTestId('library-card-Sobre el documento')).toHaveCount(0);
  await page.getByTestId('library-deleted').click();
  await expect(page.getByTestId('dialog')).toBeVisible();
  await scan(page, 'recently deleted', found);
  await page.keyboard.press('Escape');
  await page.getByTestId('library-compare').click();
  await expect(page.getByTestId('compare-chart')).toBeVisible();
  await scan(page, 'compare', found);
  await page.locator('input[name="compare-mode"][value="difference"]').check({ force: true });
  await scan(page, 'compare, difference', found);

  // Presentation mode: every slide, with the scenario line hidden and shown, and the presenter view beside it.
  await page.getByTestId('view-scenario').click();
  await page.getByTestId('present-button').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  const slide = page.getByTestId('slide');
  const seen = new Set<string>();
  for (let i = 0; i < 20; i += 1) {
    const key = (await slide.getAttribute('data-key')) ?? '';
    if (seen.has(key)) break;
    seen.add(key);
    await scan(page, `slide ${key}`, found);
    await page.keyboard.press('r');
    await scan(page, `slide ${key}, line hidden`, found);
    await page.keyboard.press('r');
    await page.keyboard.press('ArrowRight');
  }
  expect([...seen].some((key) => key.startsWith('comparison:')), 'a comparison slide was shown').toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  expect([...found].map(([line, screen]) => `${screen}: ${line}`), 'English words on the Spanish screen').toEqual([]);
});
