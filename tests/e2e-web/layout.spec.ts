// A layout that never breaks (issue 11 §5): every view at the four common screen sizes, and laptops at 125% and
// 150% zoom, has no text spilling out of or cut by its box, no chart label outside its chart, title-bar rows that
// keep to one line, no sideways scrolling and no text under 13 px. At 200% zoom on a 1280 px screen (issue 12: text
// readable without scrolling sideways) the page reflows to one column and the title bar may wrap. Each screen is saved
// under test-results/screenshots/layout-*.
import type { Page } from '@playwright/test';
import { expect, leverField, SCREENSHOT_DIR, test } from './fixtures';
import { layoutProblems } from './layout-check';
import { importScenarios } from './scenario-files';

interface Screen { name: string; width: number; height: number; zoom: number; lang?: 'es' | 'pt' | 'fr' }
const SCREENS: readonly Screen[] = [
  { name: '1024x768', width: 1024, height: 768, zoom: 1 },
  { name: '1280x720', width: 1280, height: 720, zoom: 1 },
  { name: '1366x768', width: 1366, height: 768, zoom: 1 },
  { name: '1920x1080', width: 1920, height: 1080, zoom: 1 },
  { name: '1024x768-zoom125', width: 1024, height: 768, zoom: 1.25 },
  { name: '1024x768-zoom150', width: 1024, height: 768, zoom: 1.5 },
  { name: '1280x720-zoom125', width: 1280, height: 720, zoom: 1.25 },
  { name: '1366x768-zoom125', width: 1366, height: 768, zoom: 1.25 },
  { name: '1920x1080-zoom125', width: 1920, height: 1080, zoom: 1.25 },
  { name: '1366x768-zoom150', width: 1366, height: 768, zoom: 1.5 },
  { name: '1920x1080-zoom150', width: 1920, height: 1080, zoom: 1.5 },
  { name: '1280x720-zoom150', width: 1280, height: 720, zoom: 1.5 },
  { name: '1280x720-zoom200', width: 1280, height: 720, zoom: 2 },
  // Spanish and Portuguese run about a third longer than English; French has its own long words.
  { name: 'es-1366x768', width: 1366, height: 768, zoom: 1, lang: 'es' },
  { name: 'es-1280x720', width: 1280, height: 720, zoom: 1, lang: 'es' },
  { name: 'pt-1280x720', width: 1280, height: 720, zoom: 1, lang: 'pt' },
  { name: 'fr-1280x720', width: 1280, height: 720, zoom: 1, lang: 'fr' },
  { name: 'es-1366x768-zoom125', width: 1366, height: 768, zoom: 1.25, lang: 'es' },
];

async function check(page: Page, screen: Screen, what: string, found: Map<string, string[]>) {
  // Charts animate nothing under reduced motion, but sizes settle after a frame or two.
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${screen.name}-${what}.png` });
  // Below 900 CSS px the page reflows to one column and the title bar's rows may wrap (styles.css).
  const problems = await layoutProblems(page, { titleBarMayWrap: screen.width / screen.zoom <= 900 });
  if (problems.length) found.set(what, problems);
}

async function setLever(page: Page, lever: string, value: string) {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

for (const screen of SCREENS) {
  test(`nothing overflows at ${screen.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    // Browser zoom lays the page out in fewer CSS pixels, drawn with more device pixels each.
    const context = await browser.newContext({
      viewport: { width: Math.round(screen.width / screen.zoom), height: Math.round(screen.height / screen.zoom) },
      deviceScaleFactor: screen.zoom, locale: 'en-US', reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`/?host=memory&lang=${screen.lang ?? 'en'}`);
    await expect(page.getByTestId('key-figures')).toBeVisible();
    const found = new Map<string, string[]>();
    // Saved scenarios for the library and Compare; the last one stays open and is edited below.
    await importScenarios(page, [
      { name: 'Colombia regularises half a year, with a longer name than most', countries: { COL: { regularisationRatePerYear: 0.5 } } },
      { name: 'Region-wide plan', levers: { regularisationRatePerYear: 0.2, remittanceCostTargetPct: 3 } },
    ]);

    await page.getByTestId('region-select').selectOption('COL');
    await setLever(page, 'regularisationRatePerYear', '30');
    await setLever(page, 'remittanceCostTargetPct', '3');
    await expect(page.getByTestId('card-migrantsRegular-2030')).toContainText('+');
    await check(page, screen, 'scenario', found);
    await page.locator('input[name="chart-mode"][value="difference"]').check({ force: true });
    await check(page, screen, 'difference', found);
    await page.getByTestId('advanced-toggle').click();
    await expect(page.getByTestId('advanced-panel')).toBeVisible();
    await check(page, screen, 'advanced', found);
    await page.getByTestId('advanced-toggle').click();

    for (const view of ['baseline', 'track', 'sensitivity'] as const) {
      await page.getByTestId(`view-${view}`).click();
      await expect(page.getByTestId(`view-${view}`)).toHaveAttribute('aria-pressed', 'true');
      await check(page, screen, view, found);
    }

    await page.getByTestId('view-library').click();
    for (const name of ['Colombia regularises half a year, with a longer name than most', 'Region-wide plan']) {
      await page.getByTestId(`library-card-${name}`).getByRole('checkbox').check();
    }
    await check(page, screen, 'library', found);
    await page.getByTestId('library-compare').click();
    await expect(page.getByTestId('compare-chart')).toBeVisible();
    await check(page, screen, 'compare', found);

    await context.close();
    expect(Object.fromEntries(found), `layout problems at ${screen.name}`).toEqual({});
  });
}
