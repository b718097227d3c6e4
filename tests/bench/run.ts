// Runs every bench in turn: `npm run bench` (tsx tests/bench/run.ts). Add other benches below.
import { backcastReport } from '../../scripts/backcast';
import { runFilesBench } from './files-bench';
import { runModelBench } from './model-bench';
import { reportUiBench, runUiBench } from './ui-bench';

async function main(): Promise<void> {
  await runModelBench();
  await runFilesBench();
  reportUiBench(await runUiBench());
  console.log(`\n${backcastReport()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
