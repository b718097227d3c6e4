// The desktop app's PDF reports: the page sends a print job; this checks it like any input, asks where to save,
// renders the report in a hidden, locked-down window on the print route (the same view the browser and the command
// line print), waits until that window says the report is laid out, prints it with Chromium's printToPDF and
// writes the file atomically. Electron's windows and dialogs are passed in, so this runs under Vitest. Failures
// go back as codes with parameters (a file name, an errno code, seconds); the renderer words them. The save dialog
// names the kind of file in the job's language (the screen's), picked from the shared catalogue.
import path from 'node:path';
import { fileTypeName } from '../../shared/export/catalogues';
import { exportFileName } from '../../shared/host/export-kinds';
import { electronPdfOptions } from '../../shared/print/pdf-options';
import { parsePrintJob, type PrintJob } from '../../shared/print/print-job';
import type { PrintOutcome } from '../../shared/print/print-outcome';
import { err, ok, type Result } from '../../shared/result';
import { SCENARIO_RULES } from '../../shared/scenario';
import type { ExportCapabilities } from './export-handlers';
import type { HandlerMap } from './ipc-validation';

export type PrintChannel = 'print:export' | 'print:job' | 'print:ready';
type Outcome = PrintOutcome | { ok: false; reason: 'timeout'; detail: string };

export interface PrintWindow {
  /** The window's webContents id: the id its IPC calls come from. */
  readonly id: number;
  /** Loads the print route; resolves when the page has loaded (the report may still be laying out). */
  load(): Promise<void>;
  printToPdf(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
  destroy(): void;
}

export interface PdfCapabilities extends Pick<ExportCapabilities, 'pickSavePath' | 'writeFile' | 'defaultDir'> {
  /** A hidden window with the app's locked web preferences, not yet loaded. */
  openPrintWindow(): Promise<PrintWindow>;
  /** How long a report may take to lay out before the export gives up. */
  timeoutMs?: number;
}

export function createPdfExporter(caps: PdfCapabilities) {
  const jobs = new Map<number, PrintJob>();
  const waiting = new Map<number, (outcome: Outcome) => void>();
  const timeoutMs = caps.timeoutMs ?? 30_000;

  /** Renders a checked job to PDF bytes in a hidden window; the window is always closed afterwards. */
  async function render(job: PrintJob): Promise<Result<Uint8Array, 'render'>> {
    const win = await caps.openPrintWindow();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const laidOut = new Promise<Outcome>((resolve) => {
        waiting.set(win.id, resolve);
        timer = setTimeout(() => resolve({ ok: false, reason: 'timeout', detail: `not ready after ${timeoutMs} ms` }), timeoutMs);
      });
      // The job is there before the page can ask for it.
      jobs.set(win.id, job);
      await win.load();
      const outcome = await laidOut;
      if (!outcome.ok) {
        const seconds = Math.round(timeoutMs / 1000);
        return err('render', `laying out the report failed: ${outcome.reason} (${outcome.detail})`, outcome.reason === 'timeout' ? { reason: 'timeout', seconds } : { reason: outcome.reason });
      }
      return ok(await win.printToPdf(electronPdfOptions(job.page)));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return err('render', `printing the report failed: ${detail}`, { reason: 'print-failed', detail: detail.slice(0, 300) });
    } finally {
      clearTimeout(timer);
      jobs.delete(win.id);
      waiting.delete(win.id);
      win.destroy();
    }
  }

  const handlers: Pick<HandlerMap, PrintChannel> = {
    'print:export': async ([raw, suggestedName], { senderId }) => {
      const parsed = parsePrintJob(raw, SCENARIO_RULES);
      if (!parsed.ok) return parsed;
      const name = exportFileName(path.basename(suggestedName).replace(/\.pdf$/i, ''), 'pdf');
      const filter = { name: fileTypeName('pdf', parsed.value.language ?? 'en'), extensions: ['pdf'] };
      const target = await caps.pickSavePath(senderId, path.join(caps.defaultDir(), name), filter);
      if (target === null) return ok(false);
      const pdf = await render(parsed.value);
      if (!pdf.ok) return pdf;
      const file = path.extname(target).toLowerCase() === '.pdf' ? target : `${target}.pdf`;
      try {
        await caps.writeFile(file, pdf.value);
        return ok(true);
      } catch (e) {
        const errno = (e as NodeJS.ErrnoException).code ?? '';
        return err('io', `writing ${path.basename(file)} failed: ${e instanceof Error ? e.message : String(e)}`, { file: path.basename(file), errno });
      }
    },
    'print:job': (_args, { senderId }) => ok(jobs.get(senderId) ?? null),
    'print:ready': ([outcome], { senderId }) => {
      waiting.get(senderId)?.(outcome);
      return ok(null);
    },
  };

  return { handlers, render };
}
