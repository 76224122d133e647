import { CURRENCY_MINOR_DIGITS, decimalSeparatorOf, minorToDecimal } from '@mic/domain';
/** Locale-aware names and dates; the interface language decides the form. */

const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

function displayNames(cache: Map<string, Intl.DisplayNames>, lang: string, type: 'region' | 'language') {
  let names = cache.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang, 'en'], { type, fallback: 'code' });
    cache.set(lang, names);
  }
  return names;
}

/** "GT" → "Guatemala" in the interface language; the code itself when unknown. */
export function countryName(code: string, lang: string): string {
  try {
    return displayNames(regionNames, lang, 'region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "es" → "Spanish" / "spansk" / "español". */
export function languageName(code: string, lang: string): string {
  try {
    return displayNames(languageNames, lang, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** Dates in the forms the programme's people read: British English, Norwegian, Spanish. */
const DATE_LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es' };

export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(DATE_LOCALES[lang] ?? lang, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatDateTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(DATE_LOCALES[lang] ?? lang, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
}

const MONEY_FORMATS = new Map<string, Intl.NumberFormat>();

function moneyFormat(lang: string, currency: string, decimals: 0 | 2): Intl.NumberFormat {
  const key = `${lang}|${currency}|${decimals}`;
  let format = MONEY_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(DATE_LOCALES[lang] ?? lang, { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    MONEY_FORMATS.set(key, format);
  }
  return format;
}

/**
 * An amount in øre as Norwegian kroner in the interface language, rounded to whole kroner for overviews:
 * "NOK 150,000" / "150 000 kr" / "150.000 NOK". Formatted from the exact decimal string, never via a float.
 */
export function formatMoney(ore: number, lang: string): string {
  return moneyFormat(lang, 'NOK', 0).format(minorToDecimal(ore) as Intl.StringNumericLiteral);
}

/** An amount in minor units shown exactly, with its øre (or cents): for budgets, instalments and payments. */
export function formatMoneyExact(minor: number, lang: string, currency = 'NOK'): string {
  const digits = CURRENCY_MINOR_DIGITS[currency] ?? 2;
  return moneyFormat(lang, currency, digits === 0 ? 0 : 2).format(minorToDecimal(minor, digits) as Intl.StringNumericLiteral);
}

/** The amount as a person would type it in this language, without grouping: "1234.50" / "1234,50". */
export function moneyInputValue(minor: number, lang: string, digits = 2): string {
  const plain = minorToDecimal(minor, digits);
  return decimalSeparatorOf(lang) === ',' ? plain.replace('.', ',') : plain;
}
