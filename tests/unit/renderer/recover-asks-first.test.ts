// Review finding 1 (data loss): "Recover" replaced what the user had typed since the start without asking, and
// its record took over the slot that held those edits' autosave. Recover now asks Save / Don't Save / Cancel
// first, like New, Open and Restore a backup.
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../../renderer/host/memory-host';
import { createMapStore } from '../../../shared/library/kv-store';
import { settle, setUpWorkflow } from './workflow-fixture';

/** Session 1 autosaves an untitled scenario at 0.45 and crashes; session 2 starts and edits to 0.77 before answering. */
async function editedBeforeRecover({ slowClear = false } = {}) {
  const kv = createMapStore();
  const first = setUpWorkflow(createMemoryHost({ kv }));
  first.setRate(0.45);
  first.timers.fire();
  await settle();
  const host = createMemoryHost({ kv });
  // Over IPC a removal can land after a write sent just after it; the slot must still end up holding the work.
  const slow = { ...host, clearAutosave: async (ref: string | null) => (await settle(), await settle(), host.clearAutosave(ref)) };
  const second = setUpWorkflow(slowClear ? slow : host);
  await settle();
  second.setRate(0.77);
  second.timers.fire();
  await settle();
  const [work] = second.workflow.getSnapshot().recovery;
  if (!work) throw new Error('nothing offered');
  /** Another crash: what the next start offers. */
  const offeredAfterCrash = async () => {
    for (let i = 0; i < 4; i += 1) await settle(); // what the session sent has landed
    const next = setUpWorkflow(createMemoryHost({ kv }));
    await settle();
    return next.workflow.getSnapshot().recovery.map((w) => w.document.levers.regularisationRatePerYear).sort();
  };
  return { second, work, offeredAfterCrash };
}

describe('Recover with unsaved edits on screen (review finding 1)', () => {
  it('asks first; Cancel keeps the edits on screen, the offer open, and both pieces of work after a crash', async () => {
    const { second, work, offeredAfterCrash } = await editedBeforeRecover();
    await second.commands.recover(work);
    expect(second.asked.at(-1)?.actions.map((a) => a.id)).toEqual(['save', 'discard']);
    expect(second.rate()).toBe(0.77);
    expect(second.workflow.getSnapshot().recovery).toEqual([work]);
    expect(await offeredAfterCrash()).toEqual([0.45, 0.77]);
  });

  it('Save keeps the edits in the library, then shows the recovered work', async () => {
    const { second, work } = await editedBeforeRecover();
    second.answer('save');
    second.answer('ok', 'Edited first');
    await second.commands.recover(work);
    await settle();
    expect(second.rate()).toBe(0.45);
    const list = await second.host.listScenarios();
    expect(list.ok && list.value.map((e) => [e.document?.name, e.document?.levers.regularisationRatePerYear])).toEqual([['Edited first', 0.77]]);
  });

  it('Don’t Save shows the recovered work, which a crash still offers', async () => {
    const { second, work, offeredAfterCrash } = await editedBeforeRecover({ slowClear: true });
    second.answer('discard');
    await second.commands.recover(work);
    await settle();
    expect(second.rate()).toBe(0.45);
    expect(second.workflow.getSnapshot().recovery).toEqual([]);
    expect(await offeredAfterCrash()).toEqual([0.45]);
  });
});
