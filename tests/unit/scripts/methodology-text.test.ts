// The Spanish words of the methodology's generated tables: the translations' digits rewritten the way the Spanish
// edition's prose writes them, and the Spanish of the anchoring reasons and calibration targets kept in step with the
// English (data/model/text/methodology.es.json).
import { describe, expect, it } from 'vitest';
import phrasebook from '../../../data/model/text/methodology.es.json';
import { isIdList, tableText, withDocumentDigits } from '../../../scripts/methodology-text';
import { anchoringSettings } from '../../../shared/data';
import { calibrationTargets } from '../../../shared/calibration';

describe('the Spanish words of the methodology tables', () => {
  it('writes decimals with a point and thousands with a comma, as the Spanish edition does', () => {
    expect(withDocumentDigits('1.771.237 / 1.174.743 - 1 = 0,508')).toBe('1,771,237 / 1,174,743 - 1 = 0.508');
    expect(withDocumentDigits('convertida a 2.955,70 COP por US$: US$243,6; k = 1,029.')).toBe('convertida a 2,955.70 COP por US$: US$243.6; k = 1.029.');
    expect(withDocumentDigits('un recorte de 4-6,5 p. p. (0,7, 0,9)')).toBe('un recorte de 4-6.5 p. p. (0.7, 0.9)');
  });

  it('leaves section and version numbers, years and ranges as they are', () => {
    const text = 'model-evidence §3.4 y §3.8; datos base 1.1.0; 2019-2024; WP/22/218; SI.RMT.COST.IB.ZS';
    expect(withDocumentDigits(text)).toBe(text);
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
