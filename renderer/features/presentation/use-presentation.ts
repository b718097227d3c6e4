// React access to presentation mode: the session (outside React) through a context, its snapshot, the projections
// a deck draws, and the two animations of a slide (replay and the reveal's draw-on).
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Projection } from '../../../shared/model/types';
import { toScenarioInputs } from '../../../shared/scenario';
import type { Engine } from '../../compute/engine-types';
import type { DeckInput } from './deck';
import type { PresentationSession, PresentationSnapshot } from './presentation-session';
import { replayProgress } from './replay';

export const PresentationContext = createContext<PresentationSession | null>(null);

export function usePresentationSession(): PresentationSession {
  const session = useContext(PresentationContext);
  if (!session) throw new Error('usePresentationSession() outside <PresentationContext.Provider>');
  return session;
}

export function usePresentation(): PresentationSnapshot {
  const session = usePresentationSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** What the slides of a deck draw: the model, the deck, and a projection for each scenario in it. */
export interface DeckData {
  engine: Engine;
  input: DeckInput;
  /** One per scenario of the deck, in order. */
  projections: readonly Projection[];
  /** One per scenario of the comparison on screen, in order. */
  comparison: readonly Projection[];
}

/** Projections for a deck; `live` is the open scenario's own projection (already computed, moving with its levers). */
export function useDeckData(engine: Engine, input: DeckInput, live: Projection | null): DeckData {
  const projections = useMemo(
    () => input.scenarios.map((s, i) => (i === 0 && live !== null ? live : engine.project(toScenarioInputs(s.document)))),
    [engine, input.scenarios, live],
  );
  const comparison = useMemo(() => (input.comparison?.scenarios ?? []).map((s) => engine.project(toScenarioInputs(s.document))), [engine, input.comparison]);
  return useMemo(() => ({ engine, input, projections, comparison }), [engine, input, projections, comparison]);
}

/** The scale that fits a width × height design into the element (slides are laid out at 1280 × 720). */
export function useFitScale(ref: RefObject<HTMLElement | null>, width: number, height: number): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.min(element.clientWidth / width, element.clientHeight / height);
      if (next > 0) setScale(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, width, height]);
  return scale;
}

/**
 * Replay progress, 0 → 1 over REPLAY_MS each time `token` changes after the slide was first shown (1 when idle): a
 * slide shown again later does not replay again. The replay is what the presenter asked for, so it runs even with
 * reduced motion.
 */
export function useReplay(token: number | null): number {
  const [progress, setProgress] = useState(1);
  const shownWith = useRef(token);
  useEffect(() => {
    if (token === null || token === shownWith.current) return;
    const start = performance.now();
    let frame = 0;
    const step = (now: number) => {
      const k = replayProgress(now - start);
      setProgress(k);
      if (k < 1) frame = requestAnimationFrame(step);
    };
    setProgress(0);
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      setProgress(1);
    };
  }, [token]);
  return progress;
}

/** True for a moment after `hidden` turns false, so the revealed line draws on (CSS; none with reduced motion). */
export function useDrawOn(hidden: boolean): boolean {
  const [previous, setPrevious] = useState(hidden);
  const [drawing, setDrawing] = useState(false);
  if (previous !== hidden) {
    // Adjusting state to a changed prop while rendering, as React documents it (no extra effect pass).
    setPrevious(hidden);
    setDrawing(!hidden);
  }
  useEffect(() => {
    if (!drawing) return;
    const timer = setTimeout(() => setDrawing(false), 1200);
    return () => clearTimeout(timer);
  }, [drawing]);
  return drawing;
}
