// When a report is laid out: the bundled fonts loaded and every chart drawn (Recharts draws its plot area a frame
// or two after mounting). The desktop host and the command line print only then. A chart that has still not drawn
// after MAX_FRAMES is a failure, reported as such: a report with an empty chart frame is never printed.

const MAX_FRAMES = 120;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const chartDrawn = (chart: Element) =>
  chart.querySelector('.series-layer, .compare-layer, .recharts-line-curve, .chart__empty') !== null;

export type ReportReadiness = { ok: true } | { ok: false; undrawn: number };

/** Resolves once fonts are loaded and every chart in `root` has drawn its series (or said it has no data). */
export async function whenReportReady(root: HTMLElement): Promise<ReportReadiness> {
  await document.fonts.ready;
  let undrawn = 0;
  for (let i = 0; i <= MAX_FRAMES; i++) {
    undrawn = [...root.querySelectorAll('figure.chart')].filter((chart) => !chartDrawn(chart)).length;
    if (undrawn === 0) break;
    if (i < MAX_FRAMES) await frame();
  }
  if (undrawn > 0) return { ok: false, undrawn };
  // Two more frames: layout and paint of what the last one drew; then any font that layout asked for (a Greek
  // symbol, an arrow) has loaded too.
  await frame();
  await frame();
  await document.fonts.ready;
  return { ok: true };
}
