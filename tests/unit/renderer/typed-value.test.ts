import { describe, expect, it } from 'vitest';
import { parseTypedNumber, readTypedValue } from '../../../renderer/features/levers/typed-value';

describe('typed lever values', () => {
  const cost = { min: 3, max: 10, unit: '% of USD 200' };

  it('accepts numbers with a decimal point or comma and an optional % sign', () => {
    expect(parseTypedNumber('3.5')).toBe(3.5);
    expect(parseTypedNumber('3,5')).toBe(3.5);
    expect(parseTypedNumber(' 4 % ')).toBe(4);
    expect(parseTypedNumber('−2')).toBe(-2);
  });

  it('refuses text that is not a number', () => {
    expect(parseTypedNumber('abc')).toBeNull();
    expect(parseTypedNumber('1,000.5')).toBeNull();
    expect(parseTypedNumber('')).toBeNull();
    const r = readTypedValue('three', cost, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Enter a number/);
  });

  it('refuses values out of range with the allowed range in the message', () => {
    const r = readTypedValue('42', cost, 'en');
    expect(r).toEqual({ ok: false, message: 'Enter a value between 3 and 10 % of USD 200.' });
    expect(readTypedValue('2.99', cost, 'en').ok).toBe(false);
  });

  it('converts shown units back to model units', () => {
    expect(readTypedValue('25', { min: 0, max: 100, unit: '%', scale: 100 }, 'en')).toEqual({ ok: true, value: 0.25 });
    expect(readTypedValue('3', cost, 'en')).toEqual({ ok: true, value: 3 });
  });
});
