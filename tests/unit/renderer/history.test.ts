import { describe, expect, it } from 'vitest';
import { enablePatches, produceWithPatches } from 'immer';
import { canRedo, canUndo, currentRevision, emptyHistory, record, redo, undo, type History } from '../../../renderer/state/history';

enablePatches();

interface Doc { levers: Record<string, number> }

function edit(doc: Doc, history: History, key: string, value: number, now: number, mergeWindowMs?: number) {
  const [next, patches, inverse] = produceWithPatches(doc, (d) => { d.levers[key] = value; });
  return { doc: next, history: record(history, key, patches, inverse, { now, mergeWindowMs }) };
}

describe('undo/redo history over Immer patches', () => {
  const start: Doc = { levers: {} };

  it('undoes and redoes one edit', () => {
    const a = edit(start, emptyHistory(), 'cost', 5, 0);
    expect(a.doc.levers.cost).toBe(5);
    const u = undo(a.doc, a.history);
    expect(u.doc.levers.cost).toBeUndefined();
    expect(canRedo(u.history)).toBe(true);
    const r = redo(u.doc, u.history);
    expect(r.doc.levers.cost).toBe(5);
    expect(canRedo(r.history)).toBe(false);
  });

  it('merges keyboard nudges on the same lever within the window into one step', () => {
    let s = edit(start, emptyHistory(), 'cost', 5, 0);
    s = edit(s.doc, s.history, 'cost', 4.9, 200);
    s = edit(s.doc, s.history, 'cost', 4.8, 400);
    expect(s.history.past).toHaveLength(1);
    const u = undo(s.doc, s.history);
    expect(u.doc.levers.cost).toBeUndefined();
    expect(redo(u.doc, u.history).doc.levers.cost).toBe(4.8);
  });

  it('keeps edits apart when they are slow or on different levers', () => {
    let s = edit(start, emptyHistory(), 'cost', 5, 0);
    s = edit(s.doc, s.history, 'cost', 4, 2000);
    s = edit(s.doc, s.history, 'rate', 0.2, 2100);
    expect(s.history.past).toHaveLength(3);
    const u = undo(s.doc, s.history);
    expect(u.doc).toEqual({ levers: { cost: 4 } });
  });

  it('clears redo on a new edit', () => {
    const a = edit(start, emptyHistory(), 'cost', 5, 0);
    const u = undo(a.doc, a.history);
    const b = edit(u.doc, u.history, 'rate', 0.5, 10);
    expect(canRedo(b.history)).toBe(false);
  });

  it('gives each state a revision so undoing back to a saved state is clean again', () => {
    const a = edit(start, emptyHistory(), 'cost', 5, 0);
    const saved = currentRevision(a.history);
    const b = edit(a.doc, a.history, 'rate', 0.5, 10_000);
    expect(currentRevision(b.history)).not.toBe(saved);
    const u = undo(b.doc, b.history);
    expect(currentRevision(u.history)).toBe(saved);
  });

  it('does not record an edit that changed nothing', () => {
    const a = edit(start, emptyHistory(), 'cost', 5, 0);
    const same = edit(a.doc, a.history, 'cost', 5, 10_000);
    expect(same.history.past).toHaveLength(1);
  });

  it('caps the stack at the limit, dropping the oldest steps', () => {
    let doc = start;
    let history = emptyHistory();
    for (let i = 0; i < 10; i += 1) {
      const [next, patches, inverse] = produceWithPatches(doc, (d) => { d.levers.cost = i + 1; });
      history = record(history, 'cost', patches, inverse, { now: i * 1000, limit: 3 });
      doc = next;
    }
    expect(history.past).toHaveLength(3);
    let s = { doc, history };
    while (canUndo(s.history)) s = undo(s.doc, s.history);
    expect(s.doc.levers.cost).toBe(7);
  });
});
