// The projection and sensitivity models live beside the document store for the life of the page: they follow
// every change, coalesce bursts, and nothing a component does (mount, unmount, StrictMode's double effects)
// can stop them.
import { enablePatches } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { createProjectionModel } from '../../../renderer/compute/projection-model';
import { createSensitivityModel } from '../../../renderer/compute/sensitivity-model';
import { DocumentStore } from '../../../renderer/state/document-store';
import { defaultScenario } from '../../../shared/scenario';

beforeAll(() => enablePatches());

function manualQueue() {
  const queue: (() => void)[] = [];
  return { defer: (cb: () => void) => void queue.push(cb), flush: () => { while (queue.length) queue.shift()?.(); } };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const regularised2030 = (p: ReturnType<ReturnType<typeof createProjectionModel>['getSnapshot']>) =>
  p.projection?.regions.LAC?.scenario.migrantsRegular.at(-1) ?? Number.NaN;

describe('projection model', () => {
  const engine = createEngine();

  it('has the first projection at once, and follows the store: a burst of slider moves is one run', async () => {
    const store = new DocumentStore(defaultScenario());
    const q = manualQueue();
    const model = createProjectionModel(engine, store, q.defer);
    const first = regularised2030(model.getSnapshot());
    expect(Number.isFinite(first)).toBe(true);
    store.begin('lever');
    for (const rate of [0.1, 0.2, 0.4, 0.6]) store.preview('lever', (d) => { d.levers.regularisationRatePerYear = rate; });
    q.flush();
    await settle();
    expect(model.runsStarted).toBe(1);
    expect(regularised2030(model.getSnapshot())).toBeGreaterThan(first);
    expect(model.getSnapshot().runId).toBeGreaterThan(0);
  });

  it('keeps following the store whoever subscribes and unsubscribes (StrictMode mounts twice)', async () => {
    const store = new DocumentStore(defaultScenario());
    const q = manualQueue();
    const model = createProjectionModel(engine, store, q.defer);
    const seen: number[] = [];
    model.subscribe(() => seen.push(model.getSnapshot().runId))();
    const off = model.subscribe(() => seen.push(model.getSnapshot().runId));
    store.edit('lever', (d) => { d.levers.regularisationRatePerYear = 0.5; });
    q.flush();
    await settle();
    off();
    store.edit('lever', (d) => { d.levers.regularisationRatePerYear = 0.9; });
    q.flush();
    await settle();
    expect(seen).toHaveLength(1);
    expect(model.runsStarted).toBe(2);
  });

  it('does not rerun for edits that leave the model inputs alone (a rename)', async () => {
    const store = new DocumentStore(defaultScenario());
    const q = manualQueue();
    const model = createProjectionModel(engine, store, q.defer);
    store.edit('rename', (d) => { d.name = 'Plan'; });
    q.flush();
    await settle();
    expect(model.runsStarted).toBe(0);
  });
});

describe('sensitivity model', () => {
  it('runs the latest job asked for, once, and keeps working after the view goes away and comes back', async () => {
    const engine = createEngine();
    const q = manualQueue();
    const model = createSensitivityModel(engine, q.defer);
    const inputs = { levers: {}, countries: {}, parameters: {} };
    model.request({ inputs, region: 'LAC', output: 'remittancesUsd' });
    model.request({ inputs, region: 'LAC', output: 'netFiscalUsd' });
    model.request({ inputs, region: 'LAC', output: 'netFiscalUsd' });
    q.flush();
    await settle();
    const first = model.getSnapshot().rows;
    expect(first?.length).toBeGreaterThan(0);
    // The view unmounts and mounts again (StrictMode, or a tab change): asking again still answers.
    model.request({ inputs, region: 'COL', output: 'netFiscalUsd' });
    q.flush();
    await settle();
    expect(model.getSnapshot().rows).not.toBe(first);
    expect(model.getSnapshot().error).toBeNull();
  });
});
