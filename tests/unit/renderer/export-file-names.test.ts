// Suggested file names of exports: a long scenario name is shortened so the chart and the place always stay in the
// name, and two charts of one scenario never collide (review finding 11 of issue 8).
import { describe, expect, it } from 'vitest';
import { exportFileName, fileNamePart, NAME_PART_CHARS } from '../../../shared/host/export-kinds';
import { outputDefs } from '../../../shared/model';
import { t } from '../../../renderer/i18n/t';

const LONG = 'Propuesta del Ministerio de Relaciones Exteriores y de la Cancillería: remesas más baratas para 2027';
const chartName = (scenario: string, chart: string, place: string) =>
  exportFileName(t('chartExport.fileName', { scenario: fileNamePart(scenario), chart, place }), 'png');

describe('suggested export file names', () => {
  it('keep "– chart, place" whole for a long scenario name, for every chart, so no two charts share a name', () => {
    const names = outputDefs().map((o) => chartName(LONG, o.label, 'Latin America and the Caribbean'));
    for (const [k, o] of outputDefs().entries()) expect(names[k]).toMatch(new RegExp(`– ${o.label.replace(/[()$]/g, '\\$&')}, Latin America and the Caribbean\\.png$`));
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^Propuesta del Ministerio de Relaciones…/);
  });

  it('cut a long name at a word, mark the cut, and leave a short name alone', () => {
    const part = fileNamePart(LONG);
    expect(Array.from(part).length).toBeLessThanOrEqual(NAME_PART_CHARS);
    expect(part.endsWith('…')).toBe(true);
    expect(LONG.startsWith(part.slice(0, -1))).toBe(true);
    expect(LONG.charAt(part.length - 1)).toBe(' ');
    expect(fileNamePart('Regularización rápida en Colombia')).toBe('Regularización rápida en Colombia');
    expect(fileNamePart('  Two   spaces ')).toBe('Two spaces');
  });

  it('still leaves a safe name for the file system', () => {
    expect(chartName('Plan: 2027/2030?', 'Remittances received', 'Colombia')).toBe('Plan 2027 2030 – Remittances received, Colombia.png');
  });
});
