import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { exportHandlersForTest } from './export-fixture';

const OUR_WINDOW = 7;
const ours: IpcEventLike = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://puente/index.html', parent: null } };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setUp() {
  const fixture = exportHandlersForTest();
  const host = createHostHandlers(QUIET_HOST, hostServicesForTest({ exports: fixture }));
  const gated = new Map(gateAll(host, { isOurWebContents: (id) => id === OUR_WINDOW }));
  const call = (channel: string, ...args: unknown[]) => gated.get(channel as never)!(ours, ...args);
  return { ...fixture, call };
}

describe('exports through the desktop bridge', () => {
  it('writes the file where the user chose, adding the extension the dialog left off', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'Colombia report');
    const result = await call('app:save-export', { kind: 'csv', name: 'Colombia: report.csv', data: 'a,b\n1,2\n', language: 'en' });
    expect(result).toEqual({ ok: true, value: true });
    expect(await readFile(join(state.dir, 'Colombia report.csv'), 'utf8')).toBe('a,b\n1,2\n');
    // The dialog opened in the export folder on a safe version of the suggested name.
    expect(state.asked[0]).toEqual({ defaultPath: join(state.dir, 'Colombia report.csv'), extensions: ['csv'], fileType: 'CSV (comma-separated values)' });
  });

  it.each([
    ['es', 'xlsx', 'Libro de Excel'],
    ['es', 'png', 'Imagen PNG'],
    ['pt', 'xlsx', 'Pasta de trabalho do Excel'],
    ['fr', 'csv', 'CSV (valeurs séparées par des virgules)'],
    ['en', 'svg', 'SVG image'],
  ])('names the kind of file in the user’s language (%s): a %s is a “%s”', async (language, kind, fileType) => {
    const { state, call } = setUp();
    await call('app:save-export', { kind, name: `Plan.${kind}`, data: 'x', language });
    expect(state.asked[0]).toMatchObject({ extensions: [kind], fileType });
  });

  it('never lets the page choose a folder: a suggested path is reduced to its file name', async () => {
    const { state, call } = setUp();
    state.answer = null;
    await call('app:save-export', { kind: 'pdf', name: '../../../etc/passwd.pdf', data: new Uint8Array([1]), language: 'en' });
    expect(state.asked[0]?.defaultPath).toBe(join(state.dir, 'passwd.pdf'));
  });

  it('returns false on Cancel and writes nothing', async () => {
    const { state, call } = setUp();
    expect(await call('app:save-export', { kind: 'png', name: 'chart.png', data: PNG, language: 'en' })).toEqual({ ok: true, value: false });
    expect(state.asked).toHaveLength(1);
  });

  it('reports a disk error as data: the file name and the errno code, for the page to word', async () => {
    const { state, call } = setUp();
    state.answer = join(state.dir, 'full.xlsx');
    state.failWrite = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    const result = await call('app:save-export', { kind: 'xlsx', name: 'data.xlsx', data: new Uint8Array([1, 2]), language: 'en' });
    expect(result).toMatchObject({ ok: false, code: 'io', params: { file: 'full.xlsx', errno: 'ENOSPC' } });
    expect(JSON.stringify(result)).not.toContain(state.dir);
  });

  it.each([
    ['an unknown kind', { kind: 'exe', name: 'x.exe', data: 'x', language: 'en' }],
    ['a missing name', { kind: 'csv', name: '', data: 'x', language: 'en' }],
    ['data that is neither text nor bytes', { kind: 'csv', name: 'x.csv', data: 42, language: 'en' }],
    ['an extra field', { kind: 'csv', name: 'x.csv', data: 'x', language: 'en', path: '/tmp/x' }],
    ['no language', { kind: 'csv', name: 'x.csv', data: 'x' }],
    ['a language Puente does not speak', { kind: 'csv', name: 'x.csv', data: 'x', language: 'de' }],
    ['words instead of a language code', { kind: 'csv', name: 'x.csv', data: 'x', language: 'Valores separados por comas' }],
  ])('refuses %s before any dialog opens', async (_label, file) => {
    const { state, call } = setUp();
    expect(await call('app:save-export', file)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(state.asked).toHaveLength(0);
  });

  it('copies a PNG to the clipboard and refuses anything that is not one', async () => {
    const { state, call } = setUp();
    expect(await call('app:copy-image', PNG)).toEqual({ ok: true, value: null });
    expect(state.clipboard).toHaveLength(1);
    expect(await call('app:copy-image', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('app:copy-image', 'not bytes')).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(state.clipboard).toHaveLength(1);
  });

  it('puts the window that asked into full screen and back', async () => {
    const { state, call } = setUp();
    await call('app:set-full-screen', true);
    expect(state.fullScreen.get(OUR_WINDOW)).toBe(true);
    await call('app:set-full-screen', false);
    expect(state.fullScreen.get(OUR_WINDOW)).toBe(false);
    expect(await call('app:set-full-screen', 'yes')).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
