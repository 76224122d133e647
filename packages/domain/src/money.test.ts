import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CURRENCY_MINOR_DIGITS, convertToOre, isKnownCurrency, isValidRate, MAX_MONEY, minorToDecimal, parseMoney, splitEvenly, sumMoney } from './money';

const currencies = Object.keys(CURRENCY_MINOR_DIGITS);
/** Rates as people type them: up to 6 integer and 10 decimal digits, above zero. */
const rate = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
  .map(([whole, frac]) => (frac === undefined ? String(whole) : `${whole}.${frac}`))
  .filter(isValidRate);
const localAmount = fc.integer({ min: 0, max: 10_000_000_000 });

/** The exact value in øre as a fraction num/den, from the rate's decimal digits. */
function exact(localMinor: number, currency: string, r: string): { num: bigint; den: bigint } {
  const [whole, frac = ''] = r.split('.');
  return { num: BigInt(localMinor) * BigInt(whole! + frac) * 100n, den: 10n ** BigInt(CURRENCY_MINOR_DIGITS[currency]! + frac.length) };
}

describe('convertToOre', () => {
  it('converts GTQ 1 000.00 at 1.3874 to NOK 1 387.40, and a UGX amount without minor units', () => {
    expect(convertToOre(100_000, 'GTQ', '1.3874')).toBe(138_740);
    expect(convertToOre(250_000, 'UGX', '0.0028')).toBe(70_000);
  });

  it('rounds half away from zero, once', () => {
    expect(convertToOre(1, 'GTQ', '0.5')).toBe(1);
    expect(convertToOre(1, 'GTQ', '0.4999')).toBe(0);
  });

  it('is within half an øre of the exact value', () => {
    fc.assert(
      fc.property(localAmount, fc.constantFrom(...currencies), rate, (amount, currency, r) => {
        const ore = BigInt(convertToOre(amount, currency, r));
        const { num, den } = exact(amount, currency, r);
        // Beyond MAX_MONEY the platform refuses the amount anyway (and JS numbers stop being exact).
        fc.pre(num <= BigInt(MAX_MONEY) * den);
        const error = ore * den - num;
        expect(2n * (error < 0n ? -error : error) <= den).toBe(true);
      }),
    );
  });

  it('never gives less for more', () => {
    fc.assert(
      fc.property(localAmount, localAmount, fc.constantFrom(...currencies), rate, (a, b, currency, r) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(convertToOre(lo, currency, r)).toBeLessThanOrEqual(convertToOre(hi, currency, r));
      }),
    );
  });

  it('is the identity for NOK at rate "1"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY }), (amount) => {
        expect(convertToOre(amount, 'NOK', '1')).toBe(amount);
      }),
    );
  });

  it('refuses unknown currencies and bad rates', () => {
    expect(() => convertToOre(100, 'XYZ', '1')).toThrow(RangeError);
    expect(() => convertToOre(100, 'GTQ', '1,5')).toThrow(RangeError);
    expect(isKnownCurrency('GTQ')).toBe(true);
    expect(isKnownCurrency('toString')).toBe(false);
    expect(['0', '0.000', '-1', '1e3', '1.', '.5', '1234567'].filter(isValidRate)).toEqual([]);
  });
});

describe('splitEvenly', () => {
  it('splits NOK 100.01 in two as 50.01 and 50.00', () => {
    expect(splitEvenly(10_001, 2)).toEqual([5_001, 5_000]);
  });

  it('sums to the total exactly, in parts differing by at most one øre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY }), fc.integer({ min: 1, max: 24 }), (total, parts) => {
        const split = splitEvenly(total, parts);
        expect(split).toHaveLength(parts);
        expect(sumMoney(split)).toBe(total);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('parseMoney and minorToDecimal', () => {
  it('reads what people type in each language', () => {
    expect(parseMoney('12 345,50', ',')).toBe(1_234_550);
    expect(parseMoney('12,345.50', '.')).toBe(1_234_550);
    expect(parseMoney('12.345,5', ',')).toBe(1_234_550);
    expect(parseMoney('1,234', ',', 2)).toBeNull();
    expect(parseMoney('-5', '.')).toBeNull();
    expect(parseMoney('abc', '.')).toBeNull();
    expect(minorToDecimal(-5)).toBe('-0.05');
  });

  it('round-trips every amount, with either separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MONEY }), fc.constantFrom(0, 2), (amount, digits) => {
        const text = minorToDecimal(amount, digits);
        expect(parseMoney(text, '.', digits)).toBe(amount);
        expect(parseMoney(text.replace('.', ','), ',', digits)).toBe(amount);
      }),
    );
  });
});
