// The File menu in the title bar, built from the command registry (the same commands, labels and keys as the
// native menu), plus the Recent submenu. Menu-button pattern: arrows and Home/End move between items, Escape
// closes and gives focus back to the button.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { menuSections, type CommandId } from '../../../shared/commands/registry';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { commandLabel, commandShortcut } from '../../commands/labels';
import { MENU_KEYS, menuButtonProps, moveFocus, useMenuOpening } from '../../commands/menu-focus';
import { useCommandCenter, useEnabled } from '../../commands/use-commands';
import { t } from '../../i18n/t';
import { libraryErrorText } from '../library/library-error-text';
import { scenarioName } from './scenario-name';

interface FileMenuProps {
  recentScenarios(): Promise<LibraryEntry[]>;
  openRecent(ref: string): unknown;
}

const SECTIONS = menuSections('file');

export function FileMenu({ recentScenarios, openRecent }: FileMenuProps) {
  const center = useCommandCenter();
  const isEnabled = useEnabled();
  const [open, setOpen] = useState(false);
  const [recentOpen, setRecentOpen] = useState(false);
  const [recent, setRecent] = useState<LibraryEntry[] | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useMenuOpening(root, open, setOpen);

  useEffect(() => {
    if (!open) {
      setRecentOpen(false);
      return;
    }
    let live = true;
    void recentScenarios().then((list) => live && setRecent(list), () => live && setRecent([]));
    return () => {
      live = false;
    };
  }, [open, recentScenarios]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const run = (id: CommandId) => {
    // Focus goes back to the button first, so a dialog the command opens returns it there when it closes.
    close(true);
    center.run(id, 'pointer');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (recentOpen && target.closest('.menu__list--sub')) {
        setRecentOpen(false);
        root.current?.querySelector<HTMLButtonElement>('[data-testid="file-recent"]')?.focus();
      } else close(true);
      return;
    }
    if (target.getAttribute('role') !== 'menuitem') return;
    const where = MENU_KEYS[e.key];
    if (where) {
      e.preventDefault();
      moveFocus(target, where);
    } else if (e.key === 'ArrowRight' && target.dataset.testid === 'file-recent') {
      e.preventDefault();
      setRecentOpen(true);
      requestAnimationFrame(() => root.current?.querySelector<HTMLButtonElement>('.menu__list--sub [role="menuitem"]')?.focus());
    } else if (e.key === 'ArrowLeft' && target.closest('.menu__list--sub')) {
      e.preventDefault();
      setRecentOpen(false);
      root.current?.querySelector<HTMLButtonElement>('[data-testid="file-recent"]')?.focus();
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button menu__button"
        {...menuButtonProps(open, setOpen)}
        data-testid="file-menu"
      >
        {t('file.menu')} ▾
      </button>
      {open && (
        <ul className="menu__list" role="menu" aria-label={t('file.menu')}>
          {SECTIONS.map((section, s) => [
            ...(s > 0 ? [<li key={`sep-${s}`} role="separator" className="menu__separator" />] : []),
            ...section.map((def) => {
              const shortcut = commandShortcut(def.id);
              return (
                <li key={def.id} role="none">
                  <button type="button" role="menuitem" className="menu__item" disabled={!isEnabled(def.id)} onClick={() => run(def.id)} data-testid={`file-${def.id}`}>
                    <span>{commandLabel(def.id)}</span>
                    {shortcut && <kbd className="menu__shortcut">{shortcut}</kbd>}
                  </button>
                </li>
              );
            }),
            // Recent sits with New and Open, as in most desktop apps.
            ...(s === 0
              ? [
                  <li key="recent" role="none" className="menu__sub">
                    <button
                      type="button"
                      role="menuitem"
                      aria-haspopup="menu"
                      aria-expanded={recentOpen}
                      className="menu__item"
                      onClick={() => setRecentOpen((o) => !o)}
                      onMouseEnter={() => setRecentOpen(true)}
                      data-testid="file-recent"
                    >
                      <span>{t('file.recent')}</span>
                      <span aria-hidden="true">▸</span>
                    </button>
                    {recentOpen && (
                      <ul className="menu__list menu__list--sub" role="menu" aria-label={t('file.recent')}>
                        {recent === null && <li className="menu__empty">{t('file.loading')}</li>}
                        {recent?.length === 0 && <li className="menu__empty">{t('file.recentNone')}</li>}
                        {recent?.map((entry) => (
                          <li key={entry.ref} role="none">
                            <button
                              type="button"
                              role="menuitem"
                              className="menu__item"
                              disabled={entry.status !== 'ok'}
                              title={entry.status === 'ok' ? entry.fileName : libraryErrorText({ code: entry.status, detail: entry.detail })}
                              onClick={() => {
                                close(false);
                                void openRecent(entry.ref);
                              }}
                            >
                              {entry.document ? scenarioName(entry.document.name) : entry.fileName}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>,
                ]
              : []),
          ])}
        </ul>
      )}
    </div>
  );
}
