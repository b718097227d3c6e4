// The Spanish words of the methodology's generated tables: numbers written the way the Spanish edition's prose writes
// them, and the Spanish of the anchoring reasons and calibration targets kept in step with the
// English (data/model/text/methodology.es.json).
import { describe, expect, it } from 'vitest';
import phrasebook from '../../../data/model/text/methodology.es.json';
import { isIdList, tableText } from '../../../scripts/methodology-text';
import { anchoringSettings } from '../../../shared/data';
import { calibrationTargets } from '../../../shared/calibration';

describe('the Spanish words of the methodology tables', () => {
  it('writes the numbers inside the model’s words with a decimal point and a thousands comma, as the Spanish edition does', () => {
    const es = tableText('es');
    const source = (id: string) => es.parameters.find((p) => p.id === id)?.source ?? '';
    // data/model/text/es.json: "{n:1174743} venezolanos … = {n:0.508}"; the tables must not write "1.174.743" or "0,508".
    expect(source('venezuelanStockGrowth2019')).toContain('1,174,743');
    expect(source('venezuelanStockGrowth2019')).toContain('0.508');
    expect(source('venezuelanStockGrowth2019')).not.toMatch(/\d,\d{1,2}(?!\d)|\d\.\d{3}\./);
  });

  it('has Spanish for every anchoring reason and calibration text, and none for a text English no longer has', () => {
    const es = tableText('es');
    for (const s of anchoringSettings()) expect(() => es.anchoring(s.why), s.id).not.toThrow();
    const calibration = calibrationTargets().flatMap((t) => [t.what, t.source, ...(t.role === 'target' && !isIdList(t.tuned) ? [t.tuned] : [])]);
    for (const text of calibration) expect(() => es.calibration(text)).not.toThrow();
    expect(Object.keys(phrasebook.anchoring).sort()).toEqual(anchoringSettings().map((s) => s.why).sort());
    expect(Object.keys(phrasebook.calibration).sort()).toEqual([...new Set(calibration)].sort());
  });

  it('stops on an English text that has no Spanish yet, instead of printing English in the Spanish edition', () => {
    expect(() => tableText('es').anchoring('A reason written after the translation')).toThrow(/methodology\.es\.json has no Spanish/);
  });
});
