import { describe, expect, it } from 'vitest';
import { printRequest, readPrintJob } from '../../../electron/services/print-args';
import { defaultScenario } from '../../../shared/scenario/defaults';

describe('printing for the command line through the desktop app', () => {
  it('finds the job and output files in the arguments, and nothing on a normal start', () => {
    expect(printRequest(['/app', '--puente-print=/tmp/j.json', '--puente-print-out=/tmp/o.pdf'])).toEqual({ jobFile: '/tmp/j.json', outFile: '/tmp/o.pdf' });
    expect(printRequest(['/app'])).toBeNull();
    expect(printRequest(['/app', '--puente-print=/tmp/j.json'])).toBeNull();
  });

  it('checks the job file like any input', async () => {
    const good = JSON.stringify({ kind: 'scenario', documents: [defaultScenario('A')], region: 'MEX', page: { paper: 'a4', landscape: false }, generatedAt: '2026-12-02T10:00:00Z', appVersion: '1' });
    expect((await readPrintJob('j', async () => good)).ok).toBe(true);
    expect(await readPrintJob('j', async () => '{ not json')).toMatchObject({ ok: false, code: 'invalid' });
    expect(await readPrintJob('j', async () => JSON.stringify({ kind: 'scenario' }))).toMatchObject({ ok: false, code: 'invalid' });
  });
});
