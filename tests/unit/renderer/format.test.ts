import { describe, expect, it } from 'vitest';
import { formatAxis, formatCompact, formatPercent, formatShort, formatSignificant, SIGNIFICANT_FIGURES } from '../../../renderer/i18n/format';
import { baselineText, decimalsOf, shownBaseline } from '../../../renderer/features/levers/display-units';
import { rangeText } from '../../../renderer/features/cards/card-text';

/** Significant digits of a printed number ("+USD 167,797,991" → 9; "2.59%" → 3; "120k" → 2). */
function significantDigits(text: string): number {
  const number = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? '';
  const [whole = '', fraction = ''] = number.replace(/,/g, '').split('.');
  const digits = (whole + fraction).replace(/^0+/, '');
  return fraction ? digits.length : digits.replace(/0+$/, '').length;
}

describe('number formats with units', () => {
  it('writes money compactly with the currency code', () => {
    expect(formatCompact(35.659e9, 'USD', { locale: 'en' })).toBe('USD 35.7 bn');
    expect(formatCompact(412e6, 'USD', { locale: 'en' })).toBe('USD 412m');
    expect(formatCompact(1.2e9, 'USD', { locale: 'en', signed: true })).toBe('+USD 1.2 bn');
    expect(formatCompact(-3e6, 'USD', { locale: 'en', signed: true })).toBe('-USD 3m');
  });

  it('writes people and jobs with k and m', () => {
    expect(formatCompact(864_000, 'persons', { locale: 'en' })).toBe('864k people');
    expect(formatCompact(1_234_567, 'jobs', { locale: 'en' })).toBe('1.23m jobs');
    expect(formatCompact(999_999, 'persons', { locale: 'en' })).toBe('1m people');
  });

  it('writes shares of GDP, and differences as percentage points', () => {
    expect(formatCompact(30.7, '% of GDP', { locale: 'en' })).toBe('30.7% of GDP');
    expect(formatCompact(0.34, '% of GDP', { locale: 'en', signed: true, difference: true })).toBe('+0.34 pp of GDP');
    expect(formatPercent(3, { locale: 'en' })).toBe('3%');
    expect(formatPercent(0.85, { locale: 'en' })).toBe('0.85%');
  });

  it('follows the locale for decimals and grouping', () => {
    expect(formatCompact(35.659e9, 'USD', { locale: 'es' })).toBe('USD 35,7 bn');
    expect(formatSignificant(6731.4, { locale: 'en' })).toBe('6,730');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatCompact(Number.NaN, 'USD', { locale: 'en' })).toBe('–');
    expect(formatSignificant(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('one rounding rule: three significant figures, no false precision', () => {
  const values = [167_797_991, 4_769_498, 35_659_000_000, 12_345.6, 987.65, 3.999, 2.594, 0.012345, -1_856_870_868];

  it('holds for every formatter that puts a result on screen', () => {
    expect(SIGNIFICANT_FIGURES).toBe(3);
    for (const v of values) {
      for (const text of [
        formatCompact(v, 'USD', { locale: 'en', signed: true }),
        formatCompact(v, 'persons', { locale: 'en' }),
        formatCompact(v, '% of GDP', { locale: 'en' }),
        formatPercent(v, { locale: 'en' }),
        formatAxis(v, 'USD', { locale: 'en' }),
        formatShort(v, 'jobs', { locale: 'en', signed: true }),
        formatSignificant(v, { locale: 'en' }),
      ]) {
        expect(significantDigits(text), `${v} → ${text}`).toBeLessThanOrEqual(SIGNIFICANT_FIGURES);
      }
    }
  });

  it('rounds the figure that used to read "+USD 167,797,991"', () => {
    expect(formatCompact(167_797_991, 'USD', { locale: 'en', signed: true })).toBe('+USD 168m');
  });

  it('prints no fraction of a person, permit, job or dollar', () => {
    expect(formatCompact(12.7, 'persons', { locale: 'en', signed: true })).toBe('+13 people');
    expect(formatCompact(0.4, 'jobs', { locale: 'en', signed: true })).toBe('0 jobs');
    expect(formatCompact(-0.3, 'USD', { locale: 'en', signed: true })).toBe('USD 0');
    expect(formatShort(842.6, 'permits', { locale: 'en' })).toBe('843');
    // Shares keep their decimals.
    expect(formatPercent(0.0523, { locale: 'en' })).toBe('0.0523%');
  });

  it('writes a lever’s measured baseline the same way wherever it appears (not "4" here and "3.99" there)', () => {
    expect(shownBaseline(3.99, '%')).toBe(3.99);
    expect(shownBaseline(19.634, '%')).toBe(19.6);
    expect(baselineText(shownBaseline(19.634, '%'), '%', '%')).toBe('19.6 %');
    expect(baselineText(shownBaseline(3.99, '%'), '%', '%')).toBe('3.99 %');
    // The typed field gets the decimals the baseline needs.
    expect(decimalsOf(3.99)).toBe(2);
    expect(decimalsOf(30)).toBe(0);
    // Years are years.
    expect(baselineText(shownBaseline(2025, 'year'), 'year', 'año')).toBe('2025');
  });

  it('writes a key figure’s range with the figure’s own rule, and says so where there is none', () => {
    expect(rangeText([0, 3_763_702_225.6], 'USD')).toBe('0 to +3.76 bn');
    expect(rangeText([-12_345, 67_890], 'persons')).toBe('-12.3k to +67.9k');
    expect(rangeText([0.012, 0.034], '% of GDP')).toBe('+0.012 pp to +0.034 pp');
    expect(rangeText([5.0004, 5.0001], 'jobs')).toBe('same in every run');
    // Nothing changed: no range to state.
    expect(rangeText([0, 0], 'USD')).toBeNull();
    expect(rangeText(null, 'USD')).toBeNull();
  });
});
