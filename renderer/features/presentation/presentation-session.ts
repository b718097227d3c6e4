// Presentation mode's state, outside React (the page reads it through use-presentation.ts): whether a presentation
// is on, its slides, the slide shown, which slides hide their scenario line, the lever strip and the last replay.
// UI state only: it is never saved and never an undo step, so leaving a presentation leaves the scenario exactly
// as it was. It also drives the window (full screen, the presenter view on a second display) and keeps the
// presenter view in step over a BroadcastChannel.
import type { HostApi } from '../../../shared/host/host-api';
import { presenterChannelName } from '../../../shared/host/presenter-view';
import type { LeverBaseline } from '../compare/assumption-rows';
import { buildDeck, clampIndex, hasScenarioLines, type DeckInput, type Slide } from './deck';
import type { PresentAction } from './presentation-keys';
import { parsePresenterMessage, type OutgoingMessage } from './presenter-messages';

export interface PresentationSnapshot {
  active: boolean;
  /** Names the presenter view's channel; null when no presentation is on. */
  session: string | null;
  input: DeckInput | null;
  slides: readonly Slide[];
  index: number;
  /** Keys of the slides whose scenario lines are hidden so the room can guess (R). */
  hidden: readonly string[];
  /** The lever strip is shown (L). */
  levers: boolean;
  /** The last replay asked for (P): which slide, and a counter that changes with each one. */
  replay: { key: string; token: number } | null;
  /** A presenter view opened on a second display. */
  presenterView: boolean;
  startedAt: number;
}

/** The part of a BroadcastChannel the session uses (a fake in unit tests). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export interface SessionDeps {
  leverBaseline: LeverBaseline;
  /** Opens the named channel; null where the page has no BroadcastChannel. */
  openChannel(name: string): ChannelLike | null;
  newId(): string;
  now(): number;
  /** Remembers what has the keyboard focus now; the function it returns gives the focus back. */
  keepFocus?(): () => void;
}

type PresentationHost = Pick<HostApi, 'capabilities' | 'setFullScreen' | 'onFullScreenChange' | 'showPresenterView'>;

const OFF: PresentationSnapshot = {
  active: false,
  session: null,
  input: null,
  slides: [],
  index: 0,
  hidden: [],
  levers: false,
  replay: null,
  presenterView: false,
  startedAt: 0,
};

/** Same slides: same keys, and closing pages with the same rows (so a lever moved live re-renders nothing else). */
function sameSlides(a: readonly Slide[], b: readonly Slide[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const o = b[i];
      if (o === undefined || o.key !== s.key) return false;
      if (s.kind !== 'closing' || o.kind !== 'closing') return true;
      return s.pages === o.pages && s.rows.length === o.rows.length && s.rows.every((r, k) => r.id === o.rows[k]?.id && r.values.join() === o.rows[k]?.values.join());
    })
  );
}

export class PresentationSession {
  private state: PresentationSnapshot = OFF;
  private readonly listeners = new Set<() => void>();
  private channel: ChannelLike | null = null;
  private restoreFocus: (() => void) | null = null;
  /** The newest input, sent to the presenter view; the snapshot's changes only when the slides do. */
  private latest: DeckInput | null = null;

  constructor(
    private readonly host: PresentationHost,
    private readonly deps: SessionDeps,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): PresentationSnapshot => this.state;

  /** Follows the window: leaving full screen by any means (the OS, the browser's Esc) ends the presentation. */
  attach(): () => void {
    return this.host.onFullScreenChange((on) => {
      if (!on) this.stop();
    });
  }

  /** Starts presenting `input` from its first slide: full screen, and a presenter view where there is a second display. */
  start(input: DeckInput): void {
    if (this.state.active) return;
    const session = this.deps.newId();
    this.restoreFocus = this.deps.keepFocus?.() ?? null;
    this.channel = this.deps.openChannel(presenterChannelName(session));
    if (this.channel) this.channel.onmessage = (event) => this.receive(event.data);
    this.set({ ...OFF, active: true, session, input, slides: buildDeck(input, this.deps.leverBaseline), startedAt: this.deps.now() });
    // The presenter view first: on the desktop it moves the window to the slides' display before it goes full screen.
    const presenter = this.host.capabilities.presenterView ? this.host.showPresenterView(session).catch(() => false) : Promise.resolve(false);
    void presenter.then((open) => {
      if (this.state.session !== session) return;
      if (open) this.set({ ...this.state, presenterView: true });
      return this.host.setFullScreen(true);
    });
  }

  /** The open scenario changed (a lever moved live): the slides follow, and so does the presenter view. */
  update(input: DeckInput): void {
    if (!this.state.active || this.state.input?.source !== 'current' || input.source !== 'current') return;
    const slides = buildDeck(input, this.deps.leverBaseline);
    if (sameSlides(slides, this.state.slides)) {
      // Nothing on this page's slides moved; the presenter view still draws the new numbers.
      this.latest = input;
      this.broadcast();
      return;
    }
    const key = this.state.slides[this.state.index]?.key;
    const kept = slides.findIndex((s) => s.key === key);
    this.set({ ...this.state, input, slides, index: kept >= 0 ? kept : clampIndex(this.state.index, slides.length) });
  }

  /** Carries out a presentation key; returns whether anything changed (the page announces what did). */
  act(action: PresentAction): boolean {
    const s = this.state;
    if (!s.active) return false;
    const last = s.slides.length - 1;
    const slide = s.slides[s.index];
    switch (action) {
      case 'next':
        return this.goTo(s.index + 1);
      case 'previous':
        return this.goTo(s.index - 1);
      case 'first':
        return this.goTo(0);
      case 'last':
        return this.goTo(last);
      case 'reveal': {
        if (!slide || !hasScenarioLines(slide)) return false;
        const hidden = s.hidden.includes(slide.key) ? s.hidden.filter((k) => k !== slide.key) : [...s.hidden, slide.key];
        this.set({ ...s, hidden });
        return true;
      }
      case 'replay': {
        if (!slide || !hasScenarioLines(slide)) return false;
        // A replay always ends on the scenario, so it also reveals a hidden line.
        this.set({ ...s, hidden: s.hidden.filter((k) => k !== slide.key), replay: { key: slide.key, token: (s.replay?.token ?? 0) + 1 } });
        return true;
      }
      case 'levers':
        // Levers move the open scenario; scenarios chosen from the library are shown as saved.
        if (s.input?.source !== 'current') return false;
        this.set({ ...s, levers: !s.levers });
        return true;
      case 'exit':
        this.stop();
        return true;
    }
  }

  /** Ends the presentation: the window leaves full screen, the presenter view closes, the focus goes back. */
  stop(): void {
    if (!this.state.active) return;
    this.post({ type: 'ended' });
    this.channel?.close();
    this.channel = null;
    this.set(OFF);
    void this.host.setFullScreen(false);
    if (this.host.capabilities.presenterView) void this.host.showPresenterView(null).catch(() => false);
    this.restoreFocus?.();
    this.restoreFocus = null;
  }

  private goTo(index: number): boolean {
    const next = clampIndex(index, this.state.slides.length);
    if (next === this.state.index) return false;
    this.set({ ...this.state, index: next });
    return true;
  }

  private receive(raw: unknown): void {
    const message = parsePresenterMessage(raw);
    if (message?.type === 'hello') this.broadcast();
    else if (message?.type === 'command') this.act(message.action);
  }

  private broadcast(): void {
    const s = this.state;
    const input = this.latest ?? s.input;
    if (!s.active || input === null) return;
    this.post({ type: 'state', input, index: s.index, hidden: s.hidden, levers: s.levers, startedAt: s.startedAt });
  }

  private post(message: OutgoingMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A presenter view is a convenience: a message that cannot be sent never stops the presentation.
    }
  }

  private set(next: PresentationSnapshot): void {
    this.state = next;
    this.latest = next.input;
    this.broadcast();
    for (const listener of this.listeners) listener();
  }
}

/** A BroadcastChannel behind ChannelLike; null where the page has none. */
export function openBroadcastChannel(name: string): ChannelLike | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  const like: ChannelLike = {
    postMessage: (message) => channel.postMessage(message),
    close: () => channel.close(),
    onmessage: null,
  };
  channel.onmessage = (event: MessageEvent) => like.onmessage?.({ data: event.data });
  return like;
}

/** Remembers the element with the keyboard focus; the function it returns focuses it again once the page is back. */
export function keepDocumentFocus(): () => void {
  const element = document.activeElement;
  return () =>
    requestAnimationFrame(() => {
      if (element instanceof HTMLElement && element.isConnected) element.focus();
    });
}
