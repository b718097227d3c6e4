// Prints reports with the same print view the desktop app prints from (renderer/print, index.html#/print), in a
// headless browser. Chromium (or Chrome, Edge) is driven with playwright-core; the built renderer (dist/) is
// served from memory under a private origin with the app's Content-Security-Policy, so no port is opened. The
// Electron binary, where installed, prints with the desktop app's own hidden window (electron/main.ts).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cspJson from '../shared/host/content-security-policy.json';
import { playwrightPdfOptions } from '../shared/print/pdf-options';
import type { PrintJob } from '../shared/print/print-job';
import { err, ok, type Result } from '../shared/result';
import type { Browser } from './browser';
import type { CliText } from './messages';

export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(REPO_DIR, 'dist');
const ORIGIN = 'http://puente.print';
const READY_TIMEOUT_MS = 30_000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
};

export interface PdfRenderer {
  render(job: PrintJob): Promise<Result<Uint8Array, 'render'>>;
  close(): Promise<void>;
}

/** A renderer whose failures are said in the words of `text` (the command line's language). */
export async function openChromiumRenderer(executablePath: string, text: CliText, dist = DIST_DIR): Promise<PdfRenderer> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const csp = cspJson.directives.join('; ');
  // One context for every report: the routes are set up once, each report gets a fresh page.
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 }, locale: 'en-US' });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const pathname = new URL(route.request().url()).pathname;
    const file = path.resolve(dist, `.${path.posix.normalize(pathname === '/' ? '/index.html' : pathname)}`);
    if (path.relative(dist, file).startsWith('..')) return route.fulfill({ status: 403, body: 'Forbidden' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp } });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  // Nothing else may be fetched: the report is built offline from what the scenario and the bundle hold.
  await context.route((url) => !url.href.startsWith(ORIGIN), (route) => route.abort());
  return {
    async render(job) {
      const page = await context.newPage();
      try {
        await page.addInitScript((value) => {
          (globalThis as unknown as { __puentePrintJob: unknown }).__puentePrintJob = value;
        }, job as unknown);
        await page.goto(`${ORIGIN}/index.html#/print`);
        await page.waitForSelector('html[data-print-ready]', { timeout: READY_TIMEOUT_MS, state: 'attached' });
        const state = await page.evaluate(() => {
          const html = (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string | undefined> } } }).document.documentElement;
          return { ready: html.dataset.printReady, error: html.dataset.printError };
        });
        if (state.ready !== 'ok') return err('render', text('cli.print.notLaidOut', { reason: state.error ?? String(state.ready) }));
        return ok(new Uint8Array(await page.pdf(playwrightPdfOptions(job.page) as Parameters<typeof page.pdf>[0])));
      } catch (e) {
        return err('render', text('cli.print.browserFailed', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }));
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    close: () => browser.close(),
  };
}

/** The last line a print launch wrote on its standard error (services/print-run.ts writes one on failure). */
const lastLine = (text: string): string => text.trim().split('\n').at(-1)?.replace(/^puente-print:\s*/, '') ?? '';

/**
 * The desktop app prints in its own hidden window: `electron <app> --puente-print=job.json --puente-print-out=out.pdf`
 * (electron/services/print-run.ts), beside a Puente the user may have open. Success is a PDF in the output file,
 * not only an exit code.
 */
export function openElectronRenderer(electronPath: string, text: CliText, appDir = REPO_DIR): PdfRenderer {
  return {
    async render(job) {
      const dir = await mkdtemp(path.join(tmpdir(), 'puente-print-'));
      try {
        const jobFile = path.join(dir, 'job.json');
        const outFile = path.join(dir, 'report.pdf');
        await writeFile(jobFile, JSON.stringify(job));
        let stderr = '';
        const code = await new Promise<number | null>((resolve) => {
          const child = spawn(electronPath, [appDir, `--puente-print=${jobFile}`, `--puente-print-out=${outFile}`], { stdio: ['ignore', 'ignore', 'pipe'] });
          child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-4000)));
          child.on('error', () => resolve(null));
          child.on('exit', resolve);
        });
        const pdf = await readFile(outFile).catch(() => null);
        if (code === 0 && pdf !== null) return ok(new Uint8Array(pdf));
        const why = lastLine(stderr);
        return err('render', text('cli.print.desktopFailed', { reason: why || text('cli.print.exitCode', { code: String(code) }) }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    close: async () => undefined,
  };
}

export function openRenderer(browser: Browser, text: CliText): Promise<PdfRenderer> {
  return browser.kind === 'electron' ? Promise.resolve(openElectronRenderer(browser.path, text)) : openChromiumRenderer(browser.path, text);
}
