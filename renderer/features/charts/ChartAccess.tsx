// A chart for keyboard and screen-reader users: the plot takes focus under the chart's name, ← and → (Home, End)
// move through the years and the year's values are read out (and shown under the plot while it has focus); the
// "Table" button shows the chart's data as an HTML table.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { OutputDef } from '../../../shared/model/types';
import { t } from '../../i18n/t';
import { startYear, tableColumns, tableRow, yearInWords } from './chart-access';
import type { ChartRow } from './chart-rows';
import type { ChartMode } from './chart-text';

interface ChartAccessProps {
  def: OutputDef;
  rows: readonly ChartRow[];
  mode: ChartMode;
  lastObserved: number | null;
  /** The plot itself. */
  children: ReactNode;
}

const STEPS: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowLeft: (at) => Math.max(0, at - 1),
  ArrowRight: (at, last) => Math.min(last, at + 1),
  Home: () => 0,
  End: (_at, last) => last,
};

export function ChartReadout({ def, rows, mode, lastObserved, children }: ChartAccessProps) {
  const [index, setIndex] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const at = index ?? Math.max(0, rows.findIndex((r) => r.year === startYear(rows, lastObserved)));
  const words = yearInWords(rows[at], def, mode);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    setIndex(step(at, rows.length - 1));
  };
  return (
    <div
      className="chart__readout"
      tabIndex={0}
      role="group"
      aria-label={t('charts.readoutLabel', { chart: def.label })}
      data-testid={`chart-${def.id}-readout`}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      {children}
      <p className={focused ? 'chart__readout-text' : 'visually-hidden'} aria-live="polite" data-testid={`chart-${def.id}-readout-text`}>
        {focused ? words : ''}
      </p>
    </div>
  );
}

export function ChartTable({ def, rows, mode }: Omit<ChartAccessProps, 'children' | 'lastObserved'>) {
  const columns = tableColumns(mode);
  return (
    <div className="chart__table-wrap" tabIndex={0} role="region" aria-label={t('charts.tableOf', { chart: def.label })}>
      <table className="chart__table" data-testid={`chart-${def.id}-table`}>
        <caption className="visually-hidden">{t('charts.tableOf', { chart: def.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.tableYear')}</th>
            {columns.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [year, ...cells] = tableRow(row, def, mode);
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                {cells.map((cell, i) => <td key={columns[i] ?? i}>{cell}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The head's "Table" / "Chart" toggle. */
export function TableToggle({ def, shown, onToggle }: { def: OutputDef; shown: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="link-button chart__table-toggle" aria-pressed={shown} onClick={onToggle} data-testid={`chart-${def.id}-table-toggle`}>
      {t('charts.table')}
    </button>
  );
}
