// The PDF report: produced through the command line with Debian chromium, read back with poppler (pdfinfo,
// pdffonts, pdftotext), every page saved as a PNG under test-results/report/ to be looked at; and the same
// report printed from a browser tab through the print dialog.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { outputDefs } from '../../shared/model';
import { parseScenarioText, SCENARIO_RULES } from '../../shared/scenario';
import { computedFingerprint } from '../../shared/export/provenance';
import { expect, test } from './fixtures';

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
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args).toString();
/** pdftotext with runs of white space as one space, so a value broken across lines still matches. */
const pdfText = (file: string) => poppler('pdftotext', file, '-').replace(/\s+/g, ' ');
/** The line of `pdftotext -layout` where a table row starts: the first word of its label and every value cell. */
const rowLine = (file: string, ...cells: string[]) => poppler('pdftotext', '-layout', file, '-').split('\n').find((line) => cells.every((c) => line.includes(c)));
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);
const pageSize = (file: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(poppler('pdfinfo', file))?.slice(1, 3).map(Number);
const scenario = (file: string) => {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

/** Saves every page of a PDF as a PNG in test-results/report/ (named after the PDF). */
function pictures(file: string): string[] {
  const stem = path.basename(file, '.pdf');
  poppler('pdftoppm', '-png', '-r', '80', file, path.join(OUT, stem));
  return readdirSync(OUT).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'));
}

/** The screen's key-figure cards for a scenario file and a place, as the user reads them. */
async function screenCards(page: Page, file: string, region: string): Promise<string[]> {
  await page.goto('/?host=memory');
  await expect(page.getByTestId('card-remittancesUsd-2030')).toBeVisible();
  await page.evaluate(
    ([name, text]) => (globalThis as unknown as { __memoryHost: { queueImport(n: string, t: string): void } }).__memoryHost.queueImport(name, text),
    [path.basename(file), readFileSync(file, 'utf8')] as const,
  );
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-import').click();
  await expect(page.getByTestId('scenario-name')).toContainText(scenario(file).name);
  await page.getByTestId('region-select').selectOption(region);
  const values: string[] = [];
  for (const card of await page.locator('[data-testid$="-2030"].card__value').all()) values.push((await card.textContent()) ?? '');
  for (const cum of await page.locator('.card__cumulative-value').all()) values.push((await cum.textContent()) ?? '');
  return values;
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
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pageSize(file)).toEqual([594.96, 841.92]);
    // The bundled Noto Sans is embedded (as a subset), so accents print the same on every machine.
    expect(poppler('pdffonts', file)).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);

    const doc = scenario(REGULARISE);
    const text = pdfText(file);
    expect(text).toContain(doc.name);
    expect(text).toContain(doc.author);
    expect(text).toContain(computedFingerprint(doc));
    // Every changed assumption, with its baseline and its scenario value (shares shown as per cent).
    expect(rowLine(file, 'Regularisation', 'All', '0 % per year', '60 % per year')).toBeDefined();
    expect(rowLine(file, 'Processing', 'All', '30 % of 2019 stock', '60 % of 2019 stock')).toBeDefined();
    expect(rowLine(file, 'Absorption', 'All', 'Medium', 'High')).toBeDefined();
    expect(rowLine(file, 'Administrative', 'All', '50 USD per permit', '120 USD per permit')).toBeDefined();
    // The key figures exactly as the screen's cards print them.
    for (const figure of await screenCards(page, REGULARISE, 'COL')) expect(text).toContain(figure);
    // Each chart's source line.
    for (const id of doc.view.charts) {
      const source = outputDefs().find((o) => o.id === id)?.source ?? '';
      expect(text).toContain(source.replace(/\s+/g, ' '));
    }
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
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
    expect(pictures(file)).toHaveLength(pages);
  });

  test('a comparison report: Letter landscape, every scenario with its fingerprint, the table of what differs', async () => {
    const file = path.join(OUT, 'comparison.pdf');
    const run = await cli(['report', REGULARISE, REMITTANCES, SDG, '--out', file, '--paper', 'letter', '--landscape', '--country', 'COL']);
    expect(run.code, run.stderr).toBe(0);
    expect(pageSize(file)).toEqual([792, 612]);
    const text = pdfText(file);
    for (const f of [REGULARISE, REMITTANCES, SDG]) {
      const doc = scenario(f);
      expect(text).toContain(doc.name);
      expect(text).toContain(computedFingerprint(doc));
    }
    expect(text).toContain('What differs');
    expect(rowLine(file, 'Remittance cost', '% of USD 200', 'as baseline', '3 % of USD 200')).toBeDefined();
    const pages = pageCount(file);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(pictures(file)).toHaveLength(pages);
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
      ['a missing file', ['report', 'no-such.puente.json', '--out', target], /"no-such\.puente\.json": no such file/],
      ['an unknown place', ['report', path.resolve('tests/fixtures/scenarios/v1-baseline.puente.json'), '--out', target, '--country', 'XYZ'], /--country "XYZ" is not a country code/],
      ['five scenarios', ['report', SDG, SDG, SDG, SDG, SDG, '--out', target], /two to 4/],
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

    test('an invalid scenario file names the field', async () => {
      const bad = path.join(OUT, 'bad.puente.json');
      writeFileSync(bad, JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, levers: { regularisationRatePerYear: 1.4 } }));
      const run = await cli(['report', bad, '--out', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/regularisationRatePerYear/);
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
