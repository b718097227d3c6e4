// Pictures of every slide type at the sizes a ministry meeting has — a 1280 × 720 projector, a 1366 × 768 laptop,
// and both at 125 % display scaling, and the projector in Spanish, whose words run about a third longer — saved under
// test-results/screenshots/presentation/, and on each slide a check a person would make from the back of the room:
// every piece of text at least 28 px on the screen, inside the slide, not cut off, and not on top of other text.
import type { Page } from '@playwright/test';
import { CATALOGUES, type Catalogue } from '../../renderer/i18n/catalogues';
import { expect, leverField, SCREENSHOT_DIR, test } from './fixtures';

const DIR = `${SCREENSHOT_DIR}/presentation`;

/** Screen sizes: CSS viewport and device pixel ratio (125 % scaling shows a 1280 × 720 screen as 1024 × 576 CSS px). */
const SCREENS = [
  { name: '1280x720', width: 1280, height: 720, scale: 1, lang: 'en' },
  { name: '1366x768', width: 1366, height: 768, scale: 1, lang: 'en' },
  { name: '1280x720-at-125', width: 1024, height: 576, scale: 1.25, lang: 'en' },
  { name: '1366x768-at-125', width: 1093, height: 614, scale: 1.25, lang: 'en' },
  { name: 'es-1280x720', width: 1280, height: 720, scale: 1, lang: 'es' },
] as const;

/**
 * Runs in the page (plain source: the tests are type-checked without DOM types). Lists what is wrong with the slide
 * on screen: text under 28 device pixels, text outside the slide or cut off by a box that clips, text overlapping
 * other text, or a slide that does not fill the screen's width or height.
 */
const CHECK_SLIDE = `(() => {
  const slide = document.querySelector('[data-testid="presentation"] .slide');
  if (!slide) return ['no slide on screen'];
  const problems = [];
  const box = slide.getBoundingClientRect();
  const scale = box.width / slide.offsetWidth;
  const dpr = window.devicePixelRatio;
  if (Math.abs(box.width - innerWidth) > 2 && Math.abs(box.height - innerHeight) > 2) problems.push('the slide does not fill the screen');
  const ellipsis = (el) => getComputedStyle(el).textOverflow === 'ellipsis';
  const items = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const size = parseFloat(style.fontSize) * scale * dpr;
    if (size < 27.9) problems.push('"' + text.slice(0, 40) + '" is ' + size.toFixed(1) + ' px on screen (under 28)');
    const cut = el.closest('svg') ? null : [el, ...ancestors(el)].find(ellipsis);
    let rects;
    if (el.closest('svg')) rects = [el.getBoundingClientRect()];
    else if (cut) rects = [cut.getBoundingClientRect()];
    else { const range = document.createRange(); range.selectNodeContents(node); rects = [...range.getClientRects()]; }
    const fontPx = parseFloat(style.fontSize) * scale;
    for (const r of rects) {
      if (r.width < 1 || r.height < 1) continue;
      // The glyphs' core: text boxes are taller than their lines, so neighbouring lines' boxes touch by design.
      const core = { left: r.left + 1, right: r.right - 1, top: r.top + (r.height - fontPx * 0.7) / 2, bottom: r.bottom - (r.height - fontPx * 0.7) / 2 };
      items.push({ text, el, core, node, cut });
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push('"' + text.slice(0, 40) + '" runs outside the slide');
      if (!cut) for (const a of ancestors(el)) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (core.left < c.left - 1 || core.right > c.right + 1 || core.top < c.top - 1 || core.bottom > c.bottom + 1) { problems.push('"' + text.slice(0, 40) + '" is cut off'); break; }
      }
    }
  }
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const a = items[i], b = items[j];
    if (a.node === b.node || (a.cut && a.cut === b.cut)) continue;
    const w = Math.min(a.core.right, b.core.right) - Math.max(a.core.left, b.core.left);
    const h = Math.min(a.core.bottom, b.core.bottom) - Math.max(a.core.top, b.core.top);
    if (w > 2 && h > 2) problems.push('"' + a.text.slice(0, 30) + '" overlaps "' + b.text.slice(0, 30) + '"');
  }
  return [...new Set(problems)];
  function ancestors(el) { const out = []; for (let p = el.parentElement; p && p !== slide.parentElement; p = p.parentElement) out.push(p); return out; }
})()`;

async function checkAndShoot(page: Page, screen: string, name: string) {
  // The control bar shows while the mouse moves; the room sees the slide without it.
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${DIR}/${screen}-${name}.png`, style: '.present__controls { visibility: hidden; }' });
  const problems = (await page.evaluate(CHECK_SLIDE)) as string[];
  expect(problems, `${name} at ${screen}`).toEqual([]);
}

async function setLever(page: Page, lever: string, value: string) {
  await leverField(page, lever).fill(value);
  await leverField(page, lever).press('Enter');
}

async function save(page: Page, name: string, words: Catalogue) {
  await page.keyboard.press('Control+s');
  const dialog = page.getByTestId('dialog');
  await dialog.getByRole('textbox').fill(name);
  await dialog.getByRole('button', { name: words['file.save'], exact: true }).click();
  await expect(page.getByTestId('scenario-name')).toContainText(name.slice(0, 20));
}

const LONG_NAME = 'Ministry proposal: regularisation at scale, lower remittance costs and investment in services';

for (const screen of SCREENS) {
  test(`every slide type is legible at ${screen.name}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale, locale: 'en-US', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    const words = CATALOGUES[screen.lang];
    if (!words) throw new Error(`no catalogue for ${screen.lang}`);
    await page.goto(`/?host=memory&lang=${screen.lang}`);
    await expect(page.getByTestId('key-figures')).toBeVisible();

    // Two saved scenarios ticked for comparison; the open one (the second) has every kind of assumption.
    await setLever(page, 'regularisationRatePerYear', '10');
    await save(page, 'Status quo plus', words);
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-new').click();
    await setLever(page, 'regularisationRatePerYear', '45');
    await setLever(page, 'remittanceCostTargetPct', '3');
    await page.getByTestId('lever-absorptionCapacity').getByText(words['levers.choice.custom'], { exact: true }).click();
    await setLever(page, 'absorptionInvestmentPctGdp', '0.2');
    await page.getByTestId('advanced-toggle').click();
    await page.getByTestId('advanced-panel').getByTestId('parameter-remittanceGrowthRate').getByRole('textbox').fill('6');
    await page.getByTestId('advanced-panel').getByTestId('parameter-remittanceGrowthRate').getByRole('textbox').press('Enter');
    await page.getByTestId('advanced-toggle').click();
    await save(page, LONG_NAME, words);
    await page.getByTestId('view-library').click();
    await page.getByTestId('library-card-Status quo plus').getByRole('checkbox', { name: words['library.compare'] }).check();
    await page.getByTestId(`library-card-${LONG_NAME}`).getByRole('checkbox', { name: words['library.compare'] }).check();

    // The open scenario, with the comparison on screen.
    await page.getByTestId('view-scenario').click();
    await page.keyboard.press('F5');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await checkAndShoot(page, screen.name, 'title');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('ArrowRight');
      const key = (await page.getByTestId('slide').getAttribute('data-key')) ?? '';
      if (seen.has(key)) break;
      seen.add(key);
      await checkAndShoot(page, screen.name, key.replace(':', '-'));
    }
    expect([...seen]).toEqual(expect.arrayContaining(['chart:remittancesUsd', 'chart:netFiscalUsd', 'comparison:migrantsRegular', 'closing:1']));

    // Predict, then reveal; and the lever strip where it is fullest (five levers move the fiscal balance).
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await checkAndShoot(page, screen.name, 'chart-hidden');
    await page.keyboard.press('r');
    for (const key of ['chart:remittancesUsd', 'chart:netFiscalUsd', 'comparison:migrantsRegular']) {
      while ((await page.getByTestId('slide').getAttribute('data-key')) !== key) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('l');
      await expect(page.getByTestId('lever-strip')).toBeVisible();
      await checkAndShoot(page, screen.name, `${key.replace(':', '-')}-levers`);
      await page.keyboard.press('l');
    }
    await page.keyboard.press('Escape');

    // Scenarios chosen in the library.
    await page.getByTestId('view-library').click();
    await page.getByTestId('library-present').click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await checkAndShoot(page, screen.name, 'saved-title');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await checkAndShoot(page, screen.name, 'saved-compare');
    await page.keyboard.press('End');
    await checkAndShoot(page, screen.name, 'saved-closing');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });
}
