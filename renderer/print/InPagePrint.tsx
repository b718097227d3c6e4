// Printing a report from a browser tab: the report is rendered off-screen beside the app, the browser's print
// dialog opens once it is laid out (the print stylesheet sends only the report to the printer, and the PDF
// printer makes the file), and it is removed when printing ends. A report whose charts never draw is not printed:
// the user is told instead.
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { PrintJob } from '../../shared/print/print-job';
import type { Engine } from '../compute/engine-types';
import { t } from '../i18n/t';
import { ReportDocument } from './ReportDocument';

interface InPagePrintProps {
  job: PrintJob;
  engine: Engine;
  onDone(): void;
  onFailed(message: string): void;
}

export default function InPagePrint({ job, engine, onDone, onFailed }: InPagePrintProps) {
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const finish = () => done.current();
    window.addEventListener('afterprint', finish);
    return () => window.removeEventListener('afterprint', finish);
  }, []);
  return createPortal(
    <>
      <div className="print-status" role="status" data-testid="print-status">
        {t('report.preparing')}
      </div>
      <div className="print-root" data-testid="print-root">
        <ReportDocument
          job={job}
          engine={engine}
          onReady={(readiness) => (readiness.ok ? window.print() : onFailed(t('report.error.notDrawn')))}
        />
      </div>
    </>,
    document.body,
  );
}
