// Renaming the open scenario must not hide a save made elsewhere (review finding 6): the rename writes the stored
// content under the new name, and a tab whose working copy was based on an older version keeps that base, so
// its next Save still asks before replacing the other version (D10).
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../../renderer/host/memory-host';
import { t } from '../../../renderer/i18n/t';
import { createMapStore } from '../../../shared/library/kv-store';
import { setUpWorkflow } from './workflow-fixture';

async function openInTwoTabs() {
  const kv = createMapStore();
  const a = setUpWorkflow(createMemoryHost({ kv }));
  a.setRate(0.1);
  a.answer('ok', 'Plan');
  await a.commands.save();
  const ref = a.workflow.getSnapshot().current.ref!;
  const b = setUpWorkflow(createMemoryHost({ kv }));
  await b.commands.openRef(ref);
  return { a, b, ref };
}

describe('rename and the revision check (review finding 6)', () => {
  it('after another tab saved, renaming here and saving asks before replacing that version', async () => {
    const { a, b } = await openInTwoTabs();
    b.setRate(0.3);
    expect(await b.commands.save()).toBe(true);
    a.answer('ok', 'Plan renamed');
    await a.commands.rename();
    const renamed = a.workflow.getSnapshot().current.ref!;
    a.setRate(0.2);
    // Cancel at the question: nothing is replaced.
    expect(await a.commands.save()).toBe(false);
    expect(a.asked.at(-1)?.title).toBe(t('file.changedTitle', { name: 'Plan renamed' }));
    expect(await a.host.openScenario(renamed)).toMatchObject({ ok: true, value: { document: { name: 'Plan renamed', levers: { regularisationRatePerYear: 0.3 } } } });
  });

  it('when nothing was saved elsewhere, rename then Save saves without asking', async () => {
    const { a } = await openInTwoTabs();
    a.answer('ok', 'Plan renamed');
    await a.commands.rename();
    const renamed = a.workflow.getSnapshot().current.ref!;
    a.setRate(0.2);
    const asked = a.asked.length;
    expect(await a.commands.save()).toBe(true);
    expect(a.asked.length).toBe(asked);
    expect(await a.host.openScenario(renamed)).toMatchObject({ ok: true, value: { document: { name: 'Plan renamed', levers: { regularisationRatePerYear: 0.2 } } } });
  });
});
