// The Levels / Difference switch of a chart view (a radio group that looks like a segmented button).
import { t } from '../../i18n/t';
import type { ChartMode } from './chart-text';

const MODES: readonly ChartMode[] = ['levels', 'difference'];

export function ModeToggle({ mode, onMode, name }: { mode: ChartMode; onMode: (mode: ChartMode) => void; name: string }) {
  return (
    <div className="segmented segmented--small" role="radiogroup" aria-label={t('charts.mode')}>
      {MODES.map((m) => (
        <label key={m} className={`segmented__option${m === mode ? ' is-selected' : ''}`}>
          <input type="radio" name={name} value={m} checked={m === mode} onChange={() => onMode(m)} />
          {t(m === 'levels' ? 'charts.levels' : 'charts.difference')}
        </label>
      ))}
    </div>
  );
}
