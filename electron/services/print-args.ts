// The command line prints through the desktop app where Electron is installed:
//   electron <app> --puente-print=JOB.json --puente-print-out=OUT.pdf
// These read the two arguments and the job file; the job is checked like any other input before it is printed.
import { readFile } from 'node:fs/promises';
import { parsePrintJob, type PrintJob } from '../../shared/print/print-job';
import { err, ok, type Result } from '../../shared/result';
import { SCENARIO_RULES } from '../../shared/scenario';

const JOB = '--puente-print=';
const OUT = '--puente-print-out=';

export interface PrintRequest {
  jobFile: string;
  outFile: string;
}

/** The print request in the process arguments, or null for a normal start. */
export function printRequest(argv: readonly string[]): PrintRequest | null {
  const jobFile = argv.find((a) => a.startsWith(JOB))?.slice(JOB.length);
  const outFile = argv.find((a) => a.startsWith(OUT))?.slice(OUT.length);
  return jobFile && outFile ? { jobFile, outFile } : null;
}

export async function readPrintJob(file: string, read: (f: string) => Promise<string> = (f) => readFile(f, 'utf8')): Promise<Result<PrintJob, 'invalid'>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await read(file));
  } catch (e) {
    return err('invalid', `The print job ${file} cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = parsePrintJob(raw, SCENARIO_RULES);
  return parsed.ok ? ok(parsed.value) : parsed;
}
