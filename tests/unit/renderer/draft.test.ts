import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../shared/scenario';
import { DRAFT_KEY, draftWriter, restoreDraft, type DraftStorage } from '../../../renderer/state/draft';

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, readStored: (k) => data[k] ?? null, writeStored: (k, v) => ((data[k] = v), true) };
}

afterEach(() => vi.useRealTimers());

describe('browser draft', () => {
  it('round-trips a scenario through storage, written once after a burst of changes', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const write = draftWriter(storage, 400);
    const doc = { ...defaultScenario('Draft'), levers: { regularisationRatePerYear: 0.3 } };
    write(defaultScenario('Draft'));
    write(doc);
    expect(storage.data[DRAFT_KEY]).toBeUndefined();
    vi.advanceTimersByTime(400);
    expect(restoreDraft(storage)?.levers).toEqual({ regularisationRatePerYear: 0.3 });
  });

  it('ignores a damaged or out-of-range draft instead of loading it', () => {
    expect(restoreDraft(memoryStorage({ [DRAFT_KEY]: '{"format":' }))).toBeNull();
    const bad = JSON.stringify({ ...defaultScenario(), levers: { regularisationRatePerYear: 7 } });
    expect(restoreDraft(memoryStorage({ [DRAFT_KEY]: bad }))).toBeNull();
    expect(restoreDraft(memoryStorage())).toBeNull();
  });
});
