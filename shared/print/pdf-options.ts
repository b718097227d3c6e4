// The page of a report, in one place: the print view's CSS @page rule, Electron's printToPDF and Playwright's
// page.pdf all read it from here, so the desktop app, the browser and the command line print the same page.
import type { PageSpec, PaperSize } from './print-job';

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margins in millimetres (room for the footer line in the bottom margin). */
export const MARGIN_MM = { top: 16, right: 16, bottom: 18, left: 16 } as const;

export function pageSizeMm(spec: PageSpec): { width: number; height: number } {
  const { width, height } = PAPER_MM[spec.paper];
  return spec.landscape ? { width: height, height: width } : { width, height };
}

/** The CSS @page size, e.g. "210mm 297mm". */
export function cssPageSize(spec: PageSpec): string {
  const { width, height } = pageSizeMm(spec);
  return `${width}mm ${height}mm`;
}

/**
 * Electron's webContents.printToPDF options. The CSS @page rule sets size and margins (preferCSSPageSize);
 * pageSize and landscape repeat them for a PDF viewer's print dialog. Backgrounds print (badges, bands).
 */
export function electronPdfOptions(spec: PageSpec) {
  return {
    pageSize: spec.paper === 'a4' ? ('A4' as const) : ('Letter' as const),
    landscape: spec.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

/** Playwright's page.pdf options (Chromium's DevTools printToPDF, the same engine as Electron's). */
export function playwrightPdfOptions(spec: PageSpec) {
  return {
    format: spec.paper === 'a4' ? 'A4' : 'Letter',
    landscape: spec.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    outline: true,
    tagged: true,
  };
}
