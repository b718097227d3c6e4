// Ctrl/Cmd+N, O, S and Shift+S in a browser tab. In Electron the native menu owns these accelerators and sends
// AppCommands, so handling the keys here too would run every command twice.
import { useEffect } from 'react';
import type { AppCommand } from '../../../shared/host/host-api';

export function useFileShortcuts(enabled: boolean, run: (command: AppCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const command: AppCommand | null =
        key === 's' ? (event.shiftKey ? 'save-as' : 'save') : key === 'o' && !event.shiftKey ? 'open' : key === 'n' && !event.shiftKey ? 'new' : null;
      if (command === null) return;
      // Works from text fields too, as in any desktop app: a half-typed lever value is not lost by saving.
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, run]);
}
