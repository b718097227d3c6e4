import { describe, expect, it } from 'vitest';
import { createLatestWinsScheduler } from '../../../renderer/compute/scheduler';

function manualQueue() {
  const queue: (() => void)[] = [];
  return { defer: (cb: () => void) => { queue.push(cb); }, flush: () => { while (queue.length) queue.shift()?.(); } };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latest-wins recompute scheduler', () => {
  it('turns a burst of inputs into one run with the newest input', async () => {
    const q = manualQueue();
    const ran: number[] = [];
    const results: number[] = [];
    const s = createLatestWinsScheduler<number, number>({ run: (x) => { ran.push(x); return x * 10; }, onResult: (o) => results.push(o), defer: q.defer });
    for (let i = 1; i <= 20; i += 1) s.schedule(i);
    q.flush();
    await settle();
    expect(ran).toEqual([20]);
    expect(results).toEqual([200]);
    expect(s.runsStarted).toBe(1);
  });

  it('never lets a slow old run finish after a newer one: the newest input is the last result', async () => {
    const q = manualQueue();
    const results: number[] = [];
    let release: (() => void) | null = null;
    const s = createLatestWinsScheduler<number, number>({
      run: (x) => (x === 1 ? new Promise<number>((r) => { release = () => r(x); }) : x),
      onResult: (o) => results.push(o),
      defer: q.defer,
    });
    s.schedule(1);
    q.flush();
    s.schedule(2);
    s.schedule(3);
    q.flush();
    release!();
    await settle();
    expect(results.at(-1)).toBe(3);
    expect(results).not.toContain(2);
    expect(s.runsStarted).toBe(2);
  });

  it('reports errors and keeps working', async () => {
    const q = manualQueue();
    const errors: unknown[] = [];
    const results: number[] = [];
    const s = createLatestWinsScheduler<number, number>({
      run: (x) => { if (x < 0) throw new Error('negative'); return x; },
      onResult: (o) => results.push(o),
      onError: (e) => errors.push(e),
      defer: q.defer,
    });
    s.schedule(-1);
    q.flush();
    await settle();
    s.schedule(4);
    q.flush();
    await settle();
    expect(errors).toHaveLength(1);
    expect(results).toEqual([4]);
  });
});
