import { describe, expect, it } from 'vitest';
import { createHostHandlers } from '../../../electron/services/host-handlers';
import { gateAll, type IpcEventLike } from '../../../electron/services/ipc-validation';
import { centreIn, planScreens, type DisplayInfo } from '../../../electron/services/presenter-window';
import { hostServicesForTest, QUIET_HOST } from './host-services-fixture';
import { LAPTOP, PROJECTOR, presenterHandlersForTest } from './presenter-fixture';

const WINDOW = 7;
const SESSION = '0123456789abcdef0123';
const ours: IpcEventLike = { sender: { id: WINDOW }, senderFrame: { url: 'app://puente/index.html', parent: null } };
const MONITOR_B: DisplayInfo = { ...PROJECTOR, id: 3, bounds: { ...PROJECTOR.bounds, x: 2646 }, workArea: { ...PROJECTOR.workArea, x: 2646 } };

function setUp(displays: DisplayInfo[], on: DisplayInfo = LAPTOP) {
  const fixture = presenterHandlersForTest(displays);
  fixture.state.windows.set(WINDOW, { bounds: { x: on.workArea.x + 50, y: 40, width: 1200, height: 700 }, display: on });
  const host = createHostHandlers(QUIET_HOST, hostServicesForTest({ presenter: fixture }));
  const gated = new Map(gateAll(host, { isOurWebContents: (id) => id === WINDOW }));
  const call = (...args: unknown[]) => gated.get('app:presenter-view')!(ours, ...args);
  return { ...fixture, call };
}

describe('which display shows the slides and which the presenter view', () => {
  it('needs two displays', () => {
    expect(planScreens([LAPTOP], LAPTOP)).toBeNull();
    expect(planScreens([], null)).toBeNull();
  });

  it('keeps the presenter view on the laptop’s own screen and sends the slides to the projector', () => {
    expect(planScreens([LAPTOP, PROJECTOR], LAPTOP)).toEqual({ slides: PROJECTOR, presenter: LAPTOP });
    // Also when the window had been dragged to the projector already.
    expect(planScreens([LAPTOP, PROJECTOR], PROJECTOR)).toEqual({ slides: PROJECTOR, presenter: LAPTOP });
  });

  it('without an internal screen, leaves the presenter view where the presenter was working', () => {
    const desk = { ...LAPTOP, internal: false };
    expect(planScreens([desk, PROJECTOR, MONITOR_B], MONITOR_B)).toEqual({ slides: desk, presenter: MONITOR_B });
    expect(planScreens([desk, PROJECTOR], desk)).toEqual({ slides: PROJECTOR, presenter: desk });
  });

  it('centres a window in a work area, never larger than it', () => {
    expect(centreIn({ x: 1366, y: 0, width: 1280, height: 720 }, { width: 1200, height: 700 })).toEqual({ x: 1406, y: 10, width: 1200, height: 700 });
    expect(centreIn({ x: 0, y: 0, width: 800, height: 600 }, { width: 1200, height: 700 })).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('the presenter view through the desktop bridge', () => {
  it('opens nothing and moves nothing with one display', async () => {
    const { call, state } = setUp([LAPTOP]);
    expect(await call(SESSION)).toEqual({ ok: true, value: false });
    expect(state.opened).toEqual([]);
    expect(state.moves).toEqual([]);
  });

  it('with a projector: slides move there, the presenter view opens on the laptop for this session', async () => {
    const { call, state } = setUp([LAPTOP, PROJECTOR]);
    expect(await call(SESSION)).toEqual({ ok: true, value: true });
    expect(state.moves).toEqual([{ id: WINDOW, bounds: { x: 1406, y: 10, width: 1200, height: 700 } }]);
    expect(state.opened).toEqual([
      { url: `app://puente/index.html?view=presenter&session=${SESSION}`, bounds: LAPTOP.workArea, closed: false },
    ]);
  });

  it('closing puts the window back where it was and closes the presenter view', async () => {
    const { call, state } = setUp([LAPTOP, PROJECTOR]);
    await call(SESSION);
    expect(await call(null)).toEqual({ ok: true, value: false });
    expect(state.opened[0]?.closed).toBe(true);
    expect(state.moves.at(-1)).toEqual({ id: WINDOW, bounds: { x: 50, y: 40, width: 1200, height: 700 } });
  });

  it('does not move a window that is already on the slides display', async () => {
    const { call, state } = setUp([LAPTOP, PROJECTOR], PROJECTOR);
    await call(SESSION);
    await call(null);
    expect(state.moves).toEqual([]);
    expect(state.opened).toHaveLength(1);
  });

  it('a second start replaces the first presenter view; the user closing it first is fine', async () => {
    const { call, state } = setUp([LAPTOP, PROJECTOR]);
    await call(SESSION);
    state.opened[0]!.closed = true; // the presenter closed it by hand
    await call('fedcba9876543210');
    expect(state.opened).toHaveLength(2);
    expect(state.opened[1]?.url).toContain('session=fedcba9876543210');
    expect(state.opened[1]?.closed).toBe(false);
  });

  it('the presentation window closing takes its presenter view with it', async () => {
    const { call, state, forget } = setUp([LAPTOP, PROJECTOR]);
    await call(SESSION);
    forget(WINDOW);
    expect(state.opened[0]?.closed).toBe(true);
  });

  it.each([
    ['a session id that is not hex', 'not-a-session'],
    ['a path', '../../etc/passwd'],
    ['a number', 42],
    ['a URL', 'https://evil.example/'],
  ])('refuses %s before any window opens', async (_label, session) => {
    const { call, state } = setUp([LAPTOP, PROJECTOR]);
    expect(await call(session)).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(state.opened).toEqual([]);
  });
});
