// The file workflow against the memory host, with scripted dialogs and hand-driven timers, for the tests of
// the library review's findings (file-workflow.test.ts keeps its own copy of the same set-up).
import { enablePatches } from 'immer';
import { createFileWorkflow } from '../../../renderer/features/file/file-workflow';
import type { DialogAnswer, DialogRequest, Dialogs } from '../../../renderer/features/file/use-dialog';
import { createMemoryHost, type MemoryHost } from '../../../renderer/host/memory-host';
import { DocumentStore } from '../../../renderer/state/document-store';
import { defaultScenario } from '../../../shared/scenario';

enablePatches();

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function setUpWorkflow(host: MemoryHost = createMemoryHost()) {
  const store = new DocumentStore(defaultScenario('Untitled scenario'));
  const answers: DialogAnswer[] = [];
  const asked: DialogRequest[] = [];
  const next = () => answers.shift() ?? null;
  const dialogs: Dialogs = {
    ask: async (request) => (asked.push(request), next()),
    askName: async (title, initial) => {
      asked.push({ title, field: { label: 'name', value: initial }, actions: [] });
      const answer = next();
      return answer?.action === 'ok' ? answer.value : null;
    },
    confirm: async (title, message) => (asked.push({ title, message, actions: [] }), next()?.action === 'ok'),
    askNotes: async (title, initial) => (asked.push({ title, actions: [] }), next()?.action === 'ok' ? initial : null),
  };
  const pending = new Map<number, () => void>();
  let id = 0;
  const timers = {
    set: (callback: () => void) => (pending.set((id += 1), callback), id),
    clear: (handle: unknown) => void pending.delete(handle as number),
    /** Time passes: every pending timer fires. */
    fire: () => {
      const due = [...pending.values()];
      pending.clear();
      for (const callback of due) callback();
    },
  };
  const notices: { tone: string; text: string; action?: { label: string } }[] = [];
  const workflow = createFileWorkflow({
    host,
    store,
    dialogs,
    notify: (tone, text, action) => notices.push({ tone, text, ...(action ? { action } : {}) }),
    showLibrary: () => undefined,
    timers,
  });
  workflow.start();
  return {
    host,
    store,
    workflow,
    timers,
    notices,
    asked,
    commands: workflow.commands,
    setRate: (rate: number) => store.edit('lever', (d) => { d.levers.regularisationRatePerYear = rate; }),
    rate: () => store.getSnapshot().doc.levers.regularisationRatePerYear,
    /** The next dialog is answered with this button (and field value); nothing queued means Cancel. */
    answer: (action: string, value = '') => answers.push({ action, value }),
  };
}
