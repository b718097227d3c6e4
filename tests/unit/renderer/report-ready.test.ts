// The print view signals "ready" only when every chart has drawn; a chart that never draws is a failure to report,
// not a report to print with an empty frame (review finding 14 of issue 8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenReportReady } from '../../../renderer/print/report-ready';

let frames = 0;
/** A chart figure that has drawn its series from frame `drawsAt` on (never, for Infinity). */
const chart = (drawsAt: number, drawn = '.series-layer') => ({
  querySelector: (selector: string) => (frames >= drawsAt && selector.split(', ').includes(drawn) ? {} : null),
});
const root = (...charts: ReturnType<typeof chart>[]) => ({ querySelectorAll: (s: string) => (s === 'figure.chart' ? charts : []) }) as unknown as HTMLElement;

describe('whenReportReady', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    frames = 0;
  });
  const stubBrowser = () => {
    vi.stubGlobal('document', { fonts: { ready: Promise.resolve() } });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
      frames += 1;
      queueMicrotask(callback);
      return frames;
    });
  };

  it('is ready once every chart has drawn, a few frames after mounting', async () => {
    stubBrowser();
    expect(await whenReportReady(root(chart(0), chart(3), chart(5, '.chart__empty')))).toEqual({ ok: true });
    expect(frames).toBeGreaterThanOrEqual(5);
  });

  it('reports the charts that never drew as a failure instead of printing them empty', async () => {
    stubBrowser();
    expect(await whenReportReady(root(chart(0), chart(Infinity), chart(Infinity)))).toEqual({ ok: false, undrawn: 2 });
    // It gave up after a bounded wait (about two seconds of frames), not at once and not never.
    expect(frames).toBeGreaterThan(60);
    expect(frames).toBeLessThan(200);
  });
});
