// A print job: what the report view renders, whoever prints it (the desktop app's hidden window, a browser's
// print dialog, the command line's headless browser). It crosses a boundary every time (IPC, an injected script,
// a file), so it is always parsed from unknown, and its scenarios go through the scenario codec like any file.
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { ScenarioDocument } from '../scenario/document';
import { parseScenarioValue } from '../scenario/codec';
import type { ScenarioRules } from '../scenario/rules';
import { LANGUAGES, type Language } from '../i18n/languages';
import { localeTagSchema } from '../host/preferences';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** One scenario gives a scenario report; two to four give a comparison report (with the baseline). */
export const MAX_COMPARED = 4;

export interface PageSpec {
  paper: PaperSize;
  landscape: boolean;
}

export interface PrintJob {
  kind: 'scenario' | 'comparison';
  documents: ScenarioDocument[];
  /** ISO3 code or aggregate id the report is about. */
  region: string;
  page: PageSpec;
  /** When the report was made (ISO 8601); printed in the title block. */
  generatedAt: string;
  /** The Puente version that made it. */
  appVersion: string;
  /** Comparison: the colour each scenario has in the library (#rrggbb), so it keeps it in the PDF. */
  colours?: string[];
  /** The report's language and region format (absent: English words, the printing window's own format). */
  language?: Language;
  formatLocale?: string;
}

const jobShape = z.strictObject({
  kind: z.enum(['scenario', 'comparison']),
  documents: z.array(z.unknown()).min(1).max(MAX_COMPARED),
  region: z.string().min(1).max(10),
  page: z.strictObject({ paper: z.enum(PAPER_SIZES), landscape: z.boolean() }),
  generatedAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(50),
  colours: z.array(z.string().regex(/^#[0-9a-fA-F]{6}$/)).max(MAX_COMPARED).optional(),
  language: z.enum(LANGUAGES).optional(),
  formatLocale: localeTagSchema.optional(),
});

export function parsePrintJob(raw: unknown, rules: ScenarioRules): Result<PrintJob, 'invalid'> {
  const shape = jobShape.safeParse(raw);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return err('invalid', `The report request is not valid: ${issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'unknown problem'}.`);
  }
  const job = shape.data;
  const count = job.documents.length;
  if (job.kind === 'scenario' && count !== 1) return err('invalid', `A scenario report shows one scenario; got ${count}.`);
  if (job.kind === 'comparison' && count < 2) return err('invalid', `A comparison report needs two to ${MAX_COMPARED} scenarios; got ${count}.`);
  if (!rules.regionIds.has(job.region)) return err('invalid', `"${job.region}" is not a country code or region (LAC, CAR, CAM, SAM).`);
  const documents: ScenarioDocument[] = [];
  for (const [i, raw] of job.documents.entries()) {
    const parsed = parseScenarioValue(raw, rules);
    if (!parsed.ok) return err('invalid', `Scenario ${i + 1} of the report: ${parsed.message}`);
    documents.push(parsed.value);
  }
  const { colours, ...rest } = job;
  return ok({ ...rest, documents, ...(colours ? { colours } : {}) });
}
