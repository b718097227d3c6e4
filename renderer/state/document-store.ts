// The scenario document store: Immer document + pure history, exposed to React through useSyncExternalStore.
// A slider drag is one undo step: begin() snapshots the document, preview() edits without recording,
// commit() records one entry as the diff from the snapshot (docs/architecture.md). Loading a document is never a step.
// Browsing (the place, the lens) is a view change, not an edit: see setView().
import { produce, produceWithPatches, type Draft } from 'immer';
import type { ScenarioDocument, ScenarioView } from '../../shared/scenario/document';
import { canRedo, canUndo, currentRevision, emptyHistory, record, redo, undo, type History } from './history';

export type Recipe = (draft: Draft<ScenarioDocument>) => void;

export interface DocumentSnapshot {
  doc: ScenarioDocument;
  canUndo: boolean;
  canRedo: boolean;
  dirty: boolean;
}

interface Transaction {
  key: string;
  base: ScenarioDocument;
  last: Recipe | null;
}

export class DocumentStore {
  private doc: ScenarioDocument;
  private history: History = emptyHistory();
  private savedRevision = 0;
  private tx: Transaction | null = null;
  private snapshot: DocumentSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(doc: ScenarioDocument, private readonly now: () => number = () => Date.now()) {
    this.doc = doc;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): DocumentSnapshot => this.snapshot;

  /** Replaces the document (open, new); clears history and marks it clean. Not undoable. */
  load(doc: ScenarioDocument): void {
    this.tx = null;
    this.doc = doc;
    this.history = emptyHistory();
    this.savedRevision = 0;
    this.emit();
  }

  /**
   * Replaces the document with work that was never saved (recovered after a crash): no history, and marked
   * unsaved, because the user's file does not hold it yet. Not undoable.
   */
  loadUnsaved(doc: ScenarioDocument): void {
    this.load(doc);
    this.savedRevision = -1;
    this.emit();
  }

  /** One recorded edit (a click, a typed value, a reset). Never merged with the previous step. */
  edit(key: string, recipe: Recipe): void {
    this.flush();
    const [next, patches, inverse] = produceWithPatches(this.doc, recipe);
    this.history = record(this.history, key, patches, inverse, { now: this.now(), mergeWindowMs: -1 });
    this.doc = next;
    this.emit();
  }

  /**
   * Changes what the screen shows (place, lens). The view is part of the document, so Save keeps it and a colleague
   * opens the same view, but it is not an edit: no undo step (browsing countries must not fill the undo stack or
   * push the user's last edit out of reach), and the work does not become unsaved. Undo and redo leave the view
   * alone, since their patches touch only what they edited.
   */
  setView(recipe: (view: Draft<ScenarioView>) => void): void {
    this.flush();
    const next = produce(this.doc, (d) => recipe(d.view));
    if (next === this.doc) return;
    this.doc = next;
    this.emit();
  }

  /** Starts a drag: later previews on the same key fold into one undo step. */
  begin(key: string): void {
    if (this.tx?.key === key) return;
    this.flush();
    this.tx = { key, base: this.doc, last: null };
  }

  /** Applies an edit while dragging, without recording it. */
  preview(key: string, recipe: Recipe): void {
    if (this.tx?.key !== key) this.begin(key);
    if (!this.tx) return;
    this.tx.last = recipe;
    this.doc = produce(this.doc, recipe);
    this.emit();
  }

  /**
   * Ends a drag: records one entry from the snapshot to the final value (drag recipes set absolute values).
   * `merge` is for keyboard nudges: quick repeats on the same control become one step.
   */
  commit(key: string, merge = false): void {
    if (this.tx?.key !== key) return;
    this.flush(merge);
    this.emit();
  }

  undo(): void {
    this.flush();
    const step = undo(this.doc, this.history);
    this.doc = step.doc;
    this.history = step.history;
    this.emit();
  }

  redo(): void {
    this.flush();
    const step = redo(this.doc, this.history);
    this.doc = step.doc;
    this.history = step.history;
    this.emit();
  }

  /**
   * The current state is what the file now holds. `stamp` carries what saving wrote into the file (times, app
   * version, baseline, the name chosen in Save As); it is taken over without an undo step, because it is not an
   * edit the user made.
   */
  markSaved(stamp?: Pick<ScenarioDocument, 'name' | 'createdAt' | 'updatedAt' | 'appVersion' | 'baseline'>): void {
    this.flush();
    if (stamp) {
      this.doc = produce(this.doc, (d) => {
        d.name = stamp.name;
        d.createdAt = stamp.createdAt;
        d.updatedAt = stamp.updatedAt;
        d.appVersion = stamp.appVersion;
        d.baseline = stamp.baseline;
      });
    }
    this.savedRevision = currentRevision(this.history);
    this.emit();
  }

  private flush(merge = false): void {
    const tx = this.tx;
    this.tx = null;
    if (!tx?.last) return;
    const [, patches, inverse] = produceWithPatches(tx.base, tx.last);
    // A pointer drag is one step even when two drags follow quickly; keyboard nudges use the merge window.
    const options = merge ? { now: this.now() } : { now: this.now(), mergeWindowMs: -1 };
    this.history = record(this.history, tx.key, patches, inverse, options);
    // this.doc already holds the final value from the last preview; keeping that object (not the equal one just
    // produced) means ending a drag does not hand the screen new references and trigger another recompute.
  }

  private makeSnapshot(): DocumentSnapshot {
    return {
      doc: this.doc,
      canUndo: canUndo(this.history) || this.tx?.last != null,
      canRedo: canRedo(this.history),
      dirty: currentRevision(this.history) !== this.savedRevision || this.tx?.last != null,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
