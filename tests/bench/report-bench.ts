// Report bench (npm run bench): the browser's start on its own, then the time to a 6-page scenario PDF with the
// browser already running (target under 1.5 s), the way the command line prints it (cli/report.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../cli/browser';
import { DIST_DIR, openChromiumRenderer, REPO_DIR } from '../../cli/report';
import { printViewState } from '../../scripts/view-stamp.mjs';
import { parseScenarioText, SCENARIO_RULES } from '../../shared/scenario';
import type { PrintJob } from '../../shared/print/print-job';

const RUNS = 5;
const FIXTURE = fileURLToPath(new URL('../fixtures/reports/regularise-colombia.puente.json', import.meta.url));

const pages = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

export async function runReportBench(): Promise<void> {
  const found = findBrowser({ ...process.env, PUENTE_CHROMIUM: process.env.PUENTE_CHROMIUM ?? '/usr/bin/chromium' });
  if (!found.ok || found.browser.kind !== 'chromium') {
    console.log(`report: skipped (${found.ok ? 'only Electron found' : found.message})`);
    return;
  }
  const view = await printViewState(REPO_DIR, DIST_DIR);
  if (view !== 'current') {
    console.log(`report: skipped (the report view in dist/ is ${view}; run npm run build first)`);
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
  const renderer = await openChromiumRenderer(found.browser.path);
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
  console.log(`report: browser start ${startMs.toFixed(0)} ms; ${pageCount}-page scenario PDF ${median.toFixed(0)} ms median, ${(times.at(-1) ?? NaN).toFixed(0)} ms worst of ${RUNS} (target < 1500 ms, browser start excluded)`);
}
