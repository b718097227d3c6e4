// The print route (index.html#/print): the window the desktop app prints from, and the page the command line prints.
// It asks its host for the job, checks it like any input, renders the report and reports when it is ready, or why
// it cannot be (data-print-ready and data-print-error on <html> for the command line, host.printReady for the
// desktop app).
import { useEffect, useState } from 'react';
import type { HostApi } from '../../shared/host/host-api';
import { parsePrintJob, type PrintJob } from '../../shared/print/print-job';
import type { PrintOutcome } from '../../shared/print/print-outcome';
import { SCENARIO_RULES } from '../../shared/scenario';
import type { Engine } from '../compute/engine-types';
import { ReportDocument } from './ReportDocument';
import { printFailureText } from './report-errors';
import { localeSettings } from '../i18n/language';
import { useLocale } from '../i18n/use-locale';
import { localizeEngine } from '../compute/localized-engine';

function finish(host: HostApi, outcome: PrintOutcome): void {
  const html = document.documentElement;
  if (!outcome.ok) html.dataset.printError = printFailureText(outcome);
  html.dataset.printReady = outcome.ok ? 'ok' : 'error';
  host.printReady(outcome);
}

export function PrintApp({ host, engine }: { host: HostApi; engine: Engine }) {
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { language, formatLocale } = useLocale();
  useEffect(() => {
    void host.printJob().then((raw) => {
      const parsed = raw === null ? null : parsePrintJob(raw, SCENARIO_RULES);
      if (parsed?.ok) {
        if (parsed.value.language) localeSettings.useForThisWindow(parsed.value.language, parsed.value.formatLocale ?? null);
        setJob(parsed.value);
        return;
      }
      const outcome: PrintOutcome = parsed ? { ok: false, reason: 'invalid-job', detail: parsed.message } : { ok: false, reason: 'no-job', detail: 'no print job' };
      setError(printFailureText(outcome));
      finish(host, outcome);
    });
  }, [host]);
  if (error) return <p role="alert">{error}</p>;
  if (!job) return null;
  return (
    <ReportDocument
      job={job}
      engine={localizeEngine(engine, language, formatLocale)}
      onReady={(readiness) => finish(host, readiness.ok ? { ok: true } : { ok: false, reason: 'charts-not-drawn', detail: `${readiness.undrawn} chart(s) did not draw` })}
    />
  );
}
