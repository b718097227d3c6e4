// What a print window tells its host once it has tried to lay out its report. A light module of its own: the IPC
// contract (and so the preload bundle) reads it without the scenario codec that print-job.ts carries.

/** Why a report could not be laid out: no job was given, the job did not parse, or a chart never drew. */
export const PRINT_FAILURES = ['no-job', 'invalid-job', 'charts-not-drawn'] as const;
export type PrintFailure = (typeof PRINT_FAILURES)[number];

/** `detail` is a diagnostic for logs (which field of the job was wrong, how many charts did not draw). */
export type PrintOutcome = { ok: true } | { ok: false; reason: PrintFailure; detail: string };
