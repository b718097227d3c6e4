// A launch of the Electron binary that prints one report for the command line (cli/report.ts). Decided from the
// arguments before anything else happens (electron/main.ts): such a launch must neither hand over to a Puente the
// user has open (the single-instance lock would make it quit, and the command line find no PDF) nor start the
// scenario library (whose start-up sweeps temporary files and purges deleted scenarios in the user's real library).
// It runs in a throw-away profile, prints, writes the PDF and exits with 0 or 1.
import { printRequest, readPrintJob, type PrintRequest } from './print-args';
import type { PrintJob } from '../../shared/print/print-job';
import type { Result } from '../../shared/result';

export type Startup = { mode: 'print'; request: PrintRequest } | { mode: 'app' };

/** What this launch is for: printing one report (both print arguments present) or the app. */
export function startupMode(argv: readonly string[]): Startup {
  const request = printRequest(argv);
  return request ? { mode: 'print', request } : { mode: 'app' };
}

export interface PrintRunSteps {
  render(job: PrintJob): Promise<Result<Uint8Array>>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  readFile?(file: string): Promise<string>;
  /** One line on the standard error, which cli/report.ts shows the user when the run fails. */
  log(line: string): void;
}

/** Reads the job, renders it and writes the PDF; the exit code of the launch. */
export async function runPrintRequest(request: PrintRequest, steps: PrintRunSteps): Promise<0 | 1> {
  const job = await readPrintJob(request.jobFile, steps.readFile);
  if (!job.ok) {
    steps.log(`puente-print: ${job.message}`);
    return 1;
  }
  const pdf = await steps.render(job.value);
  if (!pdf.ok) {
    steps.log(`puente-print: ${pdf.code}${pdf.params ? ` ${JSON.stringify(pdf.params)}` : ''}: ${pdf.message}`);
    return 1;
  }
  try {
    await steps.writeFile(request.outFile, pdf.value);
    return 0;
  } catch (e) {
    steps.log(`puente-print: writing the PDF failed: ${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))}`);
    return 1;
  }
}
