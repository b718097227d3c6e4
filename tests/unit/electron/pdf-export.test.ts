import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { defaultScenario } from '../../../shared/scenario/defaults';
import { exportHandlersForTest, PRINT_WINDOW } from './export-fixture';

const MAIN_WINDOW = 7;
const from = (id: number): IpcEventLike => ({ sender: { id }, senderFrame: { url: 'app://puente/index.html', parent: null } });
const job = (over: Record<string, unknown> = {}) => ({
  kind: 'scenario',
  documents: [{ ...defaultScenario('Plan 2030'), levers: { regularisationRatePerYear: 0.3 } }],
  region: 'COL',
  page: { paper: 'letter', landscape: true },
  generatedAt: '2026-12-02T10:00:00Z',
  appVersion: '0.1.0',
  ...over,
});

function setUp(options: { timeoutMs?: number } = {}) {
  const fixture = exportHandlersForTest(options);
  const handlers = createHostHandlers(QUIET_HOST, hostServicesForTest({ exports: fixture }));
  const gated = new Map(gateAll(handlers, { isOurWebContents: (id) => id === MAIN_WINDOW || id === PRINT_WINDOW }));
  const call = (sender: number, channel: string, ...args: unknown[]) => gated.get(channel as never)!(from(sender), ...args);
  return { ...fixture, call };
}

describe('PDF reports on the desktop', () => {
  it('prints the job in a hidden window once its page says the report is laid out, and saves it', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'Plan report');
    let jobSeenByPage: unknown = null;
    state.onPrintWindowLoad = (id) =>
      void call(id, 'print:job').then((r) => {
        jobSeenByPage = r;
        void call(id, 'print:ready', { ok: true });
      });
    const result = await call(MAIN_WINDOW, 'print:export', job(), 'Plan 2030 report');
    expect(result).toEqual({ ok: true, value: true });
    expect(jobSeenByPage).toMatchObject({ ok: true, value: { kind: 'scenario', region: 'COL' } });
    expect(await readFile(join(state.dir, 'Plan report.pdf'), 'utf8')).toBe('%PDF-1.7 test');
    // Letter landscape, backgrounds on, the CSS page rule preferred: the same options the CLI gives Chromium.
    expect(state.printOptions[0]).toMatchObject({ pageSize: 'Letter', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(state.printWindows).toEqual({ opened: 1, destroyed: 1 });
    expect(state.asked[0]?.defaultPath).toBe(join(state.dir, 'Plan 2030 report.pdf'));
    expect(state.asked[0]?.fileType).toBe('PDF document');
  });

  it('names the kind of file in the report’s language, the screen’s', async () => {
    const { state, call } = setUp();
    state.answer = null;
    await call(MAIN_WINDOW, 'print:export', job({ language: 'es' }), 'Plan 2030 informe');
    await call(MAIN_WINDOW, 'print:export', job({ language: 'fr' }), 'Plan 2030 rapport');
    expect(state.asked.map((a) => [a.extensions, a.fileType])).toEqual([
      [['pdf'], 'Documento PDF'],
      [['pdf'], 'Document PDF'],
    ]);
  });

  it('hands the job only to the print window, and forgets it afterwards', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'x.pdf');
    state.onPrintWindowLoad = (id) => void call(id, 'print:ready', { ok: true });
    expect(await call(MAIN_WINDOW, 'print:job')).toEqual({ ok: true, value: null });
    await call(MAIN_WINDOW, 'print:export', job(), 'x');
    expect(await call(PRINT_WINDOW, 'print:job')).toEqual({ ok: true, value: null });
  });

  it('refuses a bad job before any dialog or window opens', async () => {
    const { state, call } = setUp();
    const bad = job({ documents: [{ ...defaultScenario('Bad'), levers: { regularisationRatePerYear: 4 } }] });
    const result = await call(MAIN_WINDOW, 'print:export', bad, 'x');
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(result.message).toMatch(/regularisationRatePerYear/);
    expect(await call(MAIN_WINDOW, 'print:export', 'not a job', 'x')).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(state.asked).toHaveLength(0);
    expect(state.printWindows.opened).toBe(0);
  });

  it('opens no window when the user cancels the save dialog', async () => {
    const { state, call } = setUp();
    expect(await call(MAIN_WINDOW, 'print:export', job(), 'x')).toEqual({ ok: true, value: false });
    expect(state.printWindows.opened).toBe(0);
  });

  it('gives up with a message and closes the window when the report never becomes ready', async () => {
    const { state, call } = setUp({ timeoutMs: 50 });
    state.answer = join(state.dir, 'late.pdf');
    const result = await call(MAIN_WINDOW, 'print:export', job(), 'late');
    // A code and the seconds waited, for the renderer to word; no sentence from main.
    expect(result).toMatchObject({ ok: false, code: 'render', params: { reason: 'timeout', seconds: 0 } });
    expect(state.printWindows).toEqual({ opened: 1, destroyed: 1 });
    await expect(readFile(join(state.dir, 'late.pdf'))).rejects.toThrow();
  });

  it('passes on why the page could not lay the report out, as a code', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'x.pdf');
    state.onPrintWindowLoad = (id) => void call(id, 'print:ready', { ok: false, reason: 'charts-not-drawn', detail: '2 chart(s) did not draw' });
    const result = await call(MAIN_WINDOW, 'print:export', job(), 'x');
    expect(result).toMatchObject({ ok: false, code: 'render', params: { reason: 'charts-not-drawn' } });
    if (!result.ok) expect(result.message).toContain('2 chart(s) did not draw');
  });

  it('refuses a readiness report that is not one of the known failures', async () => {
    const { state, call } = setUp({ timeoutMs: 50 });
    state.answer = join(state.dir, 'x.pdf');
    let answer: unknown = null;
    state.onPrintWindowLoad = (id) => void call(id, 'print:ready', { ok: false, message: 'words from the page' }).then((r) => (answer = r));
    await call(MAIN_WINDOW, 'print:export', job(), 'x');
    expect(answer).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('reports a disk error as the file name and the errno code, nothing else changed', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'full.pdf');
    state.onPrintWindowLoad = (id) => void call(id, 'print:ready', { ok: true });
    state.failWrite = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const result = await call(MAIN_WINDOW, 'print:export', job(), 'full');
    expect(result).toMatchObject({ ok: false, code: 'io', params: { file: 'full.pdf', errno: 'ENOSPC' } });
    // The page learns the file's name, never the folder it is in.
    expect(JSON.stringify(result)).not.toContain(state.dir);
  });
});
