// Report bench (npm run bench): the browser's start on its own, then the time to a 6-page scenario PDF with the
// browser already running (target under 1.5 s), the way the command line prints it (cli/report.ts). The fixture
// (cheaper remittances, Colombia, A4 portrait) prints six pages; the line says so if that ever changes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../cli/browser';
import { cliText } from '../../cli/messages';
import { DIST_DIR, openChromiumRenderer, REPO_DIR } from '../../cli/report';
import { ensureCurrentView, viewIo } from '../../cli/report-view';
import { parseScenarioText, SCENARIO_RULES } from '../../shared/scenario';
import type { PrintJob } from '../../shared/print/print-job';

const RUNS = 5;
const TARGET_MS = 1500;
const TARGET_PAGES = 6;
const FIXTURE = fileURLToPath(new URL('../fixtures/reports/cheaper-remittances.puente.json', import.meta.url));

const pages = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const text = cliText('en');

export async function runReportBench(): Promise<void> {
  const found = findBrowser(text, { ...process.env, PUENTE_CHROMIUM: process.env.PUENTE_CHROMIUM ?? '/usr/bin/chromium' });
  if (!found.ok || found.browser.kind !== 'chromium') {
    console.log(`report: skipped (${found.ok ? 'only Electron found' : found.message})`);
    return;
  }
  // Time the report view of the sources as they are, as the command line would (rebuilt when they changed).
  const build = () => spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: REPO_DIR, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  const refused = await ensureCurrentView(viewIo(REPO_DIR, DIST_DIR, build, (line) => console.log(`report: ${line}`)), text);
  if (refused) {
    console.log(`report: skipped (${refused})`);
    return;
  }
  const parsed = parseScenarioText(readFileSync(FIXTURE, 'utf8'), SCENARIO_RULES);
  if (!parsed.ok) throw new Error(parsed.message);
  const job: PrintJob = {
    kind: 'scenario',
    documents: [parsed.value],
    region: 'COL',
    page: { paper: 'a4', landscape: false },
    generatedAt: new Date().toISOString(),
    appVersion: 'bench',
  };
  const t0 = performance.now();
  const renderer = await openChromiumRenderer(found.browser.path, text);
  const startMs = performance.now() - t0;
  const times: number[] = [];
  let pageCount = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const pdf = await renderer.render(job);
      times.push(performance.now() - t);
      if (!pdf.ok) throw new Error(pdf.message);
      pageCount = pages(pdf.value);
    }
  } finally {
    await renderer.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const verdict = median < TARGET_MS ? 'met' : 'NOT met';
  const size = pageCount === TARGET_PAGES ? '' : ` — the fixture printed ${pageCount} pages, not the ${TARGET_PAGES} the target is set for`;
  console.log(
    `report: browser start ${startMs.toFixed(0)} ms (not in the target); ${pageCount}-page scenario PDF ${median.toFixed(0)} ms median, ` +
      `${(times.at(-1) ?? NaN).toFixed(0)} ms worst of ${RUNS} (target < ${TARGET_MS} ms: ${verdict})${size}`,
  );
}
