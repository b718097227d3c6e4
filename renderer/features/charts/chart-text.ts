// The words around a chart — unit, latest figure, source line — shared by the chart on screen and its exported
// image, so both say the same thing.
import type { OutputDef } from '../../../shared/model/types';
import type { ChartMarker } from '../../compute/engine-types';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { ChartRow } from './chart-rows';

export type ChartMode = 'levels' | 'difference';

export function unitLabel(def: OutputDef, mode: ChartMode): string {
  const unit = t(`unit.${def.unit}`);
  return mode === 'difference' && def.unit === '% of GDP' ? t('unit.ppOfGdp') : unit;
}

/** "2030: USD 162 bn" (levels) or "2030: +USD 1.2 bn" (difference); null without a value in the last year. */
export function latestFigure(rows: readonly ChartRow[] | null, def: OutputDef, mode: ChartMode): string | null {
  const latest = rows?.at(-1);
  const value = latest ? (mode === 'levels' ? latest.scenario : latest.diff) : null;
  if (!latest || value === null) return null;
  const difference = mode === 'difference';
  return t('charts.latest', { year: latest.year, value: formatCompact(value, def.unit, { signed: difference, difference }) });
}

/** "Source: …": the output's source, then those of the points drawn on it. */
export function sourceLine(def: OutputDef, markers: readonly ChartMarker[]): string {
  return t('charts.source', { source: [def.source, ...new Set(markers.map((m) => m.source))].join(' · ') });
}
