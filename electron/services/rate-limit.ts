// A token bucket: `burst` actions at once, then one every `everyMs`. Bounds what a compromised page can do
// through the IPC gate without a dialog (a person saving or duplicating never comes near it).
export interface RateLimit {
  /** True (and one token used) when the action may go ahead now. */
  take(): boolean;
}

export function createRateLimit({ burst, everyMs, now }: { burst: number; everyMs: number; now(): number }): RateLimit {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + (t - last) / everyMs);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
