// Renders a print job as its report, names the document after it (the PDF's title), and says when it is ready to
// print, or that it cannot be.
import { useEffect, useRef } from 'react';
import { computedFingerprint } from '../../shared/export/provenance';
import type { PrintJob } from '../../shared/print/print-job';
import type { Engine } from '../compute/engine-types';
import { t } from '../i18n/t';
import { ComparisonReport } from './ComparisonReport';
import { whenReportReady, type ReportReadiness } from './report-ready';
import { ScenarioReport } from './ScenarioReport';
import './report.css';

/** The title a PDF reader shows for the report: what it is about and which scenario file it reproduces. */
export function reportTitle(job: PrintJob): string {
  const [first] = job.documents;
  if (job.kind === 'scenario' && first) return t('report.pdfTitle', { name: first.name, fingerprint: computedFingerprint(first) });
  return t('report.comparisonPdfTitle', { names: job.documents.map((d) => d.name).join(' · ') });
}

export function ReportDocument({ job, engine, onReady }: { job: PrintJob; engine: Engine; onReady(readiness: ReportReadiness): void }) {
  const root = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  useEffect(() => {
    const before = document.title;
    document.title = reportTitle(job);
    let live = true;
    if (root.current) void whenReportReady(root.current).then((readiness) => live && ready.current(readiness));
    return () => {
      live = false;
      document.title = before;
    };
  }, [job]);
  return <div ref={root}>{job.kind === 'scenario' ? <ScenarioReport job={job} engine={engine} /> : <ComparisonReport job={job} engine={engine} />}</div>;
}
