// The words around a chart — unit, latest figure, source line — shared by the chart on screen and its exported
// image, so both say the same thing.
import type { OutputDef } from '../../../shared/model/types';
import type { ChartMarker } from '../../compute/engine-types';
import { formatCompact } from '../../i18n/format';
import { t } from '../../i18n/t';
import type { ChartRow } from './chart-rows';
import { readerReferences } from './repository-references';

export type ChartMode = 'levels' | 'difference';

export function unitLabel(def: OutputDef, mode: ChartMode): string {
  if (mode === 'difference' && def.unit === '% of GDP') return t('unit.ppOfGdp');
  if (mode === 'difference' && def.unit === '% of US$200') return t('unit.ppOfUs200');
  return t(`unit.${def.unit}`);
}

/** "2030: USD 162 bn" (levels) or "2030: +USD 1.2 bn" (difference); null without a value in the last year. */
export function latestFigure(rows: readonly ChartRow[] | null, def: OutputDef, mode: ChartMode): string | null {
  const latest = rows?.at(-1);
  const value = latest ? (mode === 'levels' ? latest.scenario : latest.diff) : null;
  if (!latest || value === null) return null;
  const difference = mode === 'difference';
  return t('charts.latest', { year: latest.year, value: formatCompact(value, def.unit, { signed: difference, difference }) });
}

/** The output's source (which names its observed history's), then those of the points drawn on it; Puente's own files named as a reader knows them. */
export function sourceText(def: OutputDef, markers: readonly ChartMarker[]): string {
  return readerReferences([...new Set([def.source, ...markers.map((m) => m.source)])].join(' · '));
}

/** "Source: …" under a chart. */
export function sourceLine(def: OutputDef, markers: readonly ChartMarker[]): string {
  return t('charts.source', { source: sourceText(def, markers) });
}
