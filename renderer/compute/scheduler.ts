// Latest-wins recompute scheduler (SDEverywhere's coalescing ModelScheduler idea):
// inputs that arrive before a run starts replace each other (a burst of slider events is one run), and at most one
// run is in flight. Runs therefore finish in input order: an old result can never land after a newer one, and the
// last result delivered is always from the newest input. Intermediate results are shown (feedback while dragging).

export type Defer = (callback: () => void) => void;

export interface SchedulerOptions<I, O> {
  run: (input: I) => O | Promise<O>;
  onResult: (output: O, runId: number) => void;
  onError?: (error: unknown, runId: number) => void;
  /** When queued inputs start running; the page uses a macrotask, tests a manual queue. */
  defer?: Defer;
}

export interface Scheduler<I> {
  /** Queues an input; returns its run id. */
  schedule(input: I): number;
  /** Number of runs actually started (for tests and the bench). */
  readonly runsStarted: number;
}

// A macrotask, not an animation frame: input events queued behind us still replace the pending input (Chromium
// runs input first), and the result can be rendered before the next frame instead of one frame later.
const defaultDefer: Defer = (() => {
  if (typeof MessageChannel !== 'function') return (callback: () => void) => void setTimeout(callback, 0);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (callback: () => void) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
})();

export function createLatestWinsScheduler<I, O>(options: SchedulerOptions<I, O>): Scheduler<I> {
  const defer = options.defer ?? defaultDefer;
  let latestId = 0;
  let pending: { input: I; id: number } | null = null;
  let queued = false;
  let running = false;
  let runsStarted = 0;

  const pump = async (): Promise<void> => {
    queued = false;
    if (running) return;
    while (pending) {
      const job = pending;
      pending = null;
      running = true;
      runsStarted += 1;
      try {
        const output = await options.run(job.input);
        options.onResult(output, job.id);
      } catch (error) {
        options.onError?.(error, job.id);
      } finally {
        running = false;
      }
    }
  };

  return {
    schedule(input: I): number {
      latestId += 1;
      pending = { input, id: latestId };
      if (!queued && !running) {
        queued = true;
        defer(() => void pump());
      }
      return latestId;
    },
    get runsStarted() {
      return runsStarted;
    },
  };
}
