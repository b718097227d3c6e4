// Languages and region formats in the browser build: ?lang=, the title bar's menu, a live switch that keeps every
// piece of state, the choice remembered, and screenshots of the main screen in every language.
import fs from 'node:fs';
import { card, expect, leverField, leverSlider, SCREENSHOT_DIR, settledText, test } from './fixtures';

/** The number a card shows in an en-US region format, whatever the language's words ("+505k people", "+505,000 personnes"). */
function shownNumber(text: string): number {
  const match = /([\d,.]+)\s*(k|m|bn|mil millones|millones|millón|mil|millions?|milliards?|milhões|milhão|bilhões|bilhão)?/.exec(text);
  const scale: Record<string, number> = { k: 1e3, mil: 1e3, m: 1e6, million: 1e6, millions: 1e6, millón: 1e6, millones: 1e6, milhão: 1e6, milhões: 1e6, bn: 1e9, 'mil millones': 1e9, milliard: 1e9, milliards: 1e9, bilhão: 1e9, bilhões: 1e9 };
  return Math.round(Number((match?.[1] ?? 'NaN').replace(/,/g, '')) * (scale[match?.[2] ?? ''] ?? 1));
}

const LANGUAGES = [
  { code: 'es', scenarioTab: 'Escenario', name: 'Español' },
  { code: 'pt', scenarioTab: 'Cenário', name: 'Português' },
  { code: 'fr', scenarioTab: 'Scénario', name: 'Français' },
  { code: 'en', scenarioTab: 'Scenario', name: 'English' },
] as const;

test.describe('languages', () => {
  test('?lang=es opens the scenario screen in Spanish', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/?host=memory&lang=es');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByTestId('view-scenario')).toHaveText('Escenario');
    await expect(page.getByTestId('file-menu')).toContainText('Archivo');
    // Model words come from data/model/text/es.json, compact figures read as a ministry writes them.
    await expect(page.getByTestId('lever-regularisationRatePerYear')).toContainText('regularización');
    await expect(page.getByTestId('chart-remittancesUsd-latest')).toContainText('mil millones');
    await expect(page.getByRole('button', { name: 'Idioma y formatos: ES' })).toBeVisible();
  });

  test('the methodology opens in Spanish under ?lang=es, with the English section ids the screen links to', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/?host=memory&lang=es');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('Metodología');
    await page.keyboard.press('Enter');
    const view = page.getByTestId('methodology-view');
    await expect(view.getByRole('heading', { level: 1 })).toContainText('metodología');
    await expect(view.locator('#module-b-regularisation')).toContainText('Módulo B');
    await expect(view.getByTestId('methodology-english')).toHaveCount(0);
  });

  test('a hostile ?lang= or remembered choice is ignored: the screen opens in a language it has, with no error', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.addInitScript(() => {
      const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
      storage.setItem('puente.language', 'x'.repeat(10_000));
      storage.setItem('puente.regionFormat', '"><img src=x onerror=alert(1)>');
    });
    await page.goto('/?host=memory&lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('view-scenario')).toHaveText('Scenario');
  });

  test('switching language live keeps levers, unsaved edits, place, lens and the open view', async ({ app: page }) => {
    await leverField(page, 'regularisationRatePerYear').fill('30');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.getByTestId('region-select').selectOption('COL');
    await page.getByRole('radio', { name: 'Origin lens' }).check();
    await page.getByRole('radio', { name: 'Host lens' }).check();
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    const slider = leverSlider(page, 'regularisationRatePerYear');
    const value = await slider.inputValue();
    await settledText(card(page, 'migrantsRegular'));
    // The card's figure must survive the switch: only the words around it change ("505k people", "505,000 personnes").
    const shown = async () => shownNumber((await card(page, 'migrantsRegular').textContent()) ?? '');
    const regular = await shown();
    expect(regular).toBeGreaterThan(0);
    await page.getByTestId('view-sensitivity').click();
    await expect(page.getByTestId('view-sensitivity')).toHaveAttribute('aria-pressed', 'true');

    // Keyboard only: the menu button, arrows to Français, Enter.
    await page.getByTestId('locale-menu').focus();
    await page.keyboard.press('Enter');
    const french = page.getByTestId('language-fr');
    await expect(page.getByRole('menuitemradio', { name: 'Español' })).toBeFocused();
    while (!(await french.evaluate((el) => el === el.ownerDocument.activeElement))) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('locale-menu')).toBeFocused();

    await expect(page.getByTestId('view-sensitivity')).toHaveText('Sensibilité');
    await expect(page.getByTestId('view-sensitivity')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('view-scenario').click();
    await expect(slider).toHaveValue(value);
    await expect(page.getByTestId('region-select')).toHaveValue('COL');
    await expect(page.getByRole('radio', { name: 'Accueil' })).toBeChecked();
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    // The same number, in French words (the region format stays the browser's, en-US here).
    await expect(card(page, 'migrantsRegular')).toContainText('personnes');
    expect(await shown()).toBe(regular);
    // Undo still undoes the edit made in English.
    await page.getByRole('button', { name: 'Annuler', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toBeVisible();
  });

  test('numbers inside the model words (a lever source) follow the region format, years and identifiers stay', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/?lang=es');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    const lever = page.getByTestId('lever-absorptionCapacity');
    const source = async (format: string): Promise<void> => {
      await page.getByTestId('locale-menu').click();
      await page.getByTestId(`format-${format}`).click();
      await page.keyboard.press('Escape');
      await lever.getByRole('button', { name: 'Acerca de Capacidad de absorción' }).click();
    };
    await source('es-CO');
    await expect(lever.getByRole('dialog')).toContainText('Banco Mundial (2018), Colombia: 0,23-0,41% del PIB');
    await page.keyboard.press('Escape');
    await source('es-MX');
    await expect(lever.getByRole('dialog')).toContainText('Banco Mundial (2018), Colombia: 0.23-0.41% del PIB');
  });

  test('the language and the region format are remembered; the format writes numbers apart from the language', async ({ page, consoleErrors }) => {
    void consoleErrors;
    await page.goto('/');
    await expect(page.getByTestId('key-figures')).toBeVisible();
    await page.getByTestId('locale-menu').click();
    await page.getByTestId('language-pt').click();
    await page.getByTestId('locale-menu').click();
    await page.getByTestId('format-es-CO').click();
    const latest = page.getByTestId('chart-remittancesUsd-latest');
    const text = await settledText(latest);
    expect(text).toMatch(/bilh(ão|ões)/); // Portuguese words…
    await expect(leverField(page, 'remittanceCostTargetPct')).toHaveValue(/^\d+,\d+$/); // …Colombian digits
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(latest).toHaveText(text);
    await page.getByTestId('locale-menu').click();
    await page.getByTestId('format-en-US').click();
    await expect(leverField(page, 'remittanceCostTargetPct')).toHaveValue(/^\d+\.\d+$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  });

  for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
    test(`main screen in every language at ${size.width}×${size.height}: the title bar wraps no more than in English`, async ({ page, consoleErrors }) => {
      void consoleErrors;
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.setViewportSize(size);
      const heights: Record<string, number> = {};
      for (const language of LANGUAGES) {
        await page.goto(`/?host=memory&lang=${language.code}`);
        await expect(page.getByTestId('key-figures')).toBeVisible();
        await expect(page.getByTestId('view-scenario')).toHaveText(language.scenarioTab);
        await page.screenshot({ path: `${SCREENSHOT_DIR}/main-${language.code}-${size.width}x${size.height}.png` });
        // The language button shares its row with undo (it does not wrap on its own), and no title-bar text is cut.
        const middle = async (testId: string) => {
          const box = await page.getByTestId(testId).boundingBox();
          return (box?.y ?? 0) + (box?.height ?? 0) / 2;
        };
        expect(Math.abs((await middle('locale-menu')) - (await middle('undo-button')))).toBeLessThan(4);
        const clipped = await page.locator('.titlebar button, .titlebar .tabs__tab, .titlebar label').evaluateAll((els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1 && !el.closest('.titlebar__name')).map((el) => el.textContent),
        );
        expect(clipped).toEqual([]);
        heights[language.code] = (await page.locator('.titlebar').boundingBox())?.height ?? 0;
      }
      for (const language of LANGUAGES) expect(heights[language.code]).toBeLessThanOrEqual((heights.en ?? 0) + 1);
      // The open menu lies wholly on screen, wherever the wrapped title bar put its button.
      await page.getByTestId('locale-menu').click();
      const menu = await page.getByRole('menu', { name: 'Language and formats' }).boundingBox();
      expect(menu?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThanOrEqual(size.width);
      expect((menu?.y ?? 0) + (menu?.height ?? 0)).toBeLessThanOrEqual(size.height);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/language-menu-${size.width}x${size.height}.png` });
    });
  }
  test('a scenario nobody named is untitled in each language it is shown in, saved or not; a name given stays as given', async ({ page, consoleErrors }) => {
    void consoleErrors;
    const name = page.getByTestId('scenario-name');
    const switchTo = async (code: string) => {
      await page.getByTestId('locale-menu').click();
      await page.getByTestId(`language-${code}`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', code);
    };
    await page.goto('/?host=memory&lang=es');
    await expect(name).toContainText('Escenario sin título');
    await switchTo('en');
    await expect(name).toContainText('Untitled scenario');
    // The window title follows the switch too.
    const lastTitle = () => page.evaluate(() => (globalThis as unknown as { __memoryHost: { titles: string[] } }).__memoryHost.titles.at(-1));
    await expect.poll(lastTitle).toBe('Untitled scenario — Puente');
    await switchTo('fr');
    await expect(name).toContainText('Scénario sans titre');
    await switchTo('pt');
    await expect(name).toContainText('Cenário sem título');

    // Saved with the name the dialog offers, it is still a scenario nobody named.
    await leverField(page, 'regularisationRatePerYear').fill('30');
    await leverField(page, 'regularisationRatePerYear').press('Enter');
    await page.keyboard.press('Control+s');
    const dialog = page.getByTestId('dialog');
    await expect(dialog.getByRole('textbox')).toHaveValue('Cenário sem título');
    await dialog.getByRole('textbox').press('Enter');
    await expect(page.getByTestId('dirty-marker')).toHaveCount(0);
    await switchTo('es');
    await expect(name).toContainText('Escenario sin título');
    await page.getByTestId('view-library').click();
    await expect(page.getByTestId('library-card-Escenario sin título')).toBeVisible();

    // A name the user gives is theirs in every language.
    await page.getByTestId('library-card-Escenario sin título').getByRole('button', { name: 'Cambiar nombre', exact: true }).click();
    await dialog.getByRole('textbox').fill('Propuesta del ministerio');
    await dialog.getByRole('textbox').press('Enter');
    await switchTo('en');
    await expect(name).toContainText('Propuesta del ministerio');
    await expect(page.getByTestId('library-card-Propuesta del ministerio')).toBeVisible();
  });
  test('a year lever reads as years in every language: its range and its value carry no unit word', async ({ page, consoleErrors }) => {
    void consoleErrors;
    for (const language of LANGUAGES) {
      await page.goto(`/?host=memory&lang=${language.code}`);
      await expect(page.getByTestId('view-scenario')).toHaveText(language.scenarioTab);
      for (const lever of ['remittanceCostTargetYear', 'policyStartYear']) {
        const control = page.getByTestId(`lever-${lever}`);
        // "Range 2021–2035", "Rango 2021–2035", "Intervalo: 2025–2035", "De 2021 à 2035": nothing after the last year.
        await expect(control.locator('.tick-label--range')).toHaveText(/^\D*\d{4}\D{1,3}\d{4}$/);
        await expect(control.getByRole('slider')).toHaveAttribute('aria-valuetext', /^\d{4}$/);
      }
    }
  });
});
