import { describe, expect, it } from 'vitest';
import { printRequest, readPrintJob } from '../../../electron/services/print-args';
import { runPrintRequest, startupMode } from '../../../electron/services/print-run';
import { err } from '../../../shared/result';
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

describe('a launch that prints for the command line', () => {
  const request = { jobFile: 'job.json', outFile: 'out.pdf' };
  const good = JSON.stringify({ kind: 'scenario', documents: [defaultScenario('A')], region: 'MEX', page: { paper: 'a4', landscape: false }, generatedAt: '2026-12-02T10:00:00Z', appVersion: '1' });

  it('is told apart from a normal start by its two arguments', () => {
    expect(startupMode(['/app', '--puente-print=/tmp/j.json', '--puente-print-out=/tmp/o.pdf'])).toEqual({ mode: 'print', request: { jobFile: '/tmp/j.json', outFile: '/tmp/o.pdf' } });
    expect(startupMode(['/app', 'plan.puente.json'])).toEqual({ mode: 'app' });
  });

  it('writes the PDF and exits 0, or says in one line why not and exits 1 without writing', async () => {
    const written: string[] = [];
    const lines: string[] = [];
    const steps = { readFile: async () => good, writeFile: async (f: string) => void written.push(f), log: (l: string) => void lines.push(l) };
    expect(await runPrintRequest(request, { ...steps, render: async () => ({ ok: true, value: new Uint8Array([1]) }) })).toBe(0);
    expect(written).toEqual(['out.pdf']);
    const failed = await runPrintRequest(request, { ...steps, render: async () => err('render', 'charts never drew', { reason: 'charts-not-drawn' }) });
    expect(failed).toBe(1);
    expect(written).toHaveLength(1);
    expect(lines).toEqual([expect.stringMatching(/^puente-print: render .*charts-not-drawn.*charts never drew$/)]);
  });
});
