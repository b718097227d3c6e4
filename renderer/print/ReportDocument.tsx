// Renders a print job as its report and says when it is ready to print.
import { useEffect, useRef } from 'react';
import type { PrintJob } from '../../shared/print/print-job';
import type { Engine } from '../compute/engine-types';
import { ComparisonReport } from './ComparisonReport';
import { whenReportReady } from './report-ready';
import { ScenarioReport } from './ScenarioReport';
import './report.css';

export function ReportDocument({ job, engine, onReady }: { job: PrintJob; engine: Engine; onReady(): void }) {
  const root = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  useEffect(() => {
    let live = true;
    if (root.current) void whenReportReady(root.current).then(() => live && ready.current());
    return () => {
      live = false;
    };
  }, [job]);
  return <div ref={root}>{job.kind === 'scenario' ? <ScenarioReport job={job} engine={engine} /> : <ComparisonReport job={job} engine={engine} />}</div>;
}
