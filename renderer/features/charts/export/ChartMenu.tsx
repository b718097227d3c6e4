// The small menu on each chart's header: Export as PNG, Export as SVG, Copy image. Menu-button pattern: Enter,
// Space or ArrowDown open it on the first item; arrows and Home/End move; Escape closes and returns focus.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { OutputId } from '../../../../shared/model/types';
import { MENU_KEYS, menuButtonProps, moveFocus, useMenuOpening } from '../../../commands/menu-focus';
import { t } from '../../../i18n/t';
import { useChartExporter, type ChartAction } from './chart-export';
import { Glyph } from '../../../app/Glyph';

const ACTIONS: readonly { action: ChartAction; label: 'chartExport.png' | 'chartExport.svg' | 'chartExport.copy' }[] = [
  { action: 'png', label: 'chartExport.png' },
  { action: 'svg', label: 'chartExport.svg' },
  { action: 'copy', label: 'chartExport.copy' },
];

export function ChartMenu({ output, label }: { output: OutputId; label: string }) {
  const exporter = useChartExporter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useMenuOpening(root, open, setOpen);

  if (!exporter) return null;
  const run = (action: ChartAction) => {
    setOpen(false);
    button.current?.focus();
    setBusy(true);
    void exporter(action, output).finally(() => setBusy(false));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (target.getAttribute('role') === 'menuitem' && MENU_KEYS[e.key]) {
      e.preventDefault();
      moveFocus(target, MENU_KEYS[e.key] ?? 'first');
    } else if (e.key === 'Tab') setOpen(false);
  };
  return (
    <div className="menu chart-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="chart-menu__button"
        aria-label={t('chartExport.menu', { chart: label })}
        title={t('chartExport.menu', { chart: label })}
        {...menuButtonProps(open, setOpen)}
        aria-controls={open ? listId : undefined}
        aria-busy={busy}
        data-testid={`chart-menu-${output}`}
      >
        <Glyph name="menu" />
      </button>
      {open && (
        <ul id={listId} className="menu__list menu__list--right" role="menu" aria-label={t('chartExport.menu', { chart: label })}>
          {ACTIONS.map(({ action, label: key }) => (
            <li key={action} role="none">
              <button type="button" role="menuitem" className="menu__item" onClick={() => run(action)} data-testid={`chart-${action}-${output}`}>
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
