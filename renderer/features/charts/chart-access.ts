// What a chart says without being seen: the values of one year in words (read aloud as ← and → move through the
// years) and the rows of its data table. Pure: tested under node; ChartAccess draws them.
import type { OutputDef } from '../../../shared/model/types';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { ChartRow } from './chart-rows';
import type { ChartMode } from './chart-text';

/** The columns of a chart's data table, in order, for the mode on screen. */
export function tableColumns(mode: ChartMode): string[] {
  return mode === 'levels'
    ? [t('charts.observed'), t('charts.scenario'), t('charts.baseline'), t('charts.tableLow'), t('charts.tableHigh')]
    : [t('charts.tableChange'), t('charts.tableLow'), t('charts.tableHigh')];
}

/** One row of the data table: the year, then each column's value as the chart's cards write it ('–' where none). */
export function tableRow(row: ChartRow, def: Pick<OutputDef, 'unit'>, mode: ChartMode): [number, ...string[]] {
  const show = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatCompact(value, def.unit, { signed: mode === 'difference', difference: mode === 'difference' }));
  return mode === 'levels'
    ? [row.year, show(row.observed), show(row.scenario), show(row.baseline), show(row.band?.[0]), show(row.band?.[1])]
    : [row.year, show(row.diff), show(row.diffBand?.[0]), show(row.diffBand?.[1])];
}

/** The year's values in one sentence, for the keyboard read-out; null where the chart has nothing that year. */
export function yearInWords(row: ChartRow | undefined, def: Pick<OutputDef, 'unit'>, mode: ChartMode): string | null {
  if (!row) return null;
  const cells = tableRow(row, def, mode).slice(1) as string[];
  const parts = tableColumns(mode)
    .map((column, i) => (cells[i] === '–' ? null : t('charts.readoutPart', { column, value: cells[i] ?? '' })))
    .filter((p): p is string => p !== null);
  return parts.length === 0 ? t('charts.readoutNone', { year: row.year }) : t('charts.readoutYear', { year: row.year, values: parts.join('; ') });
}

/** The year the read-out starts on: the last observed one where there is history, else the first with a value. */
export function startYear(rows: readonly ChartRow[], lastObserved: number | null): number {
  if (lastObserved !== null && rows.some((r) => r.year === lastObserved)) return lastObserved;
  return rows.find((r) => r.scenario !== null || r.diff !== null)?.year ?? rows[0]?.year ?? 0;
}
