import { COMMAND_IDS } from '../../../shared/commands/registry';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, INVOKE_CHANNEL_NAMES } from '../../../shared/host/ipc-contract';
import { createHostHandlers, formatWindowTitle } from '../../../electron/services/host-handlers';
import { checkSender, gateAll, gateHandler, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { hostServicesForTest } from './host-services-fixture';

const OUR_WINDOW = 7;
const options = { isOurWebContents: (id: number) => id === OUR_WINDOW };
const event = (over: { id?: number; url?: string; parent?: unknown; frame?: null } = {}): IpcEventLike => ({
  sender: { id: over.id ?? OUR_WINDOW },
  senderFrame: over.frame === null ? null : { url: over.url ?? 'app://puente/index.html', parent: over.parent ?? null },
});

describe('sender validation', () => {
  it('accepts our main frame in our window', () => {
    expect(checkSender(event(), options)).toEqual({ ok: true });
  });
  it.each([
    ['a foreign origin', event({ url: 'https://evil.example/' })],
    ['a look-alike origin', event({ url: 'app://puente.evil.example/' })],
    ['a file: page', event({ url: 'file:///tmp/x.html' })],
    ['a sub-frame', event({ parent: { url: 'app://puente/index.html' } })],
    ['an unknown window', event({ id: 99 })],
    ['a destroyed frame', event({ frame: null })],
  ])('refuses %s', (_label, ev) => {
    expect(checkSender(ev, options).ok).toBe(false);
  });
});

describe('gated handlers', () => {
  const open = vi.fn(async (_url: string) => undefined);
  const setTitle = vi.fn();
  const setCommandState = vi.fn();
  const handlers = createHostHandlers({ openExternal: open, confirmExternal: async () => false, setWindowTitle: setTitle, setCommandState, setMenuLabels: () => undefined }, hostServicesForTest());
  const log = vi.fn();
  const gated = new Map(gateAll(handlers, { ...options, log }));
  const call = (channel: string, ev: IpcEventLike, ...args: unknown[]) => gated.get(channel as never)!(ev, ...args);

  it('covers every channel in the contract', () => {
    expect([...gated.keys()].sort()).toEqual([...INVOKE_CHANNEL_NAMES].sort());
  });

  it('runs a valid call from our window', async () => {
    expect(await call('app:open-external', event(), 'https://www.oecd.org/migration/')).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('https://www.oecd.org/migration/');
    expect(await call('app:set-title', event(), 'Remittance shock')).toEqual({ ok: true, value: null });
    expect(setTitle).toHaveBeenCalledWith(OUR_WINDOW, 'Remittance shock — Puente');
  });

  it('refuses a foreign sender before the handler runs', async () => {
    open.mockClear();
    const result = await call('app:open-external', event({ url: 'https://evil.example/' }), 'https://www.oecd.org/');
    expect(result).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(open).not.toHaveBeenCalled();
    expect(await call('app:set-title', event({ parent: {} }), 'x')).toMatchObject({ ok: false, code: 'forbidden-sender' });
  });

  it.each([
    ['no argument', []],
    ['a number', [42]],
    ['an object', [{ url: 'https://x.org' }]],
    ['an extra argument', ['https://x.org', 'extra']],
    ['an over-long string', ['https://x.org/' + 'a'.repeat(5000)]],
  ])('refuses %s with a typed error naming the problem', async (_label, args) => {
    open.mockClear();
    const result = await call('app:open-external', event(), ...args);
    expect(result).toMatchObject({ ok: false, code: 'invalid-args' });
    if (!result.ok) expect(result.message).toMatch(/^Invalid arguments for app:open-external: /);
    expect(open).not.toHaveBeenCalled();
  });

  it('passes the page’s enabled commands to the native menu only when every command is named', async () => {
    const all = Object.fromEntries(COMMAND_IDS.map((id) => [id, id !== 'save']));
    expect(await call('app:command-state', event(), all)).toEqual({ ok: true, value: null });
    expect(setCommandState).toHaveBeenLastCalledWith(OUR_WINDOW, all);
    setCommandState.mockClear();
    const { save: _save, ...missingOne } = all;
    expect(await call('app:command-state', event(), missingOne)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('app:command-state', event(), { ...all, 'rm -rf': true })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(await call('app:command-state', event(), { ...all, save: 'yes' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(setCommandState).not.toHaveBeenCalled();
  });

  it('returns domain refusals as data', async () => {
    expect(await call('app:open-external', event(), 'file:///etc/passwd')).toMatchObject({ ok: false, code: 'refused' });
  });

  it('never throws across the bridge: a failing handler becomes an internal error', async () => {
    const throwing = gateHandler('app:set-title', () => { throw new Error('boom: /home/user/secret'); }, { ...options, log });
    const result = await throwing(event(), 'x');
    expect(result).toEqual({ ok: false, code: 'internal', message: 'Puente could not complete app:set-title.' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('boom'));
  });

  it('refuses a handler result that drifts from the contract', async () => {
    const drifting = gateHandler('app:set-title', () => ({ ok: true, value: 'surprise' }) as never, options);
    expect(await drifting(event(), 'x')).toMatchObject({ ok: false, code: 'internal' });
  });

  it('every contract result schema accepts the bridge errors the gate can produce', () => {
    for (const channel of INVOKE_CHANNEL_NAMES) {
      for (const code of ['invalid-args', 'forbidden-sender', 'internal']) {
        expect(INVOKE_CHANNELS[channel].result.safeParse({ ok: false, code, message: 'm' }).success).toBe(true);
      }
    }
  });
});

describe('window title', () => {
  it('names the scenario and strips control characters', () => {
    expect(formatWindowTitle('Caribbean\nhurricane')).toBe('Caribbean hurricane — Puente');
    expect(formatWindowTitle('   ')).toBe('Puente');
  });
});
