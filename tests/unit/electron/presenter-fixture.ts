// Presenter-view handlers over scripted displays and windows, for the IPC tests.
import { createPresenterHandlers, type DisplayInfo, type Rect } from '../../../electron/services/presenter-window';

export const LAPTOP: DisplayInfo = { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
export const PROJECTOR: DisplayInfo = { id: 2, internal: false, bounds: { x: 1366, y: 0, width: 1280, height: 720 }, workArea: { x: 1366, y: 0, width: 1280, height: 720 } };

export function presenterHandlersForTest(displays: DisplayInfo[] = [LAPTOP]) {
  const state = {
    displays,
    /** Window id → its bounds and the display it is on. */
    windows: new Map<number, { bounds: Rect; display: DisplayInfo }>(),
    moves: [] as { id: number; bounds: Rect }[],
    opened: [] as { url: string; bounds: Rect; closed: boolean }[],
  };
  const presenter = createPresenterHandlers(
    {
      displays: () => state.displays,
      displayOfWindow: (id) => state.windows.get(id)?.display ?? null,
      windowBounds: (id) => state.windows.get(id)?.bounds ?? null,
      moveWindow(id, bounds) {
        state.moves.push({ id, bounds });
        const win = state.windows.get(id);
        const display = state.displays.find((d) => bounds.x >= d.bounds.x && bounds.x < d.bounds.x + d.bounds.width);
        if (win && display) state.windows.set(id, { bounds, display });
      },
      openWindow(url, bounds) {
        const entry = { url, bounds, closed: false };
        state.opened.push(entry);
        return { close: () => void (entry.closed = true), isClosed: () => entry.closed };
      },
    },
    'app://puente',
  );
  return { handlers: presenter.handlers, forget: presenter.forget, state };
}
