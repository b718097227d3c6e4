// The File menu in the title bar: the same commands as the native menu and the shortcuts, plus the library
// commands a native menu does not have (Duplicate, Rename, Delete, Recent, Import, Export).
import { useEffect, useRef, useState } from 'react';
import type { LibraryEntry } from '../../../shared/host/library-types';
import { t, type MessageKey } from '../../i18n/t';
import type { FileCommands } from './use-file-workflow';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const shortcut = (key: string, shift = false) => (MAC ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`);

interface FileMenuProps {
  commands: FileCommands;
  /** Save is pointless for a read-only file and for a saved scenario without changes. */
  canSave: boolean;
  inLibrary: boolean;
  recentScenarios(): Promise<LibraryEntry[]>;
}

type Item = { key: MessageKey; run: () => unknown; shortcut?: string; disabled?: boolean; testId: string } | 'separator';

export function FileMenu({ commands, canSave, inLibrary, recentScenarios }: FileMenuProps) {
  const [open, setOpen] = useState(false);
  const [recentOpen, setRecentOpen] = useState(false);
  const [recent, setRecent] = useState<LibraryEntry[] | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

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

  const items: Item[] = [
    { key: 'file.new', run: commands.newScenario, shortcut: shortcut('N'), testId: 'file-new' },
    { key: 'file.open', run: commands.open, shortcut: shortcut('O'), testId: 'file-open' },
    'separator',
    { key: 'file.save', run: commands.save, shortcut: shortcut('S'), disabled: !canSave, testId: 'file-save' },
    { key: 'file.saveAs', run: commands.saveAs, shortcut: shortcut('S', true), testId: 'file-save-as' },
    { key: 'file.duplicate', run: commands.duplicate, disabled: !inLibrary, testId: 'file-duplicate' },
    { key: 'file.renameMenu', run: commands.rename, testId: 'file-rename' },
    { key: 'file.delete', run: commands.remove, disabled: !inLibrary, testId: 'file-delete' },
    { key: 'file.restore', run: commands.restoreBackup, disabled: !inLibrary, testId: 'file-restore' },
    'separator',
    { key: 'file.import', run: commands.importFile, testId: 'file-import' },
    { key: 'file.export', run: commands.exportFile, testId: 'file-export' },
  ];
  const run = (action: () => unknown) => {
    setOpen(false);
    void action();
  };

  return (
    <div className="menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button menu__button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="file-menu">
        {t('file.menu')} ▾
      </button>
      {open && (
        <ul className="menu__list" role="menu" aria-label={t('file.menu')}>
          {items.map((item, i) =>
            item === 'separator' ? (
              <li key={`sep-${i}`} role="separator" className="menu__separator" />
            ) : (
              <li key={item.key} role="none">
                <button type="button" role="menuitem" className="menu__item" disabled={item.disabled} onClick={() => run(item.run)} data-testid={item.testId}>
                  <span>{t(item.key)}</span>
                  {item.shortcut && <kbd className="menu__shortcut">{item.shortcut}</kbd>}
                </button>
              </li>
            ),
          )}
          <li role="none" className="menu__sub">
            <button type="button" role="menuitem" aria-haspopup="menu" aria-expanded={recentOpen} className="menu__item" onClick={() => setRecentOpen((o) => !o)} onMouseEnter={() => setRecentOpen(true)} data-testid="file-recent">
              <span>{t('file.recent')}</span>
              <span aria-hidden="true">▸</span>
            </button>
            {recentOpen && (
              <ul className="menu__list menu__list--sub" role="menu" aria-label={t('file.recent')}>
                {recent === null && <li className="menu__empty">{t('file.loading')}</li>}
                {recent?.length === 0 && <li className="menu__empty">{t('file.recentNone')}</li>}
                {recent?.map((entry) => (
                  <li key={entry.ref} role="none">
                    <button type="button" role="menuitem" className="menu__item" disabled={entry.status !== 'ok'} title={entry.message ?? entry.fileName} onClick={() => run(() => commands.openRef(entry.ref))}>
                      {entry.document?.name ?? entry.fileName}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        </ul>
      )}
    </div>
  );
}
