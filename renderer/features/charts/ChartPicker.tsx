// "Charts…": every output can be charted. A checklist grouped by theme, up to four at a time, keyboard-usable
// (native checkboxes in fieldsets; Escape closes and returns to the button). The choice is the scenario view's
// `charts`, saved with the scenario; the lens buttons put back their own set.
import { useEffect, useId, useRef } from 'react';
import type { ModuleId, OutputDef } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { usePopover } from '../common/use-popover';

/** Charts the grid shows at once (a 2 × 2 grid; reports and slides take the same four). */
export const MAX_CHARTS = 4;
const THEMES: readonly ModuleId[] = ['A', 'inflows', 'B', 'C'];

/** The chart list after ticking or unticking one output: appended at the end, never empty, never more than four. */
export function toggleChart(shown: readonly string[], id: string): string[] {
  if (shown.includes(id)) return shown.length > 1 ? shown.filter((c) => c !== id) : [...shown];
  return shown.length < MAX_CHARTS ? [...shown, id] : [...shown];
}

interface ChartPickerProps {
  outputs: readonly OutputDef[];
  /** The charts shown, in order. */
  shown: readonly string[];
  onChange: (charts: string[]) => void;
  /** The lens's own set, and its name, for the way back to it. */
  lensCharts: readonly string[];
  lensName: string;
}

export function ChartPicker({ outputs, shown, onChange, lensCharts, lensName }: ChartPickerProps) {
  const { open, toggle, close, root, button } = usePopover();
  const panelId = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const full = shown.length >= MAX_CHARTS;
  const isLens = lensCharts.length === shown.length && lensCharts.every((c, i) => shown[i] === c);
  const firstId = THEMES.flatMap((theme) => outputs.filter((o) => o.module === theme))[0]?.id;
  return (
    <div className="chart-picker" ref={root}>
      <button ref={button} type="button" className="button" aria-haspopup="dialog" aria-expanded={open} aria-controls={panelId} onClick={toggle} data-testid="chart-picker">
        {t('charts.pick')}
      </button>
      {open && (
        <div id={panelId} className="chart-picker__panel" role="dialog" aria-label={t('charts.choose')} data-testid="chart-picker-panel">
          <p className="chart-picker__hint">{full ? t('charts.pickFull') : t('charts.pickHint', { max: MAX_CHARTS })}</p>
          <div className="chart-picker__themes">
            {THEMES.map((theme) => {
              const inTheme = outputs.filter((o) => o.module === theme);
              if (inTheme.length === 0) return null;
              return (
                <fieldset key={theme} className="chart-picker__theme">
                  <legend>{t(`charts.theme.${theme}`)}</legend>
                  {inTheme.map((o) => {
                    const checked = shown.includes(o.id);
                    return (
                      <label key={o.id} className="chart-picker__option">
                        <input
                          ref={o.id === firstId ? first : undefined}
                          type="checkbox"
                          checked={checked}
                          // The last chart stays; a fifth waits until one is unticked.
                          disabled={(checked && shown.length === 1) || (!checked && full)}
                          onChange={() => onChange(toggleChart(shown, o.id))}
                        />
                        {o.label}
                      </label>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
          <p className="chart-picker__actions">
            <button type="button" className="button" disabled={isLens} onClick={() => onChange([...lensCharts])}>
              {t('charts.pickLens', { lens: lensName })}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('charts.pickDone')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
