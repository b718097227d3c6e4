// Replay (P): the chart animates from the baseline to the scenario over about 1.5 s, so the room sees the change
// the levers make. The axes stay put; only the drawn values move. Pure: the progress curve and the in-between rows.
import type { ChartRow } from '../charts/chart-rows';

export const REPLAY_MS = 1500;

/** How far the replay has come after `elapsed` ms: 0 at the start, 1 at the end, eased in and out. */
export function replayProgress(elapsed: number, duration = REPLAY_MS): number {
  if (!(elapsed > 0)) return 0;
  if (elapsed >= duration) return 1;
  const x = elapsed / duration;
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** `k` of the way from the baseline value to the scenario value; the scenario value where there is no baseline. */
export function between(baseline: number | null, scenario: number | null, k: number): number | null {
  if (scenario === null) return null;
  return baseline === null ? scenario : baseline + (scenario - baseline) * k;
}

const pair = (b: number | null, p: [number, number] | null, k: number): [number, number] | null =>
  p === null ? null : [between(b, p[0], k) ?? p[0], between(b, p[1], k) ?? p[1]];

/** Chart rows `k` of the way from the baseline: at 0 the scenario sits on the baseline, at 1 they are the rows. */
export function rowsAt(rows: readonly ChartRow[], k: number): readonly ChartRow[] {
  if (k >= 1) return rows;
  return rows.map((r) => ({
    ...r,
    scenario: between(r.baseline, r.scenario, k),
    band: pair(r.baseline, r.band, k),
    diff: r.diff === null ? null : r.diff * k,
    diffBand: r.diffBand === null ? null : [r.diffBand[0] * k, r.diffBand[1] * k],
  }));
}

/** Rows with the scenario taken out (predict, then reveal): the baseline, paper and observed points stay. */
export function withoutScenario(rows: readonly ChartRow[]): readonly ChartRow[] {
  return rows.map((r) => ({ ...r, scenario: null, band: null, diff: null, diffBand: null }));
}
