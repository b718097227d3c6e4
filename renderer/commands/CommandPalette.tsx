// The command palette (Ctrl+Shift+P, View ▸ Command Palette…): every command of the registry, searchable by
// name, runnable with the keyboard. Disabled commands are listed, greyed, so a user learns they exist.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { COMMANDS, type CommandId } from '../../shared/commands/registry';
import { t } from '../i18n/t';
import { commandLabel, commandShortcut } from './labels';
import { useCommandCenter, useEnabled } from './use-commands';

/** Case- and accent-insensitive, so "exportar" finds "Exportar" and "regularizacion" finds "regularización". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function CommandPalette({ onClose }: { onClose(): void }) {
  const center = useCommandCenter();
  const isEnabled = useEnabled();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const returnTo = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);

  const matches = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return COMMANDS.filter((c) => c.id !== 'command-palette').filter((c) => {
      const label = fold(commandLabel(c.id));
      return words.every((w) => label.includes(w));
    });
  }, [query]);

  useEffect(() => {
    input.current?.focus();
    const back = returnTo.current;
    return () => {
      if (back instanceof HTMLElement) back.focus();
    };
  }, []);
  useEffect(() => setActive(0), [query]);

  const runAt = (index: number) => {
    const def = matches[index];
    if (!def || !isEnabled(def.id)) return;
    onClose();
    // After the palette is gone, so a command that opens a dialog gets the focus.
    requestAnimationFrame(() => center.run(def.id as CommandId, 'palette'));
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog palette" role="dialog" aria-modal="true" aria-label={t('palette.title')} data-testid="command-palette">
        <input
          ref={input}
          className="palette__input"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={matches[active] ? `${listId}-${matches[active].id}` : undefined}
          aria-label={t('palette.search')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              runAt(active);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onClose();
            } else if (e.key === 'Tab') e.preventDefault(); // focus stays in the palette while it is open
          }}
        />
        <ul id={listId} className="palette__list" role="listbox" aria-label={t('palette.results')}>
          {matches.length === 0 && <li className="palette__empty">{t('palette.none')}</li>}
          {matches.map((def, i) => {
            const shortcut = commandShortcut(def.id);
            const enabled = isEnabled(def.id);
            return (
              <li
                key={def.id}
                id={`${listId}-${def.id}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={!enabled}
                className={`palette__item${i === active ? ' is-active' : ''}${enabled ? '' : ' is-disabled'}`}
                onMouseMove={() => setActive(i)}
                onClick={() => runAt(i)}
                data-testid={`palette-${def.id}`}
              >
                <span>{commandLabel(def.id)}</span>
                {shortcut && <kbd className="menu__shortcut">{shortcut}</kbd>}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
