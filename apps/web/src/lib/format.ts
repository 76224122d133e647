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

/** An amount in øre as Norwegian kroner in the interface language: "NOK 150,000" / "150 000 kr" / "150.000 NOK". */
export function formatMoney(ore: number, lang: string): string {
  let format = MONEY_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(DATE_LOCALES[lang] ?? lang, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
    MONEY_FORMATS.set(lang, format);
  }
  return format.format(Math.round(ore / 100));
}
