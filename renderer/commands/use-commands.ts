// React access to the command center: handlers and state in, enabled flags out. The center itself outlives renders.
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { CommandId, CommandState } from '../../shared/commands/registry';
import type { CommandCenter, CommandHandlers } from './command-center';

export const CommandContext = createContext<CommandCenter | null>(null);

export function useCommandCenter(): CommandCenter {
  const center = useContext(CommandContext);
  if (!center) throw new Error('useCommandCenter() outside <CommandContext.Provider>');
  return center;
}

/** Installs the page's handlers and state; the latest handlers are used, so they need not be memoised. */
export function useCommandHandlers(center: CommandCenter, handlers: CommandHandlers, state: CommandState): void {
  center.setHandlers(handlers);
  useEffect(() => center.setState(state), [center, state]);
  useEffect(() => center.attach(window), [center]);
}

/** Re-renders when the enabled state changes; returns a lookup. */
export function useEnabled(): (id: CommandId) => boolean {
  const center = useCommandCenter();
  useSyncExternalStore(center.subscribe, () => center.enabledVersion);
  return center.isEnabled;
}
