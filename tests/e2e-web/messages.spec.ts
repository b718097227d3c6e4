// Messages (issue 11 §9): import errors in the user's words, one notice per event and at most three, information
// closing itself, the baseline-mismatch notice naming both datasets, and the paper cited as the ICMPD/UNDP paper.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { baselineManifest, dataProvenance } from '../../shared/data';
import { expect, leverSlider, SCREENSHOT_DIR, test } from './fixtures';

interface PageWithHost {
  __memoryHost?: { queueImport(name: string, text: string): void };
}

const scenario = (body: Record<string, unknown>) => JSON.stringify({ format: 'puente-scenario', schemaVersion: 2, name: 'From a colleague', ...body });

async function importFile(page: Page, name: string, text: string) {
  await page.evaluate(([n, body]) => (globalThis as unknown as PageWithHost).__memoryHost?.queueImport(n ?? '', body ?? ''), [name, text]);
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-import').click();
}

/** Event notices (errors and information), not the standing banners (read-only, older baseline, recovery). */
const notices = (page: Page) => page.locator('[data-testid="notice-error"], [data-testid="notice-info"]');

test.describe('messages', () => {
  test('an out-of-range value in an imported file is named by its lever and unit; nothing on screen changes', async ({ app: page }) => {
    await importFile(page, 'fast.puente.json', scenario({ levers: { regularisationRatePerYear: 1.4 } }));
    const error = page.getByTestId('notice-error');
    await expect(error).toHaveText(/^This file cannot be opened\. Regularisation rate must be between 0 and 100 % per year \(the file says 140 % per year\)\. Nothing was changed\./);
    await expect(error).not.toContainText('levers.');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/notice-out-of-range-1366x768.png` });

    // A country's own value says which country.
    await importFile(page, 'gtm.puente.json', scenario({ countries: { GTM: { remittanceCostTargetPct: 25 } } }));
    await expect(page.getByTestId('notice-error').last()).toContainText('Remittance cost cap for Guatemala must be between 0 and 20 % of USD 200 (the file says 25 % of USD 200).');
  });

  test('one notice per message, at most three; information closes itself, errors stay', async ({ app: page }) => {
    const bad = scenario({ levers: { inflowPath: 'extreme' } });
    await importFile(page, 'a.puente.json', bad);
    await importFile(page, 'a.puente.json', bad);
    await expect(notices(page)).toHaveCount(1);
    await expect(page.getByTestId('notice-error')).toContainText('Venezuelan inflow path must be Low, Central, or High (the file says “extreme”).');

    await importFile(page, 'b.puente.json', '');
    await importFile(page, 'c.puente.json', '{"format":"excel"}');
    await importFile(page, 'd.puente.json', scenario({ leavers: {} }));
    await expect(notices(page)).toHaveCount(3);
    await expect(notices(page).last()).toContainText('The file has a field Puente does not know: “leavers”.');
    await expect(notices(page).first()).toContainText('The file is empty.');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/notices-three-1366x768.png` });

    // Information (a copy saved) joins them and goes by itself after a few seconds; the errors stay.
    await page.keyboard.press('Control+s');
    const dialog = page.getByTestId('dialog');
    await dialog.getByRole('textbox').fill('Kept');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-duplicate').click();
    await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
    const info = page.getByTestId('notice-info');
    await expect(info).toHaveText(/Saved a copy as “Kept \(copy\)”/);
    await expect(notices(page)).toHaveCount(3);
    await expect(info).toHaveCount(0, { timeout: 9000 });
    await expect(page.getByTestId('notice-error')).toHaveCount(2);
    await page.getByTestId('notice-error').first().getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('notice-error')).toHaveCount(1);
  });

  test('a scenario made on the paper’s data says so in words, with both versions, and no internal ids', async ({ app: page }) => {
    const v1 = readFileSync('tests/fixtures/scenarios/v1-sdg-by-2030.puente.json', 'utf8');
    const paper = baselineManifest();
    const text = JSON.stringify({ ...JSON.parse(v1), baseline: { datasetId: paper.id, checksum: paper.sha256 } });
    await importFile(page, 'v1.puente.json', text);
    const notice = page.getByTestId('notice-baseline');
    await expect(notice).toContainText(
      `This scenario was made with the 2019 baseline of the ICMPD/UNDP paper (version ${paper.version}); this version of Puente uses the paper’s 2019 baseline updated with the data observed in 2019–2025 (version ${dataProvenance().datasetVersion}). The results shown are computed with this version’s data, and the scenario’s settings have not been changed.`,
    );
    await expect(notice).not.toContainText('lac-');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/notice-baseline-mismatch-1366x768.png` });
    await expect(notices(page)).toHaveCount(0);
  });

  test('a scenario made on older data says so as a ministry would read it, in Spanish too', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/?host=memory&lang=es');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    const v1 = readFileSync('tests/fixtures/scenarios/v1-sdg-by-2030.puente.json', 'utf8');
    const paper = baselineManifest();
    await importFile(page, 'v1.puente.json', JSON.stringify({ ...JSON.parse(v1), baseline: { datasetId: paper.id, checksum: paper.sha256 } }));
    await expect(page.getByTestId('notice-baseline')).toContainText(
      `Este escenario se creó con la línea de base 2019 del documento del ICMPD/PNUD (versión ${paper.version}); esta versión de Puente usa la línea de base 2019 del documento actualizada con los datos observados en 2019–2025 (versión ${dataProvenance().datasetVersion}). Los resultados que se muestran se calculan con los datos de esta versión, y la configuración del escenario no se modificó.`,
    );
  });

  test('the paper is cited as the ICMPD/UNDP paper (GFMD 2019)', async ({ app: page }) => {
    await page.getByTestId('view-baseline').click();
    const view = page.locator('main');
    await expect(view).toContainText('paper values: the ICMPD/UNDP paper (GFMD 2019)');
    await expect(view).not.toContainText('World Bank, October 2019');
  });
});
