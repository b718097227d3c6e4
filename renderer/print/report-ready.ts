// When a report is laid out: the bundled font loaded and every chart drawn (Recharts draws its plot area a frame or
// two after mounting). The desktop host and the command line print only then; they time out otherwise.

const MAX_FRAMES = 120;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

const chartDrawn = (chart: Element) =>
  chart.querySelector('.series-layer, .recharts-line-curve, .chart__empty') !== null;

/** Resolves once fonts are loaded and every chart in `root` has drawn its series (or said it has no data). */
export async function whenReportReady(root: HTMLElement): Promise<void> {
  await document.fonts.ready;
  for (let i = 0; i < MAX_FRAMES; i++) {
    const charts = [...root.querySelectorAll('figure.chart')];
    if (charts.every(chartDrawn)) break;
    await frame();
  }
  // Two more frames: layout and paint of what the last one drew.
  await frame();
  await frame();
}
