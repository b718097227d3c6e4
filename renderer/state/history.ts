// Pure undo/redo history over Immer patches (see docs/architecture.md, "One lever change"). No React, no DOM:
// unit-tested under node.
// Each entry carries the patches that redo it and the inverse patches that undo it. A new edit clears redo.
// Dirty tracking compares revision ids, not stack lengths, so undoing back to the saved state is clean again.
import { applyPatches, type Patch } from 'immer';

export interface HistoryEntry {
  /** What the user did, e.g. "lever:regularisationRatePerYear". Edits with the same key close in time merge. */
  key: string;
  patches: Patch[];
  inverse: Patch[];
  /** ms timestamp of the last edit folded into this entry. */
  at: number;
  /** Unique revision id of the document state after this entry. */
  revision: number;
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  /** Next revision id to hand out; revision 0 is the state the history started from. */
  nextRevision: number;
}

export const HISTORY_LIMIT = 200;
/** Keyboard nudges on the same control within this window are one undo step. */
export const MERGE_WINDOW_MS = 500;

export function emptyHistory(): History {
  return { past: [], future: [], nextRevision: 1 };
}

/** Revision id of the current document state. */
export function currentRevision(history: History): number {
  return history.past.at(-1)?.revision ?? 0;
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}

export interface RecordOptions {
  now: number;
  /** Merge with the previous entry when it has the same key and is recent (keyboard nudges). */
  mergeWindowMs?: number;
  limit?: number;
}

/** Adds one edit. An edit that changed nothing (no patches) is not a step. */
export function record(history: History, key: string, patches: Patch[], inverse: Patch[], options: RecordOptions): History {
  if (patches.length === 0) return history;
  const window = options.mergeWindowMs ?? MERGE_WINDOW_MS;
  const limit = options.limit ?? HISTORY_LIMIT;
  const previous = history.past.at(-1);
  const revision = history.nextRevision;
  let past: HistoryEntry[];
  if (previous && previous.key === key && options.now - previous.at <= window) {
    // Redo applies the earlier patches first; undo reverts the later edit first.
    const merged: HistoryEntry = {
      key,
      patches: [...previous.patches, ...patches],
      inverse: [...inverse, ...previous.inverse],
      at: options.now,
      revision,
    };
    past = [...history.past.slice(0, -1), merged];
  } else {
    past = [...history.past, { key, patches, inverse, at: options.now, revision }];
  }
  if (past.length > limit) past = past.slice(past.length - limit);
  return { past, future: [], nextRevision: revision + 1 };
}

export interface Step<T> {
  doc: T;
  history: History;
}

export function undo<T extends object>(doc: T, history: History): Step<T> {
  const entry = history.past.at(-1);
  if (!entry) return { doc, history };
  return {
    doc: applyPatches(doc, entry.inverse),
    history: { ...history, past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function redo<T extends object>(doc: T, history: History): Step<T> {
  const entry = history.future[0];
  if (!entry) return { doc, history };
  return {
    doc: applyPatches(doc, entry.patches),
    history: { ...history, past: [...history.past, entry], future: history.future.slice(1) },
  };
}
