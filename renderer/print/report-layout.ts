// Chart sizes on the printed page, from the paper and orientation: one chart per row in portrait, two in
// landscape, each filling its share of the text width between the margins.
import { MARGIN_MM, pageSizeMm } from '../../shared/print/pdf-options';
import type { PageSpec } from '../../shared/print/print-job';

const PX_PER_MM = 96 / 25.4;
/** Border and padding of a chart's frame, and the gap between two charts, in CSS pixels (report.css). */
const FRAME_PX = 20;
const GAP_PX = 14;

export function chartSize(page: PageSpec): { width: number; height: number } {
  const textWidth = (pageSizeMm(page).width - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM;
  const columns = page.landscape ? 2 : 1;
  const width = Math.floor((textWidth - GAP_PX * (columns - 1)) / columns - FRAME_PX);
  // Two charts a row in landscape and two rows a page (a comparison's legend of four names included); portrait
  // stacks two a page.
  return { width, height: page.landscape ? 215 : 330 };
}
