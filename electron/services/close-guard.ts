// Closing a window with unsaved changes asks first: Save, Don't Save or Cancel. "Save" asks the page to
// save and closes once the page reports it has no unsaved changes left. Pure logic; main passes the
// dialog and window operations in.

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  ask(windowId: number): CloseChoice;
  requestSave(windowId: number): void;
  close(windowId: number): void;
  /** The user chose to drop the window's unsaved work (its autosave must not come back as "recovered"). */
  discarded(windowId: number): void;
}

export function createCloseGuard(deps: CloseGuardDeps) {
  const unsaved = new Map<number, boolean>();
  const closingAfterSave = new Set<number>();
  const allowedToClose = new Set<number>();
  return {
    setUnsaved(windowId: number, value: boolean): void {
      unsaved.set(windowId, value);
      if (!value && closingAfterSave.delete(windowId)) {
        allowedToClose.add(windowId);
        deps.close(windowId);
      }
    },
    /** Called from the window's 'close' event; true means prevent the close for now. */
    shouldPreventClose(windowId: number): boolean {
      if (allowedToClose.delete(windowId) || !unsaved.get(windowId)) return false;
      const choice = deps.ask(windowId);
      if (choice === 'discard') {
        unsaved.set(windowId, false);
        deps.discarded(windowId);
        return false;
      }
      if (choice === 'save') {
        closingAfterSave.add(windowId);
        deps.requestSave(windowId);
      }
      return true;
    },
    forget(windowId: number): void {
      unsaved.delete(windowId);
      closingAfterSave.delete(windowId);
      allowedToClose.delete(windowId);
    },
  };
}
