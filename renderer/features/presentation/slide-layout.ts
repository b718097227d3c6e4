// Pure rules of the slides: how places, units and compared scenarios are named, how big a number may be to fit its
// column, which ink reads on a scenario colour, and where the letters at the ends of compared lines go. Tested
// under node.
import type { OutputDef, RegionId } from '../../../shared/model/types';
import type { Engine } from '../../compute/engine-types';
import { formatAxis, formatPercent } from '../../i18n/format';
import { t, tMaybe } from '../../i18n/t';

/** Letters that label the scenarios of a comparison on its lines, legend and assumptions. */
export const SCENARIO_LETTERS = ['A', 'B', 'C', 'D'] as const;

export const regionLabel = (engine: Engine, id: RegionId): string => tMaybe(`region.${id}`, engine.regions.find((r) => r.id === id)?.name ?? id);

export const unitLabel = (def: OutputDef | undefined): string => (def ? t(`unit.${def.unit}`) : '');

/**
 * A number without its unit words, for a column whose heading states the unit: "14.1m", "+4.84 bn", and for shares
 * of GDP "2.3%" or, for a change, "+0.4 pp".
 */
export function bareValue(value: number, unit: string, signed = false): string {
  if (unit === '% of GDP') return formatPercent(value, { signed, difference: signed });
  return formatAxis(value, unit, { signed });
}

/** Font size (px) that fits `text` on one line in `width` px, between `min` and `max` (Puente Sans is ~0.56 em per glyph). */
export function fitFont(text: string, width: number, max: number, min: number): number {
  const size = width / (Math.max(1, [...text].length) * 0.56);
  return Math.round(Math.max(min, Math.min(max, size)));
}

/** Black or white, whichever reads better on a scenario colour (WCAG relative luminance). */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Pushes end-of-line labels apart vertically so two lines ending close together keep readable letters. */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = new Array<number>(ys.length).fill(0);
  let last = Number.NEGATIVE_INFINITY;
  for (const { y, i } of order) {
    const at = Math.max(y, last + gap);
    placed[i] = at;
    last = at;
  }
  return placed;
}
