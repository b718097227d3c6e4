import { describe, expect, it } from 'vitest';
import { formatCompact, formatFull, formatPercent } from '../../../renderer/i18n/format';

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
    expect(formatPercent(3, { locale: 'en' })).toBe('3.0%');
    expect(formatPercent(8.02, { locale: 'en' })).toBe('8.0%');
    expect(formatPercent(0.85, { locale: 'en' })).toBe('0.85%');
  });

  it('follows the locale for decimals and grouping', () => {
    expect(formatCompact(35.659e9, 'USD', { locale: 'es' })).toBe('USD 35,7 bn');
    expect(formatFull(35_659_000_000, 'USD', { locale: 'en' })).toBe('USD 35,659,000,000');
    expect(formatFull(1_856_870_868, 'USD', { locale: 'en', signed: true })).toBe('+USD 1,856,870,868');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatCompact(Number.NaN, 'USD', { locale: 'en' })).toBe('–');
  });
});
