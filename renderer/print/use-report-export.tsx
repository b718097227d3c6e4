// Export PDF…: asks for the place and paper, then either the host makes the PDF (desktop: hidden window, save
// dialog) or the page prints it through the browser's dialog. The scenarios are sent as they are on screen, unsaved
// changes included, so the report shows what the user sees.
import { localeSettings } from '../i18n/language';
import { lazy, Suspense, useCallback, useState, type ReactElement } from 'react';
import { fileNamePart } from '../../shared/host/export-kinds';
import type { HostApi } from '../../shared/host/host-api';
import type { PrintJob } from '../../shared/print/print-job';
import type { ScenarioDocument } from '../../shared/scenario/document';
import type { Engine } from '../compute/engine-types';
import type { Notify } from '../features/file/use-notices';
import { numberLocale } from '../i18n/format';
import { t } from '../i18n/t';
import { loadPagePreference, savePagePreference } from './page-preference';
import { ReportDialog, type ReportChoice } from './ReportDialog';
import { reportErrorText } from './report-errors';

/** Up to four names share a comparison's file name: each is cut shorter than a single scenario's. */
const COMPARED_NAME_CHARS = 24;

// The report view loads when a report is made, not with the scenario screen.
const InPagePrint = lazy(() => import('./InPagePrint'));

interface Request {
  documents: readonly ScenarioDocument[];
  region: string;
  colours?: string[];
}

export function useReportExport(host: HostApi, engine: Engine, notify: Notify): { start(request: Request): void; element: ReactElement | null } {
  const [asking, setAsking] = useState<Request | null>(null);
  const [printing, setPrinting] = useState<PrintJob | null>(null);

  const start = useCallback((request: Request) => setAsking(request), []);

  const chosen = async (request: Request, choice: ReportChoice | null) => {
    setAsking(null);
    if (choice === null) return;
    savePagePreference(choice.page);
    const documents = [...request.documents];
    const job: PrintJob = {
      kind: documents.length === 1 ? 'scenario' : 'comparison',
      documents,
      region: choice.region,
      page: choice.page,
      generatedAt: new Date().toISOString(),
      appVersion: host.appVersion,
      // The desktop prints in a hidden window of its own: it takes the screen's language and format from the job.
      language: localeSettings.getSnapshot().language,
      formatLocale: localeSettings.getSnapshot().formatLocale,
      ...(request.colours ? { colours: request.colours } : {}),
    };
    if (!host.capabilities.printsPdf) {
      setPrinting(job);
      return;
    }
    const name =
      documents.length === 1
        ? t('report.fileName', { name: fileNamePart(documents[0]?.name ?? '') })
        : t('report.comparisonFileName', { names: documents.map((d) => fileNamePart(d.name, COMPARED_NAME_CHARS)).join(', ') });
    const result = await host.exportPdf(job, name);
    if (!result.ok) notify('error', reportErrorText(result));
    else if (result.value) notify('info', t('report.saved'));
  };

  let element: ReactElement | null = null;
  if (asking) {
    element = (
      <ReportDialog
        title={t(asking.documents.length === 1 ? 'report.dialog.scenarioTitle' : 'report.dialog.comparisonTitle')}
        regions={engine.regions}
        initial={{ region: asking.region, page: loadPagePreference(numberLocale()) }}
        onDone={(choice) => void chosen(asking, choice)}
      />
    );
  } else if (printing) {
    element = (
      <Suspense fallback={null}>
        <InPagePrint
          job={printing}
          engine={engine}
          onDone={() => setPrinting(null)}
          onFailed={(message) => {
            setPrinting(null);
            notify('error', message);
          }}
        />
      </Suspense>
    );
  }
  return { start, element };
}
