// Menu commands for hosts without a native menu (web, memory): subscribers, and a way to send to them.
import type { AppCommand } from '../../shared/host/host-api';

export function createCommandBus() {
  const listeners = new Set<(command: AppCommand) => void>();
  return {
    /** HostApi.onCommand: subscribe; returns the unsubscribe function. */
    onCommand(listener: (command: AppCommand) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    send(command: AppCommand): void {
      for (const listener of listeners) listener(command);
    },
    size: (): number => listeners.size,
  };
}
