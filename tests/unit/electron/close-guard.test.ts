import { describe, expect, it } from 'vitest';
import { createCloseGuard, type CloseChoice } from '../../../electron/services/close-guard';

function setUp(choice: CloseChoice) {
  const log: string[] = [];
  const guard = createCloseGuard({
    ask: (id) => {
      log.push(`ask ${id}`);
      return choice;
    },
    requestSave: (id) => log.push(`save ${id}`),
    close: (id) => log.push(`close ${id}`),
    discarded: (id) => log.push(`discard ${id}`),
  });
  return { guard, log };
}

describe('closing a window with unsaved changes', () => {
  it('closes without asking when everything is saved', () => {
    const { guard, log } = setUp('cancel');
    expect(guard.shouldPreventClose(1)).toBe(false);
    expect(log).toEqual([]);
  });

  it('Cancel keeps the window open', () => {
    const { guard } = setUp('cancel');
    guard.setUnsaved(1, true);
    expect(guard.shouldPreventClose(1)).toBe(true);
  });

  it("Don't Save closes it and drops its autosaved work", () => {
    const { guard, log } = setUp('discard');
    guard.setUnsaved(1, true);
    expect(guard.shouldPreventClose(1)).toBe(false);
    expect(log).toEqual(['ask 1', 'discard 1']);
  });

  it('Save asks the page to save and closes once the page reports it saved', () => {
    const { guard, log } = setUp('save');
    guard.setUnsaved(1, true);
    expect(guard.shouldPreventClose(1)).toBe(true);
    expect(log).toEqual(['ask 1', 'save 1']);
    guard.setUnsaved(1, false);
    expect(log).toEqual(['ask 1', 'save 1', 'close 1']);
    expect(guard.shouldPreventClose(1)).toBe(false); // the close that follows is not asked again
  });

  it('a save that fails (or is cancelled) leaves the window open', () => {
    const { guard, log } = setUp('save');
    guard.setUnsaved(1, true);
    guard.shouldPreventClose(1);
    guard.setUnsaved(1, true);
    expect(log).not.toContain('close 1');
  });
});
