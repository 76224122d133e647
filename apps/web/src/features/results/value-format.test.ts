import { describe, expect, it } from 'vitest';
import { formatValue, numberText, parseNumber } from './value-format';

describe('indicator values as typed and as shown', () => {
  it('reads numbers with a comma or a point and spaces between thousands', () => {
    expect(parseNumber(' 1 234,5 ')).toBe(1234.5);
    expect(parseNumber('1\u00a0234.5')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('\u22123')).toBe(-3);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('twelve')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });

  it('writes a number back in the interface language', () => {
    expect(numberText(12.5, 'nb')).toBe('12,5');
    expect(numberText(12.5, 'en')).toBe('12.5');
    expect(numberText(null, 'en')).toBe('');
  });

  it('shows units, percentages and scale steps', () => {
    expect(formatValue({ kind: 'quantitative', measure: 'number', unit: 'households', scale: null }, 1200, 'en')).toBe('1,200 households');
    expect(formatValue({ kind: 'quantitative', measure: 'percentage', unit: '%', scale: null }, 42.5, 'es')).toBe('42,5 %');
    const scale = [
      { value: 1, label: { en: 'None', es: 'Ninguno' } },
      { value: 2, label: { en: 'Some', es: 'Algunos' } },
    ];
    expect(formatValue({ kind: 'qualitative', measure: null, unit: null, scale }, 2, 'es')).toBe('2 – Algunos');
  });
});
