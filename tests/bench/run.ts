// Runs every bench in turn: `npm run bench` (tsx tests/bench/run.ts). Add other benches below.
import { runExportBench } from './export-bench';
import { backcastReport } from '../../scripts/backcast';
import { runFilesBench } from './files-bench';
import { runLibrarySoak } from './library-soak';
import { runModelBench } from './model-bench';
import { runReportBench } from './report-bench';
import { reportUiBench, runUiBench } from './ui-bench';

async function main(): Promise<void> {
  await runModelBench();
  await runFilesBench();
  await runExportBench();
  reportUiBench(await runUiBench());
  await runReportBench();
  if (!(await runLibrarySoak())) process.exitCode = 1;
  console.log(`\n${backcastReport()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
