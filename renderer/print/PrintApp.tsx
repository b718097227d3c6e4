// The print route (index.html#/print): the window the desktop app prints from, and the page the command line prints.
// It asks its host for the job, checks it like any input, renders the report and reports when it is ready
// (data-print-ready on <html>, and host.printReady for the desktop app).
import { useEffect, useState } from 'react';
import type { HostApi } from '../../shared/host/host-api';
import { parsePrintJob, type PrintJob } from '../../shared/print/print-job';
import { SCENARIO_RULES } from '../../shared/scenario';
import type { Engine } from '../compute/engine-types';
import { t } from '../i18n/t';
import { ReportDocument } from './ReportDocument';
import { localeSettings } from '../i18n/language';
import { useLocale } from '../i18n/use-locale';
import { localizeEngine } from '../compute/localized-engine';

function finish(host: HostApi, outcome: { ok: true } | { ok: false; message: string }): void {
  const html = document.documentElement;
  if (!outcome.ok) html.dataset.printError = outcome.message;
  html.dataset.printReady = outcome.ok ? 'ok' : 'error';
  host.printReady(outcome);
}

export function PrintApp({ host, engine }: { host: HostApi; engine: Engine }) {
  const [job, setJob] = useState<PrintJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { language } = useLocale();
  useEffect(() => {
    void host.printJob().then((raw) => {
      const parsed = raw === null ? null : parsePrintJob(raw, SCENARIO_RULES);
      if (parsed?.ok) {
        if (parsed.value.language) localeSettings.useForThisWindow(parsed.value.language, parsed.value.formatLocale ?? null);
        setJob(parsed.value);
      } else {
        const message = parsed ? parsed.message : t('report.noJob');
        setError(message);
        finish(host, { ok: false, message });
      }
    });
  }, [host]);
  if (error) return <p role="alert">{error}</p>;
  if (!job) return null;
  return <ReportDocument job={job} engine={localizeEngine(engine, language)} onReady={() => finish(host, { ok: true })} />;
}
