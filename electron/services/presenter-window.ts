// The main-process side of the presenter view (HostApi.showPresenterView). With a second display, the slides go
// full screen on one display and the presenter view (notes, next slide, timer) opens on the other, the way
// PowerPoint and Keynote split a laptop and a projector. Electron's screen and window calls are passed in, so the
// choice of displays and the window's round trip are tested under Vitest.
import { presenterViewQuery } from '../../shared/host/presenter-view';
import { ok } from '../../shared/result';
import type { HandlerMap } from './ipc-validation';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The parts of Electron's Display this needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** The laptop's own screen (Electron's Display.internal). */
  internal: boolean;
}

export interface ScreenPlan {
  /** Where the presentation window goes full screen (the projector). */
  slides: DisplayInfo;
  /** Where the presenter view opens (the presenter's own screen). */
  presenter: DisplayInfo;
}

/**
 * Which display shows the slides and which the presenter view; null with one display. The presenter view goes to
 * the laptop's own screen when exactly one display is internal, otherwise to the display the window is on now
 * (where the presenter was working); the slides go to the window's display if that is not the presenter's, else to
 * the first other display.
 */
export function planScreens(displays: readonly DisplayInfo[], windowDisplay: DisplayInfo | null): ScreenPlan | null {
  if (displays.length < 2) return null;
  const current = displays.find((d) => d.id === windowDisplay?.id) ?? displays[0];
  if (current === undefined) return null;
  const internal = displays.filter((d) => d.internal);
  const presenter = internal.length === 1 && internal[0] !== undefined ? internal[0] : current;
  const slides = current.id !== presenter.id ? current : displays.find((d) => d.id !== presenter.id);
  return slides === undefined ? null : { slides, presenter };
}

/** A window of `size` centred in `area`, never larger than it. */
export function centreIn(area: Rect, size: Pick<Rect, 'width' | 'height'>): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/** The presenter window, as main opened it. */
export interface PresenterWindowHandle {
  close(): void;
  isClosed(): boolean;
}

export interface PresenterWindowCapabilities {
  displays(): DisplayInfo[];
  /** The display that holds most of the sender's window; null when the window is gone. */
  displayOfWindow(senderId: number): DisplayInfo | null;
  /** The sender window's bounds outside full screen; null when the window is gone. */
  windowBounds(senderId: number): Rect | null;
  /** Moves the sender's window (once it has left full screen, if it is in full screen now). */
  moveWindow(senderId: number, bounds: Rect): void;
  /** Opens the presenter view at `url` filling `bounds`, with the locked web preferences and no preload. */
  openWindow(url: string, bounds: Rect): PresenterWindowHandle;
}

interface Open {
  handle: PresenterWindowHandle;
  /** Where the presentation window was before it moved to the slides display; null when it did not move. */
  restore: Rect | null;
}

export function createPresenterHandlers(caps: PresenterWindowCapabilities, appOrigin: string) {
  const open = new Map<number, Open>();

  /** Closes a window's presenter view and puts the window back where it was. */
  const close = (senderId: number) => {
    const current = open.get(senderId);
    if (current === undefined) return;
    open.delete(senderId);
    if (!current.handle.isClosed()) current.handle.close();
    if (current.restore !== null) caps.moveWindow(senderId, current.restore);
  };

  const handlers: Pick<HandlerMap, 'app:presenter-view'> = {
    'app:presenter-view': ([session], { senderId }) => {
      close(senderId);
      if (session === null) return ok(false);
      const plan = planScreens(caps.displays(), caps.displayOfWindow(senderId));
      const bounds = caps.windowBounds(senderId);
      if (plan === null || bounds === null) return ok(false);
      const onSlides = caps.displayOfWindow(senderId)?.id === plan.slides.id;
      if (!onSlides) caps.moveWindow(senderId, centreIn(plan.slides.workArea, bounds));
      const handle = caps.openWindow(`${appOrigin}/index.html${presenterViewQuery(session)}`, plan.presenter.workArea);
      open.set(senderId, { handle, restore: onSlides ? null : bounds });
      return ok(true);
    },
  };
  return {
    handlers,
    /** The presentation window closed: its presenter view goes with it. */
    forget(senderId: number): void {
      const current = open.get(senderId);
      open.delete(senderId);
      if (current !== undefined && !current.handle.isClosed()) current.handle.close();
    },
  };
}
