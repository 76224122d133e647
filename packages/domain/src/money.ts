/**
 * Money without floating point: amounts are integer minor units (øre for NOK), conversions and splits
 * are done in BigInt and rounded once, half away from zero. Exchange rates are decimal strings.
 */

/** ISO 4217 minor-unit digits of the currencies partner municipalities budget in. */
export const CURRENCY_MINOR_DIGITS: Readonly<Record<string, number>> = {
  NOK: 2,
  EUR: 2,
  USD: 2,
  GTQ: 2,
  HNL: 2,
  NIO: 2,
  KES: 2,
  TZS: 2,
  UGX: 0,
  RWF: 0,
  MWK: 2,
  ZMW: 2,
  ETB: 2,
  MZN: 2,
  ZAR: 2,
  RSD: 2,
  BAM: 2,
  MKD: 2,
  ALL: 2,
  UAH: 2,
  MDL: 2,
  GEL: 2,
};

export const LOCAL_CURRENCIES = Object.keys(CURRENCY_MINOR_DIGITS).filter((c) => c !== 'NOK');

/** The largest amount the platform accepts in one field: NOK 10 billion, far inside 2^53 øre. */
export const MAX_MONEY = 1_000_000_000_000;

/** "NOK per one unit of the local currency", up to 6 integer and 10 decimal digits, above zero. */
const RATE = /^(\d{1,6})(?:\.(\d{1,10}))?$/;

export function isValidRate(rate: string): boolean {
  const m = RATE.exec(rate);
  return !!m && BigInt(m[1]! + (m[2] ?? '')) > 0n;
}

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCY_MINOR_DIGITS, code);
}

/** Divides and rounds half away from zero, exactly. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/**
 * An amount in the local currency's minor units, converted to øre at `rate` (NOK per unit), rounded
 * once to the nearest øre. E.g. GTQ 1 000.00 (100000) at "1.3874" → 138740 øre.
 */
export function convertToOre(localMinor: number, currency: string, rate: string): number {
  const m = RATE.exec(rate);
  const digits = CURRENCY_MINOR_DIGITS[currency];
  if (!m || digits === undefined || !Number.isSafeInteger(localMinor)) throw new RangeError('convertToOre: invalid input');
  const frac = m[2] ?? '';
  const scaled = BigInt(m[1]! + frac);
  return Number(divRound(BigInt(localMinor) * scaled * 100n, 10n ** BigInt(digits + frac.length)));
}

/** Splits a total into `parts` amounts that differ by at most one øre and sum to it exactly (the first ones get the extra øre). */
export function splitEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(total / parts);
  const rest = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

export function sumMoney(amounts: readonly number[]): number {
  let s = 0;
  for (const a of amounts) s += a;
  return s;
}

/** 123456 → "1234.56", -5 → "-0.05": the exact decimal, for messages, exports and Intl formatting. */
export function minorToDecimal(amount: number, digits = 2): string {
  const negative = amount < 0;
  const s = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = digits ? s.slice(0, -digits) : s;
  const frac = digits ? `.${s.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/**
 * What a person typed as an amount, in minor units: "12 345,50" (nb, es) or "12,345.50" (en); at most
 * `digits` decimals; null when it is not an amount. No floating point on the way.
 */
export function parseMoney(text: string, decimalSeparator: '.' | ',', digits = 2): number | null {
  const group = decimalSeparator === ',' ? /[\s.\u00a0\u202f]/g : /[\s,\u00a0\u202f]/g;
  const cleaned = text.trim().replace(group, '');
  const parts = cleaned.split(decimalSeparator);
  if (parts.length > 2 || !/^\d+$/.test(parts[0] ?? '')) return null;
  const frac = parts[1] ?? '';
  if (parts.length === 2 && (!/^\d+$/.test(frac) || frac.length > digits)) return null;
  const value = BigInt(parts[0]! + frac.padEnd(digits, '0'));
  return value > BigInt(MAX_MONEY) ? null : Number(value);
}

/** The decimal separator of an interface language. */
export function decimalSeparatorOf(lang: string): '.' | ',' {
  return lang === 'en' ? '.' : ',';
}

/** Percent of a whole, as an exact "12.5" string with one decimal (rounded half away from zero); null for a zero whole. */
export function percentOf(part: number, whole: number): string | null {
  if (whole === 0) return null;
  return minorToDecimal(Number(divRound(BigInt(part) * 1000n, BigInt(whole))), 1);
}
