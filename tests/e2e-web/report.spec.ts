// The PDF report: produced through the command line with Debian chromium, read back with poppler (pdfinfo,
// pdffonts, pdftotext), every page saved as a PNG under test-results/report/ to be looked at; and the same
// report printed from a browser tab through the print dialog.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { outputDefs } from '../../shared/model';
import { parseScenarioText, SCENARIO_RULES, type ScenarioDocument } from '../../shared/scenario';
import { computedFingerprint } from '../../shared/export/provenance';
import { createEngine } from '../../renderer/compute/engine';
import { comparedCharts, plainSource } from '../../renderer/print/report-content';
import { expect, settledText, test } from './fixtures';
import { cellsInOrder, layoutLines, nextRowHolds, pageCount, pageLines, pageSize, pdfFonts, pdfText, poppler, rowHolds, rowIndex } from './pdf-read';

const OUT = path.resolve('test-results/report');
const FIXTURES = path.resolve('tests/fixtures/reports');
const REGULARISE = path.join(FIXTURES, 'regularise-colombia.puente.json');
const REMITTANCES = path.join(FIXTURES, 'cheaper-remittances.puente.json');
const SDG = path.resolve('tests/fixtures/scenarios/v1-sdg-by-2030.puente.json');

interface Run { code: number | null; stdout: string; stderr: string }
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', 'cli/main.ts', ...args], { env: { ...process.env, PUENTE_CHROMIUM: '/usr/bin/chromium', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
const scenario = (file: string) => {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/** Saves every page of a PDF as a PNG in test-results/report/ (named after the PDF). */
function pictures(file: string): string[] {
  const stem = path.basename(file, '.pdf');
  poppler('pdftoppm', '-png', '-r', '80', file, path.join(OUT, stem));
  return readdirSync(OUT).filter((f) => f.startsWith(`${stem}-`) && /^-\d+\.png$/.test(f.slice(stem.length)));
}

/** A key-figure card as the screen shows it: its label, the 2030 change, the 2035 change and the total since 2019. */
interface Card { label: string; in2030: string; in2035: string; total: string; range: string }

/** The screen's key-figure cards for a scenario file and a place, as the user reads them. */
async function screenCards(page: Page, file: string, region: string): Promise<Card[]> {
  await page.goto('/?host=memory');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  await page.evaluate(
    ([name, text]) => (globalThis as unknown as { __memoryHost: { queueImport(n: string, t: string): void } }).__memoryHost.queueImport(name, text),
    [path.basename(file), readFileSync(file, 'utf8')] as const,
  );
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-import').click();
  await expect(page.getByTestId('scenario-name')).toContainText(scenario(file).name);
  await page.getByTestId('region-select').selectOption(region);
  // The cards, once the place's projection is on screen (a scenario that changes nothing there shows none).
  await expect(page.locator('.cards__list > li.card').first()).toBeVisible();
  await settledText(page.getByTestId('key-figures'));
  const cards: Card[] = [];
  for (const card of await page.locator('.cards__list > li.card').all()) {
    const text = async (selector: string) => ((await card.locator(selector).textContent()) ?? '').trim();
    cards.push({
      label: (await text('.card__label')).replace(/, 2030$/, ''),
      in2030: await text('.card__value'),
      in2035: (await text('.card__horizon')).replace(/^2035: /, ''),
      total: await text('.card__cumulative-value'),
      range: (await card.locator('.card__range').count()) ? await text('.card__range') : '',
    });
  }
  return cards;
}

const engine = createEngine();
/** A chart's source line as printed: plain words for Puente's own files, white space as pdfText leaves it. */
const sourceLine = (id: string) => plainSource(outputDefs().find((o) => o.id === id)?.source ?? '?', engine).replace(/\s+/g, ' ');

/** Every font in the PDF is one Puente bundles (Noto Sans, Noto Sans Mono, Noto Sans Math) and is embedded. */
function expectBundledFontsEmbedded(file: string): void {
  const fonts = pdfFonts(file);
  expect(fonts.map((f) => f.name)).toContain('NotoSans-Regular');
  for (const font of fonts) {
    expect(font.name, 'a font Puente does not bundle').toMatch(/^NotoSans(Mono|Math)?-/);
    expect(font.embedded, `${font.name} is not embedded`).toBe(true);
  }
}

/** Every page carries "Page p of N", with N the real page count. */
function expectPageNumbers(file: string, pages: number): void {
  const text = pdfText(file);
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
  expect(text).not.toContain(`Page ${pages + 1} of`);
}

test.describe('PDF report', () => {
  test.beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
  });

  test('a scenario report: A4, the font embedded, name, fingerprint, every change with both values, the cards’ figures, sources and page numbers', async ({ page }) => {
    const file = path.join(OUT, 'scenario.pdf');
    const run = await cli(['report', REGULARISE, '--out', file, '--country', 'COL']);
    expect(run.code, run.stderr).toBe(0);
    const pages = pageCount(file);
    // Title and tables, four charts, the equations, the parameters and the sources: no page is left nearly empty
    // (review finding 9), whatever the count.
    expect(pages).toBeGreaterThanOrEqual(6);
    for (let p = 1; p <= pages; p++) expect(pageLines(file, p), `page ${p} of ${pages}`).toBeGreaterThanOrEqual(8);
    expect(pageSize(file)).toEqual([594.96, 841.92]);
    // The bundled fonts, embedded (as subsets), so accents print the same on every machine.
    expectBundledFontsEmbedded(file);

    const doc = scenario(REGULARISE);
    const text = pdfText(file);
    const lines = layoutLines(file);
    expect(text).toContain(doc.name);
    expect(text).toContain(doc.author);
    expect(text).toContain(computedFingerprint(doc));
    // Every changed assumption, with its baseline and its scenario value (shares shown as per cent), in its row.
    expect(rowHolds(lines, 'Regularisation rate', ['All', '0 % per year', '60 % per year'])).toBe(true);
    expect(rowHolds(lines, 'Processing capacity', ['All', '30 % of 2019 stock', '60 % of 2019 stock'])).toBe(true);
    expect(rowHolds(lines, 'Absorption capacity', ['All', 'Medium', 'High'])).toBe(true);
    expect(rowHolds(lines, 'Administrative cost per permit', ['All', '50 USD per permit', '120 USD per permit'])).toBe(true);
    // The key-figure table: one row per card of the screen, each with the card's three figures in their columns.
    const cards = await screenCards(page, REGULARISE, 'COL');
    expect(cards).toHaveLength(7);
    const table = rowIndex(lines, 'Key figures for Colombia');
    expect(table).toBeGreaterThanOrEqual(0);
    for (const card of cards) expect(rowHolds(lines, card.label, [card.in2030, card.in2035, card.total], table), card.label).toBe(true);
    // Each change's low–high range, as under the card's figure, and the summary gives each change with its range.
    expect(cards.filter((c) => / to /.test(c.range)).length).toBeGreaterThan(0);
    for (const card of cards) if (card.range) expect(text.replace(/\s+/g, ' '), card.label).toContain(card.range);
    expect(text.replace(/\s+/g, ' ')).toMatch(/Against the baseline, for Colombia in 2030 it projects: .*?\(range [^)]+ to [^)]+\)/);
    // Each chart's source line, under the chart, in the words the report uses for Puente's own files.
    for (const id of doc.view.charts) expect(text.includes(`Source: ${sourceLine(id)}`), id).toBe(true);
    expectPageNumbers(file, pages);
    // Text stays text: the equations are searchable, not pictures.
    expect(text).toContain('RFb_t');
    expect(pictures(file)).toHaveLength(pages);
  });

  test('report --lang es: the same report in Spanish, with the model’s Spanish words and Latin American digits', async () => {
    const file = path.join(OUT, 'scenario-es.pdf');
    const run = await cli(['report', REGULARISE, '--out', file, '--country', 'COL', '--lang', 'es']);
    expect(run.code, run.stderr).toBe(0);
    const pages = pageCount(file);
    const text = pdfText(file);
    expect(text).toContain('Resumen');
    expect(text).toContain('Tasa de regularización');
    expect(text).toContain(computedFingerprint(scenario(REGULARISE)));
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Página ${p} de ${pages}`);
    expect(text).not.toContain('Page 1 of');
    expect(text).not.toMatch(/\d bn\b/);
    // The methodology's Spanish edition, not the English one.
    for (const heading of ['Anclaje', 'Módulo A: costos de las remesas', 'Módulo B: regularización', 'Módulo C: absorción']) expect(text).toContain(heading);
    expect(text).not.toContain('Module A: remittance costs');
    expect(text).not.toContain('Anchoring');
    // Units read as Spanish: a year bare, a count by its plural, a percentage as the screen writes it.
    expect(text).not.toMatch(/\d{4} año\b/);
    expect(text).not.toMatch(/\b1 años\b/);
    expect(text).toContain('Tasa de regularización: 60 % por año (base: 0 % por año)');
    expect(text).toContain('Autor(a): Ministerio');
    expect(pictures(file)).toHaveLength(pages);
  });

  test('report --lang fr: French spacing before a colon and a percent sign, the English methodology under a note that says so', async () => {
    const file = path.join(OUT, 'scenario-fr.pdf');
    const run = await cli(['report', REGULARISE, '--out', file, '--country', 'COL', '--lang', 'fr']);
    expect(run.code, run.stderr).toBe(0);
    const text = pdfText(file);
    // pdfText reads every kind of space as one: "Auteur : " is the no-break space before the colon.
    expect(text).toContain('Auteur : Ministerio');
    expect(text).not.toMatch(/Auteur:/);
    expect(text).toContain('60 % par an');
    expect(text).not.toMatch(/\d{4} année\b/);
    expect(text).toContain('La méthodologie est rédigée en anglais et en espagnol ; voici la version anglaise.');
    expect(text).toContain('Module A: remittance costs');
    expect(pictures(file).length).toBeGreaterThan(0);
  });

  test('a comparison report: Letter landscape, fonts embedded, every scenario with its fingerprint, its changes, its key figures and the sources', async ({ page }) => {
    const files = [REGULARISE, REMITTANCES, SDG];
    const file = path.join(OUT, 'comparison.pdf');
    const run = await cli(['report', ...files, '--out', file, '--paper', 'letter', '--landscape', '--country', 'HTI']);
    expect(run.code, run.stderr).toBe(0);
    expect(pageSize(file)).toEqual([792, 612]);
    expectBundledFontsEmbedded(file);
    const text = pdfText(file);
    const lines = layoutLines(file);
    const docs = files.map(scenario);
    for (const doc of docs) {
      expect(text).toContain(doc.name);
      expect(text).toContain(computedFingerprint(doc));
    }
    // What differs: each scenario's changes in its own column (A regularise, B remittances, C SDG), after the baseline.
    expect(text).toContain('What differs');
    expect(rowHolds(lines, 'Regularisation rate', ['0 % per year', '60 % per year', 'as baseline', '25 % per year'])).toBe(true);
    expect(rowHolds(lines, 'Processing capacity', ['30 % of 2019 stock', '60 % of 2019 stock', 'as baseline', 'as baseline'])).toBe(true);
    expect(rowHolds(lines, 'Administrative cost per permit', ['50 USD per permit', '120 USD per permit', 'as baseline', 'as baseline'])).toBe(true);
    expect(rowHolds(lines, 'Remittance cost cap', ['as baseline', '3 % of USD 200', '3 % of USD 200'])).toBe(true);
    expect(rowHolds(lines, 'Colombia: Regularisation rate', ['0 % per year', 'as baseline', 'as baseline', '50 % per year'])).toBe(true);
    expect(lines[rowIndex(lines, 'Year the cap is reached')]).toMatch(/as baseline\s{2,}2027\b/);
    // The results: every key figure of every scenario as its screen cards print it, 2030 and the total since 2019
    // (Haiti, where every one of the three changes something, so each screen shows its cards).
    const cards = [];
    for (const f of files) cards.push(await screenCards(page, f, 'HTI'));
    const [first] = cards;
    expect(first).toHaveLength(7);
    const results = rowIndex(lines, 'RESULTS: CHANGE AGAINST THE BASELINE');
    expect(results).toBeGreaterThanOrEqual(0);
    for (const [k, card] of (first ?? []).entries()) {
      const row = rowIndex(lines, `${card.label}, 2030`, results);
      expect(row, card.label).toBeGreaterThan(results);
      expect(cellsInOrder(lines[row] ?? '', ['0', ...cards.map((c) => c[k]?.in2030 ?? '?')]), `${card.label}: ${lines[row]}`).toBe(true);
      expect(nextRowHolds(lines, 'in 2019–2035', ['0', ...cards.map((c) => c[k]?.total ?? '?')], row + 1), `${card.label}, in 2019–2035`).toBe(true);
    }
    // The source line of every chart drawn, whichever scenario's view it comes from.
    const charts = comparedCharts(docs, outputDefs());
    expect(charts.length).toBeGreaterThan(docs[0]?.view.charts.length ?? 0);
    for (const def of charts) expect(text.includes(`Source: ${sourceLine(def.id)}`), def.id).toBe(true);
    const pages = pageCount(file);
    expectPageNumbers(file, pages);
    expect(pictures(file)).toHaveLength(pages);
  });

  test('a comparison of four long-named scenarios keeps every scenario’s column on the page', async () => {
    const base = scenario(REGULARISE);
    const names = [
      'Propuesta del Ministerio de Relaciones Exteriores: regularización acelerada',
      'Propuesta de la Cancillería con capacidad de trámite ampliada al 80 %',
      'Escenario conservador de Migración Colombia con absorción media',
      'Alternativa del Departamento Nacional de Planeación para 2030',
    ];
    const rates = [0.6, 0.45, 0.3, 0.75];
    const files = names.map((name, k) => {
      const doc: ScenarioDocument = { ...base, name, levers: { ...base.levers, regularisationRatePerYear: rates[k] } };
      const f = path.join(OUT, `long-${k}.puente.json`);
      writeFileSync(f, JSON.stringify(doc));
      return f;
    });
    const file = path.join(OUT, 'comparison-four.pdf');
    const run = await cli(['report', ...files, '--out', file, '--country', 'SAM']);
    expect(run.code, run.stderr).toBe(0);
    const text = pdfText(file);
    const lines = layoutLines(file);
    // The key names each scenario in full; the table's columns carry their letters.
    for (const name of names) expect(text).toContain(name);
    expect(lines.some((line) => cellsInOrder(line, ['Baseline', 'A', 'B', 'C', 'D']))).toBe(true);
    expect(rowHolds(lines, 'Regularisation rate', ['0 % per year', '60 % per year', '45 % per year', '30 % per year', '75 % per year'])).toBe(true);
    // A result for each of the four scenarios, not only the first one or two.
    expect(lines[rowIndex(lines, 'Migrants with regular status, 2030')]).toMatch(/\s0(\s{2,}\+[\d.]+[km]? people){4}\s*$/);
    expect(pictures(file)).toHaveLength(pageCount(file));
  });

  test('one PDF per country from a shell loop: each says which place it is about', async () => {
    for (const country of ['GTM', 'MEX']) {
      const file = path.join(OUT, `loop-${country}.pdf`);
      const run = await cli(['report', REMITTANCES, '--out', file, '--country', country, '--paper', 'letter']);
      expect(run.code, run.stderr).toBe(0);
      expect(pdfText(file)).toContain(`Charts for ${country === 'GTM' ? 'Guatemala' : 'Mexico'}`);
    }
  });

  test.describe('bad input follows the project contract: exit 2, one message, nothing written', () => {
    const target = path.join(OUT, 'never.pdf');
    for (const [label, args, message] of [
      ['a missing file', ['report', 'no-such.puente.json', '--out', target], /"no-such\.puente\.json": There is no such file/],
      ['an unknown place', ['report', path.resolve('tests/fixtures/scenarios/v1-baseline.puente.json'), '--out', target, '--country', 'XYZ'], /--country "XYZ" is not a country code/],
      ['five scenarios', ['report', SDG, SDG, SDG, SDG, SDG, '--out', target], /or 2 to 4 \(a comparison report\); got 5/],
      ['no --out', ['report', SDG], /needs --out/],
      ['a folder as --out', ['report', SDG, '--out', OUT], /is a folder/],
      ['an unknown paper', ['report', SDG, '--out', target, '--paper', 'a3'], /--paper must be/],
    ] as const) {
      test(label, async () => {
        const run = await cli([...args]);
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')[0]).toMatch(message);
        expect(run.stdout).toBe('');
        expect(existsSync(target)).toBe(false);
      });
    }

    test('an invalid scenario file names the lever in words, with its limits and what the file says', async () => {
      const bad = path.join(OUT, 'bad.puente.json');
      writeFileSync(bad, JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { regularisationRatePerYear: 1.4 } }));
      const run = await cli(['report', bad, '--out', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Regularisation rate must be between 0 and 100 % per year (the file says 140 % per year)');
      expect(existsSync(target)).toBe(false);
    });
  });

  test('without a browser it says so in one line and exits 1', async () => {
    const run = await cli(['report', SDG, '--out', path.join(OUT, 'none.pdf')], { PUENTE_CHROMIUM: '/nonexistent/chromium' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/PUENTE_CHROMIUM/);
  });
});

test.describe('PDF report from a browser tab', () => {
  test('Export PDF (Ctrl+P) asks for place and paper, then prints the report of the scenario on screen through the print dialog', async ({ app: page }) => {
    await page.evaluate(() => {
      const w = globalThis as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => {
        w.__printed += 1;
      };
    });
    const field = page.getByTestId('lever-regularisationRatePerYear').getByRole('textbox');
    await field.fill('45');
    await field.press('Enter');
    await page.keyboard.press('Control+p');
    const dialog = page.getByTestId('report-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('report-place').selectOption('PER');
    await dialog.getByLabel('Letter').check();
    await dialog.getByTestId('report-export').click();
    const report = page.getByTestId('print-root').getByTestId('report');
    await expect(report).toContainText('Charts for Peru');
    await expect(report).toContainText('45 % per year');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __printed: number }).__printed)).toBe(1);
    // The page rule asks the browser for Letter paper.
    expect(await page.locator('.print-root style').textContent()).toContain('215.9mm 279.4mm');
    await page.evaluate(() => (globalThis as unknown as { dispatchEvent(e: unknown): void; Event: new (t: string) => unknown }).dispatchEvent(new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('afterprint')));
    await expect(page.getByTestId('print-root')).toHaveCount(0);
  });

  test('Escape cancels the report dialog and prints nothing', async ({ app: page }) => {
    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-export-pdf').click();
    await expect(page.getByTestId('report-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('report-dialog')).toHaveCount(0);
    await expect(page.getByTestId('print-root')).toHaveCount(0);
  });
});
