// The paper's caveats under the baseline figures write Puente's numbers in the reader's region format, and follow a
// switch of language or format without a reload: "USD 35,659 millones" under es-MX is the same amount as
// "USD 35.659 millones" under es-CO.
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../renderer/compute/engine';
import { setNumberLocale } from '../../../renderer/i18n/format';
import { setMessageLanguage } from '../../../renderer/i18n/t';

const engine = createEngine();
const caveatsOf = (id: string): string => engine.figures().find((f) => f.id === id)?.caveats.join(' ') ?? '';

describe('the baseline figures’ caveats', () => {
  afterAll(() => {
    setMessageLanguage('en');
    setNumberLocale('en-US');
  });

  it('write the amounts in the region format chosen, and follow a change of format', () => {
    setMessageLanguage('es');
    setNumberLocale('es-CO');
    expect(caveatsOf('fig2')).toContain('USD 35.659 millones');
    expect(caveatsOf('fig1-origin')).toContain('Los 42,7 millones');
    setNumberLocale('es-MX');
    expect(caveatsOf('fig2')).toContain('USD 35,659 millones');
    expect(caveatsOf('fig1-origin')).toContain('Los 42.7 millones');
    expect(caveatsOf('fig4')).toContain('los 1.6 millones del documento');
  });

  it('keep a quotation of the paper as it was printed', () => {
    setMessageLanguage('es');
    setNumberLocale('es-MX');
    expect(caveatsOf('fig2')).toContain('“35,659 USD billions”');
    expect(caveatsOf('fig2')).toContain('(“30,7%”, “21,1%”)');
  });
});
