// One output chart as a self-contained SVG image, for File-free sharing: PNG and SVG export and "Copy image".
// Drawn into the picture: title and place, the "driven by assumptions" badge, unit and 2030 figure, a legend of
// only what the chart draws, the axes and series (the screen's own path code and colours), the source line and
// the provenance line (scenario, fingerprint, baseline version, app). The bundled font comes embedded (fontCss),
// because an SVG drawn to a canvas, or opened on another machine, cannot load fonts from anywhere else.
// Pure: no DOM. Text widths come from `measure` (the page measures with the real font; tests estimate).
import type { ChartMarker } from '../../../compute/engine-types';
import type { ChartRow } from '../chart-rows';
import type { ChartMode } from '../chart-text';
import { BASELINE_DASH, COLORS } from '../chart-style';
import { extent, niceTicks } from '../nice-ticks';
import { bandPath, diamondPath, linearY, linePath, runs, type Scale } from '../series-paths';
import { drawsBand } from '../legend-items';

export type ChartImageMode = ChartMode;
export type FontWeight = 400 | 600;
/** Width in CSS pixels of `text` in the image's font at `size` px. */
export type MeasureText = (text: string, size: number, weight: FontWeight) => number;

export type LegendKind = 'scenario' | 'baseline' | 'band' | 'paper' | 'observed' | 'difference' | 'zero';
export type ChartImageLabels = Readonly<Record<LegendKind, string>>;

export interface ChartImageInput {
  /** "Remittances received — Colombia". */
  title: string;
  /** Shown beside the title for outputs driven by assumptions; null for none. */
  badge: string | null;
  /** "Unit: US dollars · 2030: USD 12.5 bn". */
  subtitle: string;
  mode: ChartImageMode;
  rows: readonly ChartRow[];
  markers: readonly ChartMarker[];
  formatTick(value: number): string;
  labels: ChartImageLabels;
  /** Lines under the chart, in order: the source line, then the provenance line. Each wraps to the width. */
  footer: readonly string[];
  /** @font-face rules with the font embedded as data: URLs ('' to rely on installed fonts). */
  fontCss: string;
  measure: MeasureText;
}

export interface ChartImage {
  /** Size in CSS pixels; a PNG at scale 2 has twice as many pixels each way. */
  width: number;
  height: number;
  /** Which legend entries were drawn, in order (what the chart draws, nothing else). */
  legend: readonly LegendKind[];
  /** Every text of the picture, in CSS pixels. */
  texts: readonly TextItem[];
  /**
   * The SVG document; `scale` sets its pixel size (the drawing itself is in CSS pixels). Without `text`, only the
   * shapes: the PNG draws the texts itself with the page's loaded font (an SVG image loads its fonts late).
   */
  svg(scale?: number, options?: { text?: boolean }): string;
}

export const IMAGE_WIDTH = 960;
export const FONT_FAMILY = "'Puente Sans', 'Noto Sans', sans-serif";
const PAD = 28;
const PLOT_HEIGHT = 340;
const INK = '#1b1b1b';
const INK_2 = '#4a4a4a';
const GRID = '#e4e4e4';
const AXIS = '#8a8a8a';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** Greedy wrap to `width` pixels of pieces joined by `glue`; a piece longer than a line stays whole. */
function wrapPieces(pieces: readonly string[], glue: string, width: number, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line ? `${line}${glue}${piece}` : piece;
    if (line && !fits(next)) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps text to `width` pixels, breaking first between " · " parts (so "exported 2026-03-04 09:15 UTC" stays on one
 * line), and between words only inside a part too long for a line.
 */
export function wrapText(text: string, width: number, size: number, weight: FontWeight, measure: MeasureText): string[] {
  const fits = (line: string) => measure(line, size, weight) <= width;
  return wrapPieces(text.split(' · '), ' · ', width, fits).flatMap((line) => (fits(line) ? [line] : wrapPieces(line.split(/ +/), ' ', width, fits)));
}

/** Year ticks: every second year from the first over up to twenty years (as on screen), else every fifth year. */
export function yearTicks(first: number, last: number): number[] {
  const ticks: number[] = [];
  if (last - first <= 20) for (let year = first; year <= last; year += 2) ticks.push(year);
  else for (let year = Math.ceil(first / 5) * 5; year <= last; year += 5) ticks.push(year);
  return ticks;
}

/** The legend entries of what this chart draws. */
export function legendFor(mode: ChartImageMode, rows: readonly ChartRow[], markers: readonly ChartMarker[]): LegendKind[] {
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? 0;
  const marked = (kind: ChartMarker['kind']) => markers.some((m) => m.kind === kind && m.year >= first && m.year <= last);
  if (mode === 'difference') {
    return [...(rows.some((r) => r.diff !== null) ? ['difference' as const] : []), 'zero', ...(drawsBand(rows, mode) ? ['band' as const] : [])];
  }
  const kinds: LegendKind[] = [];
  if (rows.some((r) => r.observed !== null)) kinds.push('observed');
  if (rows.some((r) => r.scenario !== null)) kinds.push('scenario');
  if (rows.some((r) => r.baseline !== null)) kinds.push('baseline');
  if (drawsBand(rows, mode)) kinds.push('band');
  if (marked('paper')) kinds.push('paper');
  return kinds;
}

/** A legend entry's symbol at (x, y), and how wide it is. */
function swatch(kind: LegendKind, x: number, y: number): [svg: string, width: number] {
  switch (kind) {
    case 'scenario':
    case 'difference':
      return [`<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${COLORS.scenario}" stroke-width="3"/>`, 22];
    case 'baseline':
    case 'zero':
      return [`<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${COLORS.baseline}" stroke-width="2" stroke-dasharray="${BASELINE_DASH}"/>`, 22];
    case 'band':
      return [`<rect x="${x}" y="${y - 6}" width="22" height="12" fill="${COLORS.band}" fill-opacity="0.2"/>`, 22];
    case 'paper':
      return [`<path d="${diamondPath(x + 6, y, 6)}" fill="${COLORS.paper}"/>`, 12];
    case 'observed':
      return [`<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${COLORS.observed}" stroke-width="2.5"/><circle cx="${x + 9}" cy="${y}" r="3.5" fill="${COLORS.observed}"/>`, 18];
  }
}

/** One run of text in the picture, on top of every shape (the SVG and the PNG's canvas draw the same list). */
export interface TextItem {
  x: number;
  /** Baseline. */
  y: number;
  content: string;
  size: number;
  weight: FontWeight;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
}

const textSvg = (t: TextItem): string =>
  `<text x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" font-size="${t.size}"${t.weight === 600 ? ' font-weight="600"' : ''}` +
  `${t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`} fill="${t.fill}">${escapeXml(t.content)}</text>`;

export function chartImage(input: ChartImageInput): ChartImage {
  const { rows, mode, measure } = input;
  const width = IMAGE_WIDTH;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  const texts: TextItem[] = [];
  const text = (x: number, ty: number, content: string, size: number, fill: string, weight: FontWeight = 400, anchor: TextItem['anchor'] = 'start'): void =>
    void texts.push({ x, y: ty, content, size, weight, fill, anchor });
  let y = PAD;

  // Title (wrapped), then the badge on the title's last line when it fits, otherwise under it.
  const titleLines = wrapText(input.title, inner, 22, 600, measure);
  titleLines.forEach((line, i) => text(PAD, y + 22 + i * 30, line, 22, INK, 600));
  y += 22 + (titleLines.length - 1) * 30;
  if (input.badge) {
    const badgeWidth = measure(input.badge, 13, 400) + 14;
    const after = measure(titleLines.at(-1) ?? '', 22, 600) + 14;
    const [bx, by] = PAD + after + badgeWidth <= width - PAD ? [PAD + after, y - 17] : [PAD, (y += 28) - 17];
    parts.push(`<rect x="${bx.toFixed(1)}" y="${by}" width="${badgeWidth.toFixed(1)}" height="22" rx="3" fill="#fbeadf"/>`);
    text(bx + 7, by + 16, input.badge, 13, '#8a3600');
  }
  y += 12;
  for (const line of wrapText(input.subtitle, inner, 14, 400, measure)) {
    y += 20;
    text(PAD, y, line, 14, INK_2);
  }

  // Legend: swatch and label per entry, wrapping onto more lines when needed.
  const legend = legendFor(mode, rows, input.markers);
  y += 14;
  let lx = PAD;
  let ly = y + 10;
  for (const kind of legend) {
    const label = input.labels[kind];
    const symbolWidth = swatch(kind, 0, 0)[1];
    const itemWidth = symbolWidth + 7 + measure(label, 13, 400) + 20;
    if (lx > PAD && lx + itemWidth > width - PAD) {
      lx = PAD;
      ly += 22;
    }
    parts.push(swatch(kind, lx, ly)[0]);
    text(lx + symbolWidth + 7, ly + 4.5, label, 13, INK);
    lx += itemWidth;
  }
  y = ly + 18;

  // Axes: nice round y ticks over everything drawn (zero included), every other year on x.
  const values: (number | null)[] = [];
  for (const r of rows) {
    if (mode === 'levels') values.push(r.scenario, r.baseline, r.observed, r.band?.[0] ?? null, r.band?.[1] ?? null);
    else values.push(r.diff, r.diffBand?.[0] ?? null, r.diffBand?.[1] ?? null);
  }
  if (mode === 'levels') for (const m of input.markers) values.push(m.value);
  const [lo, hi] = extent(values, true);
  const axis = niceTicks(lo, hi, 6);
  const tickLabels = axis.ticks.map((v) => input.formatTick(v));
  const labelWidth = Math.max(...tickLabels.map((l) => measure(l, 13, 400)), 10);
  const plotLeft = PAD + labelWidth + 10;
  const plotRight = width - PAD - 10;
  const plotTop = y + 8;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? first + 1;
  const x: Scale = (year) => plotLeft + ((year - first) / (last - first || 1)) * (plotRight - plotLeft);
  const yScale = linearY(axis.domain, plotTop, PLOT_HEIGHT);

  axis.ticks.forEach((tick, i) => {
    const ty = yScale(tick) ?? plotBottom;
    parts.push(`<line x1="${plotLeft}" y1="${ty.toFixed(1)}" x2="${plotRight}" y2="${ty.toFixed(1)}" stroke="${GRID}" stroke-width="1"/>`);
    text(plotLeft - 8, ty + 4.5, tickLabels[i] ?? '', 13, INK_2, 400, 'end');
  });
  for (const year of yearTicks(first, last)) {
    const tx = x(year) ?? plotLeft;
    parts.push(`<line x1="${tx.toFixed(1)}" y1="${plotBottom}" x2="${tx.toFixed(1)}" y2="${plotBottom + 5}" stroke="${AXIS}"/>`);
    text(tx, plotBottom + 21, String(year), 13, INK_2, 400, 'middle');
  }
  parts.push(`<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${plotBottom}" stroke="${AXIS}"/>`);
  parts.push(`<line x1="${plotLeft}" y1="${plotBottom}" x2="${plotRight}" y2="${plotBottom}" stroke="${AXIS}"/>`);
  const zero = yScale(0);
  if (zero !== undefined && (mode === 'difference' || axis.domain[0] < 0)) {
    const dash = mode === 'difference' ? ` stroke-dasharray="${BASELINE_DASH}" stroke-width="2"` : '';
    parts.push(`<line x1="${plotLeft}" y1="${zero.toFixed(1)}" x2="${plotRight}" y2="${zero.toFixed(1)}" stroke="${mode === 'difference' ? COLORS.baseline : COLORS.zero}"${dash}/>`);
  }

  // Series, in the screen's order: band, baseline, scenario, then the points on top.
  const levels = mode === 'levels';
  const band = drawsBand(rows, mode) ? bandPath(rows, x, yScale, (r) => (levels ? r.band : r.diffBand)) : null;
  if (band) parts.push(`<path d="${band}" fill="${COLORS.band}" fill-opacity="0.14" stroke="none"/>`);
  if (levels) {
    for (const points of runs(rows, x, yScale, (r) => r.baseline)) {
      parts.push(`<path d="${linePath(points)}" fill="none" stroke="${COLORS.baseline}" stroke-width="2" stroke-dasharray="${BASELINE_DASH}"/>`);
    }
  }
  for (const points of runs(rows, x, yScale, (r) => (levels ? r.scenario : r.diff))) {
    parts.push(`<path d="${linePath(points)}" fill="none" stroke="${COLORS.scenario}" stroke-width="2.5" stroke-linejoin="round"/>`);
  }
  if (levels) {
    // The observed history: a solid dark line with dots, as on screen.
    for (const points of runs(rows, x, yScale, (r) => r.observed)) {
      parts.push(`<path d="${linePath(points)}" fill="none" stroke="${COLORS.observed}" stroke-width="2.5" stroke-linejoin="round"/>`);
      for (const [px, py] of points) parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="${COLORS.observed}"/>`);
    }
    for (const m of input.markers) {
      if (m.year < first || m.year > last) continue;
      const [px, py] = [x(m.year) ?? 0, yScale(m.value) ?? 0];
      parts.push(`<path d="${diamondPath(px, py, 6)}" fill="${COLORS.paper}" stroke="#ffffff" stroke-width="1"/>`);
    }
  }

  // Footer: the source line, then the provenance line under a thin rule.
  y = plotBottom + 34;
  input.footer.forEach((line, i) => {
    if (i > 0) {
      y += 8;
      parts.push(`<line x1="${PAD}" y1="${y}" x2="${width - PAD}" y2="${y}" stroke="${GRID}"/>`);
      y += 4;
    }
    for (const wrapped of wrapText(line, inner, 13, 400, measure)) {
      y += 18;
      text(PAD, y, wrapped, 13, i === 0 ? INK : INK_2);
    }
  });
  const height = Math.ceil(y + PAD - 6);

  const description = [input.subtitle, ...input.footer].join(' ');
  const shapes = parts.join('');
  const words = texts.map(textSvg).join('');
  return {
    width,
    height,
    legend,
    texts,
    svg: (scale = 1, options = {}) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${escapeXml(FONT_FAMILY)}" role="img" aria-label="${escapeXml(input.title)}">` +
      `<title>${escapeXml(input.title)}</title><desc>${escapeXml(description)}</desc>` +
      (input.fontCss && options.text !== false ? `<defs><style>${input.fontCss}</style></defs>` : '') +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>${shapes}${options.text === false ? '' : words}</svg>`,
  };
}

/** Advance widths of Noto Sans, roughly, for measuring without a page (tests, and a fallback). */
export const estimateText: MeasureText = (value, size, weight) => {
  let em = 0;
  for (const ch of value) {
    if (' .,:;\'|!()[]ijlIft'.includes(ch)) em += 0.3;
    else if ('mwMW—'.includes(ch)) em += 0.88;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[0-9]/.test(ch)) em += 0.572;
    else em += 0.56;
  }
  return em * size * (weight === 600 ? 1.05 : 1);
};
