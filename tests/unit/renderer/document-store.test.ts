import { describe, expect, it } from 'vitest';
import { enablePatches } from 'immer';
import { DocumentStore } from '../../../renderer/state/document-store';
import { defaultScenario } from '../../../shared/scenario/defaults';

enablePatches();

function storeAt() {
  let now = 0;
  const store = new DocumentStore(defaultScenario(), () => now);
  return { store, tick: (ms: number) => { now += ms; } };
}

describe('scenario document store', () => {
  it('records one slider drag as one undo step with the final value', () => {
    const { store, tick } = storeAt();
    store.begin('lever:rate');
    for (const v of [0.1, 0.2, 0.3, 0.45]) {
      store.preview('lever:rate', (d) => { d.levers.regularisationRatePerYear = v; });
      tick(16);
    }
    store.commit('lever:rate');
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.45);
    store.undo();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBeUndefined();
    expect(store.getSnapshot().canUndo).toBe(false);
    store.redo();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.45);
  });

  it('keeps two quick drags of the same lever as two steps', () => {
    const { store, tick } = storeAt();
    for (const v of [0.2, 0.4]) {
      store.begin('lever:rate');
      store.preview('lever:rate', (d) => { d.levers.regularisationRatePerYear = v; });
      store.commit('lever:rate');
      tick(100);
    }
    store.undo();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBe(0.2);
  });

  it('merges quick keyboard nudges into one step', () => {
    const { store, tick } = storeAt();
    for (const v of [4.9, 4.8, 4.7]) {
      store.preview('lever:cost', (d) => { d.levers.remittanceCostTargetPct = v; });
      store.commit('lever:cost', true);
      tick(120);
    }
    store.undo();
    expect(store.getSnapshot().doc.levers.remittanceCostTargetPct).toBeUndefined();
  });

  it('loading a document is not an undo step and leaves it clean', () => {
    const { store } = storeAt();
    store.edit('lever:cost', (d) => { d.levers.remittanceCostTargetPct = 3; });
    expect(store.getSnapshot().dirty).toBe(true);
    const loaded = { ...defaultScenario('Loaded'), levers: { remittanceCostTargetPct: 4 } };
    store.load(loaded);
    const snap = store.getSnapshot();
    expect(snap.canUndo).toBe(false);
    expect(snap.dirty).toBe(false);
    expect(snap.doc.name).toBe('Loaded');
  });

  it('is dirty after an edit and clean again after undoing to the saved state', () => {
    const { store } = storeAt();
    expect(store.getSnapshot().dirty).toBe(false);
    store.edit('lever:cost', (d) => { d.levers.remittanceCostTargetPct = 3; });
    expect(store.getSnapshot().dirty).toBe(true);
    store.undo();
    expect(store.getSnapshot().dirty).toBe(false);
  });

  it('notifies subscribers with a new snapshot on every change', () => {
    const { store } = storeAt();
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    store.edit('lever:cost', (d) => { d.levers.remittanceCostTargetPct = 3; });
    store.undo();
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('document store: saving and recovered work', () => {
  it('takes over what saving stamped without an undo step, and is clean afterwards', () => {
    const store = new DocumentStore(defaultScenario('Plan'));
    store.edit('lever', (d) => {
      d.levers.regularisationRatePerYear = 0.2;
    });
    expect(store.getSnapshot().dirty).toBe(true);
    store.markSaved({ name: 'Plan B', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', appVersion: '1.0.0', baseline: { datasetId: 'd', checksum: 'c' } });
    const snap = store.getSnapshot();
    expect(snap).toMatchObject({ dirty: false, doc: { name: 'Plan B', updatedAt: '2026-01-02T00:00:00.000Z', levers: { regularisationRatePerYear: 0.2 } } });
    // Undo goes back over the user's edit only; the stamp is not a step.
    store.undo();
    expect(store.getSnapshot().doc).toMatchObject({ name: 'Plan B', levers: {} });
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('loads recovered work as unsaved with nothing to undo', () => {
    const store = new DocumentStore(defaultScenario('A'));
    store.loadUnsaved({ ...defaultScenario('Recovered'), levers: { regularisationRatePerYear: 0.45 } });
    expect(store.getSnapshot()).toMatchObject({ dirty: true, canUndo: false, doc: { name: 'Recovered' } });
  });

  it('takes a view change (place, lens) without an undo step or the unsaved marker, and undo leaves the view alone', () => {
    const { store } = storeAt();
    store.setView((v) => { v.region = 'GTM'; });
    expect(store.getSnapshot()).toMatchObject({ dirty: false, canUndo: false });
    expect(store.getSnapshot().doc.view.region).toBe('GTM');
    store.edit('lever:rate', (d) => { d.levers.regularisationRatePerYear = 0.3; });
    store.setView((v) => { v.region = 'COL'; v.lens = 'origin'; });
    store.setView((v) => { v.region = 'PER'; });
    // Browsing did not push the edit out of reach: one undo takes it back, and the place stays where the user is.
    store.undo();
    expect(store.getSnapshot()).toMatchObject({ dirty: false, canUndo: false });
    expect(store.getSnapshot().doc.view).toMatchObject({ region: 'PER', lens: 'origin' });
    expect(store.getSnapshot().doc.levers).toEqual({});
    store.redo();
    expect(store.getSnapshot().doc.view.region).toBe('PER');
    expect(store.getSnapshot().dirty).toBe(true);
  });

  it('ends a drag before a view change, so the drag is still one undo step', () => {
    const { store } = storeAt();
    store.begin('lever:rate');
    store.preview('lever:rate', (d) => { d.levers.regularisationRatePerYear = 0.4; });
    store.setView((v) => { v.region = 'MEX'; });
    store.undo();
    expect(store.getSnapshot().doc.levers.regularisationRatePerYear).toBeUndefined();
    expect(store.getSnapshot().doc.view.region).toBe('MEX');
  });
});
