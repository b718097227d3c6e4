// The thin React side of the file workflow (file-workflow.ts): one workflow object for the life of the screen,
// started in an effect (StrictMode's stop-and-start is harmless) and rendered from its snapshot.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createFileWorkflow, type FileWorkflowDeps } from './file-workflow';

export { AUTOSAVE_DELAY_MS, type CurrentFile, type FileCommands } from './file-workflow';

export function useFileWorkflow(deps: Omit<FileWorkflowDeps, 'timers'>) {
  // The dialogs, notices and library callbacks passed in are stable for the life of the screen.
  const [workflow] = useState(() => createFileWorkflow(deps));
  useEffect(() => workflow.start(), [workflow]);
  const state = useSyncExternalStore(workflow.subscribe, workflow.getSnapshot);
  return { ...state, commands: workflow.commands };
}
