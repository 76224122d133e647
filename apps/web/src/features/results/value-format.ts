import { localize, type IndicatorKind, type IndicatorMeasure, type ScaleLevel } from '@mic/domain';

/** What it takes to write an indicator's value as people read it. */
export interface ValueShape {
  kind: IndicatorKind;
  measure: IndicatorMeasure | null;
  unit: string | null;
  scale: ScaleLevel[] | null;
}

const LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es' };
const formats = new Map<string, Intl.NumberFormat>();

/** A number in the interface language's form ("1 234,5" in bokmål), at most two decimals. */
export function formatNumber(value: number, lang: string): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang] ?? lang, { maximumFractionDigits: 2 });
    formats.set(lang, f);
  }
  return f.format(value);
}

/** A percentage of target: "92,5 %" (the number is already in percent). */
export function formatPercent(value: number, lang: string): string {
  return `${formatNumber(value, lang)} %`;
}

/** An indicator's value with its unit, or a scale step with its label ("3 – Most staff trained"). */
export function formatValue(shape: ValueShape, value: number, lang: string): string {
  if (shape.kind === 'qualitative') {
    const step = shape.scale?.find((s) => s.value === value);
    return step ? `${formatNumber(value, lang)} – ${localize(step.label, lang)}` : formatNumber(value, lang);
  }
  if (shape.measure === 'percentage') return formatPercent(value, lang);
  return shape.unit ? `${formatNumber(value, lang)} ${shape.unit}` : formatNumber(value, lang);
}

/**
 * A number as typed: spaces (also thin and no-break ones) as thousands separators, a comma or a point
 * as the decimal mark. Null for an empty field, NaN for anything that is not a number.
 */
export function parseNumber(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!s) return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

/** A number for a form field, in the interface language's decimal mark and without grouping. */
export function numberText(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return lang === 'en' ? s : s.replace('.', ',');
}
