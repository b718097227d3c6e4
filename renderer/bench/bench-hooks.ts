// What the UI bench (tests/bench/ui-bench.ts) reads from the page: the run shown and runs started, when the
// charts for a run were painted, and when the screen first became interactive. Compiled in only for the bench
// flavour (`vite build --mode bench`, into dist-bench/); in every other build BENCH is the constant false and
// the bundler drops all of it, so production pages carry no window.__puente* hooks.
import { useEffect, useLayoutEffect } from 'react';
import type { ProjectionModel } from '../compute/projection-model';

export const BENCH = import.meta.env.MODE === 'bench';

declare global {
  interface Window {
    /** Run id of the projection on screen and how many runs started. */
    __puenteCompute?: { shownRunId: number; runsStarted: number };
    /** The run whose charts were painted last: when React committed them, and when the frame was painted. */
    __puentePaint?: { runId: number; committedAt: number; at: number };
  }
}

export function installBenchHooks(projection: ProjectionModel): void {
  if (!BENCH) return;
  const publish = () => {
    window.__puenteCompute = { shownRunId: projection.getSnapshot().runId, runsStarted: projection.runsStarted };
  };
  publish();
  projection.subscribe(publish);
}

/** Stamps when the charts for `runId` were painted: one frame plus a task after React committed them. */
export const usePaintMark: (runId: number) => void = BENCH
  ? function usePaintMarkForBench(runId: number) {
      useLayoutEffect(() => {
        const committedAt = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            window.__puentePaint = { runId, committedAt, at: performance.now() };
          }, 0),
        );
      }, [runId]);
    }
  : () => undefined;

/** Marks the first frame with the screen in place (page load → interactive). */
export const useInteractiveMark: () => void = BENCH
  ? function useInteractiveMarkForBench() {
      useEffect(() => {
        requestAnimationFrame(() => performance.mark('puente:interactive'));
      }, []);
    }
  : () => undefined;
