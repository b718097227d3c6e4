// Presentation mode in Debian chromium (memory host): entering and leaving, navigation, predict-then-reveal,
// replay, live levers, decks from the library, the presenter view, and pictures of every slide type at projector
// and laptop sizes with a check that nothing is too small, cut off or overlapping.
import type { Page } from '@playwright/test';
import { card, expect, leverField, leverSlider, SCREENSHOT_DIR, test } from './fixtures';

/** The memory host as the page holds it (tests are type-checked without DOM types). */
interface MemoryHostView {
  fullScreen: { value: boolean };
  presenterView: { value: string | null };
  secondScreen: { value: boolean };
  commandState: { value: Record<string, boolean> | null };
  leaveFullScreenByUser(): void;
}
type Recorded = 'fullScreen' | 'presenterView' | 'commandState';
/** What the memory host recorded last under `key`. */
function recorded(page: Page, key: 'fullScreen'): Promise<boolean>;
function recorded(page: Page, key: 'presenterView'): Promise<string | null>;
function recorded(page: Page, key: 'commandState'): Promise<Record<string, boolean> | null>;
function recorded(page: Page, key: Recorded): Promise<unknown> {
  return page.evaluate((k) => (globalThis as unknown as { __memoryHost: Record<string, { value: unknown }> }).__memoryHost[k]?.value, key);
}
const attachSecondScreen = (page: Page) => page.evaluate(() => void ((globalThis as unknown as { __memoryHost: MemoryHostView }).__memoryHost.secondScreen.value = true));
const leaveFullScreenByUser = (page: Page) => page.evaluate(() => (globalThis as unknown as { __memoryHost: MemoryHostView }).__memoryHost.leaveFullScreenByUser());

const presentation = (page: Page) => page.getByTestId('presentation');
const slide = (page: Page) => page.getByTestId('slide');
const slideNumber = (page: Page) => page.getByTestId('slide-number');
const keyFigure = (page: Page) => page.getByTestId('slide-key-figure');
const scenarioPath = (page: Page) => page.getByTestId('slide-chart').locator('path.series-scenario');

async function setLever(page: Page, lever: string, value: string) {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

async function present(page: Page) {
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(presentation(page)).toBeVisible();
}

/** Goes to the slide of an output (chart or comparison) with → from wherever the presentation is. */
async function goToSlide(page: Page, key: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 12 && (await slide(page).getAttribute('data-key')) !== key; i += 1) await page.keyboard.press('ArrowRight');
  await expect(slide(page)).toHaveAttribute('data-key', key);
}

/** The last point of an SVG path: "M…L…L612.3,140.5" → [612.3, 140.5]. */
const lastPoint = (d: string | null): [number, number] => {
  const match = /([\d.]+),([\d.]+)$/.exec(d ?? '');
  if (!match) throw new Error(`not a line: ${d}`);
  return [Number(match[1]), Number(match[2])];
};

test.describe('presentation mode', () => {
  test('Present enters full screen on the title slide; Esc leaves and the scenario is exactly as it was', async ({ app: page }) => {
    await expect(page.getByTestId('cards-empty')).toBeVisible();
    await setLever(page, 'regularisationRatePerYear', '30');
    // The cards follow the lever a moment later (latest-wins recompute): read them once they have.
    await expect(card(page, 'migrantsRegular')).toContainText('+');
    const before = await card(page, 'migrantsRegular').textContent();
    await expect(page.getByTestId('dirty-marker')).toBeVisible();

    await present(page);
    expect(await recorded(page, 'fullScreen')).toBe(true);
    await expect(slide(page)).toHaveAttribute('data-kind', 'title');
    await expect(page.getByTestId('slide-title-name')).toHaveText('Untitled scenario');
    await expect(slide(page)).toContainText('Host lens');
    await expect(slide(page)).toContainText(/Scenario fingerprint: [0-9a-f]{12}/);
    await expect(slide(page)).toContainText('Computed on the baseline lac-baseline-2019+observed-2025, version 1.0.0+1.1.0');
    // The scenario screen is out of reach while presenting; file and view commands wait.
    await expect(page.getByTestId('file-menu')).toBeHidden();
    expect(await recorded(page, 'commandState')).toMatchObject({ present: false, new: false, open: false, 'show-library': false, undo: true });

    // Everything presentation mode offers, then Esc.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await page.keyboard.press('l');
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await expect(presentation(page)).toHaveCount(0);
    expect(await recorded(page, 'fullScreen')).toBe(false);
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
    await expect(card(page, 'migrantsRegular')).toHaveText(before ?? '');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('30');
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
    // No undo step was added: one undo is the lever edit made before presenting.
    await page.keyboard.press('Control+z');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  });

  test('F5 presents too (without reloading the page); leaving full screen by other means ends it', async ({ app: page }) => {
    await page.evaluate(() => ((globalThis as unknown as { __notReloaded: boolean }).__notReloaded = true));
    await leverSlider(page, 'regularisationRatePerYear').focus();
    await page.keyboard.press('F5');
    await expect(presentation(page)).toBeVisible();
    // F5 again does not start a second presentation, nor reload.
    await page.keyboard.press('F5');
    expect(await page.evaluate(() => (globalThis as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await leaveFullScreenByUser(page);
    await expect(presentation(page)).toHaveCount(0);
    await expect(leverSlider(page, 'regularisationRatePerYear')).toBeFocused();
  });

  test('→ Space PageDown go forward, ← PageUp back, Home and End to the ends', async ({ app: page }) => {
    await setLever(page, 'regularisationRatePerYear', '30');
    await present(page);
    await expect(slideNumber(page)).toHaveText('1 / 6');
    await page.keyboard.press('ArrowRight');
    await expect(slideNumber(page)).toHaveText('2 / 6');
    await expect(slide(page)).toHaveAttribute('data-key', 'chart:remittancesUsd');
    await page.keyboard.press('Space');
    await expect(slide(page)).toHaveAttribute('data-key', 'chart:migrantsRegular');
    await page.keyboard.press('PageDown');
    await expect(slideNumber(page)).toHaveText('4 / 6');
    await page.keyboard.press('ArrowLeft');
    await expect(slideNumber(page)).toHaveText('3 / 6');
    await page.keyboard.press('PageUp');
    await expect(slideNumber(page)).toHaveText('2 / 6');
    await page.keyboard.press('End');
    await expect(slide(page)).toHaveAttribute('data-kind', 'closing');
    await expect(slideNumber(page)).toHaveText('6 / 6');
    await page.keyboard.press('ArrowRight'); // stays on the last slide
    await expect(slideNumber(page)).toHaveText('6 / 6');
    await page.keyboard.press('Home');
    await expect(slide(page)).toHaveAttribute('data-kind', 'title');
    // The control bar does the same with the mouse, and its buttons have names.
    await page.getByRole('button', { name: 'Next slide (→)' }).click();
    await expect(slideNumber(page)).toHaveText('2 / 6');
    await page.getByRole('button', { name: 'Previous slide (←)' }).click();
    await expect(slideNumber(page)).toHaveText('1 / 6');
    await expect(page.getByTestId('presentation-status')).toContainText('Slide 1 of 6');
  });

  test('a chart slide: the 2030 key figure in large type, the values of each line, the source, the provenance', async ({ app: page }) => {
    await setLever(page, 'regularisationRatePerYear', '30');
    await expect(card(page, 'migrantsRegular')).toContainText('+');
    const onScreen = await card(page, 'migrantsRegular').textContent();
    await present(page);
    await goToSlide(page, 'chart:migrantsRegular');
    // The same change as the key-figure card on the scenario screen.
    await expect(keyFigure(page)).toHaveText(onScreen ?? '');
    await expect(slide(page)).toContainText('In 2030');
    await expect(slide(page)).toContainText('change against the baseline');
    await expect(page.getByTestId('slide-legend-scenario')).toContainText(/Scenario: [\d.]+m people/);
    await expect(slide(page)).toContainText('Source: UN DESA 2024; UNHCR end-year; programmes that ran (Puente’s table of observed data); Puente projection (B5).');
    await expect(slide(page)).toContainText('driven by assumptions');
    await expect(page.getByTestId('slide-provenance')).toContainText(/Untitled scenario\s*· fingerprint [0-9a-f]{12}/);
    const fontSize = await keyFigure(page).evaluate((el) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(44);
  });

  test('R hides the scenario line so the room can guess, and draws it again', async ({ app: page }) => {
    await setLever(page, 'regularisationRatePerYear', '30');
    await present(page);
    await page.keyboard.press('r'); // nothing to hide on the title slide
    await goToSlide(page, 'chart:migrantsRegular');
    const figure = await keyFigure(page).textContent();
    await expect(scenarioPath(page)).toHaveCount(1);
    await page.keyboard.press('r');
    await expect(scenarioPath(page)).toHaveCount(0);
    await expect(page.getByTestId('slide-chart').locator('path.series-baseline')).toHaveCount(1);
    await expect(keyFigure(page)).toHaveText('?');
    await expect(page.getByTestId('slide-legend-scenario')).toHaveText('Scenario: ?');
    await expect(slide(page)).toContainText('Where will it be in 2030? Make a guess.');
    await expect(page.getByTestId('presentation-status')).toHaveText('Scenario line hidden: the room can guess.');
    // Hidden stays hidden when the presenter goes back and forth.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(keyFigure(page)).toHaveText('?');
    await page.keyboard.press('R');
    await expect(scenarioPath(page)).toHaveCount(1);
    await expect(keyFigure(page)).toHaveText(figure ?? '');
  });

  test('P replays the chart from the baseline to the scenario in about 1.5 s', async ({ app: page }) => {
    await setLever(page, 'regularisationRatePerYear', '60');
    await present(page);
    await goToSlide(page, 'chart:migrantsRegular');
    const chart = page.getByTestId('slide-chart');
    const final = lastPoint(await scenarioPath(page).getAttribute('d'));
    const baseline = lastPoint(await chart.locator('path.series-baseline').getAttribute('d'));
    expect(final[1]).toBeLessThan(baseline[1] - 20); // the scenario ends well above the baseline
    const started = Date.now();
    await page.keyboard.press('p');
    await expect(chart).toHaveAttribute('data-replay', 'running');
    // Part way: the line's end sits between the baseline and the scenario.
    const during = lastPoint(await scenarioPath(page).getAttribute('d'));
    expect(during[1]).toBeGreaterThan(final[1]);
    expect(during[1]).toBeLessThanOrEqual(baseline[1] + 0.5);
    await expect(chart).toHaveAttribute('data-replay', 'idle', { timeout: 5000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(lastPoint(await scenarioPath(page).getAttribute('d'))).toEqual(final);
    // P on a hidden line replays it into view.
    await page.keyboard.press('r');
    await expect(scenarioPath(page)).toHaveCount(0);
    await page.keyboard.press('p');
    await expect(scenarioPath(page)).toHaveCount(1);
  });

  test('L shows the levers that move the chart; moving one updates the chart live, and Ctrl+Z undoes it', async ({ app: page }) => {
    await present(page);
    // On the title slide there is no chart to move: the strip waits for the chart slides.
    await page.keyboard.press('l');
    const strip = page.getByTestId('lever-strip');
    await expect(page.getByTestId('presentation-status')).toHaveText('Levers show on chart slides.');
    await expect(strip).toHaveCount(0);
    await goToSlide(page, 'chart:migrantsRegular');
    await expect(strip).toBeVisible();
    await expect(strip.getByTestId('strip-lever-regularisationRatePerYear')).toBeVisible();
    // Five levers move this chart; the strip keeps the four that move it furthest, so the chart keeps its room.
    await expect(strip.locator('.lever-strip__levers > *')).toHaveCount(4);
    await expect(strip.getByTestId('strip-lever-inflowPath')).toBeVisible();
    await expect(strip.getByTestId('strip-lever-remittanceCostTargetPct')).toHaveCount(0); // does not move this chart
    await expect(strip.getByTestId('strip-lever-absorptionCapacity')).toHaveCount(0);
    const before = await keyFigure(page).textContent();
    const pathBefore = await scenarioPath(page).getAttribute('d');

    // The facilitator drags the slider with the mouse.
    const slider = strip.getByTestId('strip-lever-regularisationRatePerYear').getByRole('slider');
    const box = await slider.boundingBox();
    if (!box) throw new Error('slider not laid out');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 8; i += 1) await page.mouse.move(box.x + (box.width * 0.5 * i) / 8, box.y + box.height / 2);
    await page.mouse.up();
    await expect(keyFigure(page)).not.toHaveText(before ?? '');
    await expect(keyFigure(page)).toContainText('+');
    expect(await scenarioPath(page).getAttribute('d')).not.toBe(pathBefore);
    await expect(strip.getByTestId('strip-lever-regularisationRatePerYear')).toContainText('% per year');

    // Undo still works, as one step for the whole drag.
    await page.keyboard.press('Control+z');
    await expect(keyFigure(page)).toHaveText(before ?? '');
    await expect(slider).toHaveValue('0');
    // After a mouse move the keys drive the slides again, not the slider.
    await page.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-key', 'chart:netFiscalUsd');
    // The strip follows the slide: absorption capacity moves the fiscal balance, not the number of regular migrants.
    await expect(strip.getByTestId('strip-lever-absorptionCapacity')).toBeVisible();
    await page.keyboard.press('l');
    await expect(strip).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue('0');
  });

  test('a lever moved live is kept after the presentation, as an ordinary edit', async ({ app: page }) => {
    await present(page);
    await goToSlide(page, 'chart:migrantsRegular');
    await page.keyboard.press('l');
    const slider = page.getByTestId('strip-lever-regularisationRatePerYear').getByRole('slider');
    await slider.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight'); // a focused slider keeps its arrows
    await expect(slide(page)).toHaveAttribute('data-key', 'chart:migrantsRegular');
    await expect(slider).not.toHaveValue('0');
    const value = await slider.inputValue();
    // Esc leaves from the slider too.
    await page.keyboard.press('Escape');
    await expect(presentation(page)).toHaveCount(0);
    await expect(leverSlider(page, 'regularisationRatePerYear')).toHaveValue(value);
    await expect(page.getByTestId('dirty-marker')).toBeVisible();
  });

  test('scenarios ticked in the library: a comparison deck with letters, values and assumptions', async ({ app: page }) => {
    await saveAndTick(page, [
      ['Status quo plus', '10'],
      ['Ministry proposal', '40'],
    ]);
    await page.getByTestId('library-present').click();
    await expect(presentation(page)).toBeVisible();
    await expect(page.getByTestId('slide-title-name')).toHaveText('2 scenarios and the baseline');
    await expect(slide(page)).toContainText('Status quo plus');
    await expect(slide(page)).toContainText('Ministry proposal');
    await expect(page.getByTestId('slide-fingerprint')).toHaveCount(2);
    await goToSlide(page, 'compare:migrantsRegular');
    await expect(page.getByTestId('slide-chart').locator('path.compare-series--scenario')).toHaveCount(2);
    await expect(page.getByTestId('slide-chart').locator('.compare-series__label')).toHaveText(['A', 'B']);
    await expect(page.getByTestId('slide-legend-B')).toContainText('Ministry proposal');
    await page.keyboard.press('r');
    await expect(page.getByTestId('slide-chart').locator('path.compare-series--scenario')).toHaveCount(0);
    await expect(page.getByTestId('slide-legend-B')).toContainText('?');
    // Scenarios from the library are shown as saved: no lever strip.
    await page.keyboard.press('l');
    await expect(page.getByTestId('lever-strip')).toHaveCount(0);
    await expect(page.getByTestId('presentation-status')).toContainText('scenarios chosen from the library are shown as saved');
    await page.keyboard.press('End');
    const row = page.getByTestId('slide-assumption-lever:regularisationRatePerYear');
    await expect(row).toContainText('Status quo plus: 10 % per year');
    await expect(row).toContainText('Ministry proposal: 40 % per year');
    await expect(row).toContainText('baseline 0 % per year');
    await expect(row).toContainText('Assumption');
    await expect(row).toContainText('Source: Bahar');
  });

  test('the closing slide words a changed lever in the screen\'s language, its numbers in the region format', async ({ app: page }) => {
    await page.getByTestId('locale-menu').click();
    await page.getByTestId('language-es').click();
    await page.getByTestId('locale-menu').click();
    await page.getByTestId('format-fr-FR').click();
    await page.keyboard.press('Escape');
    await setLever(page, 'regularisationRatePerYear', '30');
    await page.getByTestId('present-button').click();
    await expect(presentation(page)).toBeVisible();
    await page.keyboard.press('End');
    const row = page.getByTestId('slide-assumption-lever:regularisationRatePerYear');
    await expect(row).toContainText('Tasa de regularización');
    await expect(row).toContainText(/el 64\s% de los inscritos en el RAMV/u);
  });

  test('the open scenario with scenarios being compared gets a comparison slide', async ({ app: page }) => {
    await saveAndTick(page, [
      ['Low', '10'],
      ['High', '70'],
    ]);
    await page.getByTestId('view-scenario').click();
    await present(page);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(slide(page)).toHaveAttribute('data-key', 'comparison:migrantsRegular');
    await expect(page.getByTestId('slide-legend-A')).toContainText('Low');
    await expect(page.getByTestId('slide-legend-B')).toContainText('High');
  });

  test('the presenter view follows the presentation on a second screen, and drives it', async ({ app: page, consoleErrors }) => {
    await attachSecondScreen(page);
    await setLever(page, 'regularisationRatePerYear', '30');
    await present(page);
    await expect.poll(() => recorded(page, 'presenterView')).toMatch(/^[0-9a-f]{24}$/);
    const session = await recorded(page, 'presenterView');
    const presenter = await page.context().newPage();
    presenter.on('pageerror', (e) => consoleErrors.push(`presenter view: ${e.message}`));
    presenter.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(`presenter view: ${m.text()}`)));
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await presenter.goto(`/?host=memory&view=presenter&session=${session}`);
    await expect(presenter.getByTestId('presenter-current')).toHaveText('Untitled scenario');
    await expect(presenter.getByTestId('presenter-next')).toHaveText('Remittances received');
    await expect(presenter.getByTestId('presenter-notes')).toContainText('Introduce “Untitled scenario”');

    // Keys in the presenter view move the presentation.
    await presenter.keyboard.press('ArrowRight');
    await presenter.keyboard.press('ArrowRight');
    await expect(slide(page)).toHaveAttribute('data-key', 'chart:migrantsRegular');
    await expect(presenter.getByTestId('presenter-current')).toHaveText('Migrants with regular status');
    await expect(presenter.getByTestId('presenter-notes')).toContainText(/In 2030: [\d.]+m people in the scenario against [\d.]+m people in the baseline \(\+[\d.]+m people\)/);
    await presenter.keyboard.press('r');
    await expect(keyFigure(page)).toHaveText('?');
    await expect(presenter.getByTestId('presenter-view')).toContainText('The scenario line is hidden on the screen.');
    // The presentation's own keys show in the presenter view.
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-current')).toHaveText('Net fiscal balance of migration');
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await presenter.screenshot({ path: `${SCREENSHOT_DIR}/presentation/presenter-view-1366x768.png` });

    await presenter.getByRole('button', { name: 'End presentation (Esc)' }).click();
    await expect(presentation(page)).toHaveCount(0);
    await expect(presenter.getByTestId('presenter-view')).toContainText('The presentation has ended');
    expect(await recorded(page, 'presenterView')).toBeNull();
    await presenter.close();
  });

  test('with one screen no presenter view opens', async ({ app: page }) => {
    await present(page);
    expect(await recorded(page, 'presenterView')).toBeNull();
  });
});

/**
 * Saves scenarios (name, regularisation rate %) in the memory host's library, each from a new one, and ticks them for
 * comparison in the Library (left on screen).
 */
async function saveAndTick(page: Page, scenarios: [string, string][]) {
  for (const [name, rate] of scenarios) {
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-new').click();
    await setLever(page, 'regularisationRatePerYear', rate);
    await page.keyboard.press('Control+s');
    const dialog = page.getByTestId('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByTestId('scenario-name')).toContainText(name);
  }
  await page.getByTestId('view-library').click();
  for (const [name] of scenarios) await page.getByTestId(`library-card-${name}`).getByRole('checkbox', { name: 'Compare' }).check();
}
