import type { TFunction } from 'i18next';
import {
  checkBudget,
  convertToOre,
  decimalSeparatorOf,
  isKnownCurrency,
  isValidRate,
  type ActivityResponsible,
  type BudgetCategory,
  type BudgetLine,
  type MunicipalitySide,
  type WorkPlanDto,
} from '@mic/domain';
import type { WorkPlanInput } from './budget-api';

/** One activity as the form holds it; months as select values. */
export interface ActivityValues {
  id: string;
  outputId: string;
  title: string;
  responsible: ActivityResponsible;
  startMonth: string;
  endMonth: string;
}

/** One budget line as the form holds it: an NOK amount, or a local amount with its rate and date. */
export interface LineValues {
  id: string;
  activityId: string;
  category: BudgetCategory | '';
  side: MunicipalitySide;
  description: string;
  amount: number | null;
  inLocal: boolean;
  currency: string;
  localAmount: number | null;
  rate: string;
  rateDate: string;
}

export interface WorkPlanValues {
  activities: ActivityValues[];
  lines: LineValues[];
  revisionReason: string;
}

export const ACTIVITY_FIELDS = ['title', 'outputId', 'responsible', 'startMonth', 'endMonth'] as const;
export const LINE_FIELDS = ['activityId', 'category', 'side', 'description', 'amount', 'local.currency', 'local.amount', 'local.rate', 'local.rateDate'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

export const activityPath = (i: number, f: (typeof ACTIVITY_FIELDS)[number]) => `activities.${i}.${f}`;
export const linePath = (i: number, f: LineField) => `lines.${i}.${f}`;
/** The id of the control for a field path ("lines.2.local.rate" → "wp-lines-2-local-rate"). */
export const workPlanControlId = (path: string) => `wp-${path.replace(/\./g, '-')}`;

/**
 * A v4 UUID for a new row. `crypto.randomUUID` exists only in secure contexts, and the platform is
 * also used over plain http on a local network, where `getRandomValues` still works.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const newActivity = (): ActivityValues => ({ id: newId(), outputId: '', title: '', responsible: 'both', startMonth: '1', endMonth: '12' });

export const newLine = (activityId = ''): LineValues => ({
  id: newId(),
  activityId,
  category: '',
  side: 'home',
  description: '',
  amount: null,
  inLocal: false,
  currency: '',
  localAmount: null,
  rate: '',
  rateDate: '',
});

/** The plan as the form holds it; rates shown with the reader's decimal separator (`normaliseRate` undoes it). */
export function workPlanValuesOf(plan: WorkPlanDto, lang = 'en'): WorkPlanValues {
  return {
    activities: plan.activities.map((a) => ({ ...a, outputId: a.outputId ?? '', startMonth: String(a.startMonth), endMonth: String(a.endMonth) })),
    lines: plan.lines.map((l) => ({
      id: l.id,
      activityId: l.activityId ?? '',
      category: l.category,
      side: l.side,
      description: l.description,
      amount: l.local ? null : l.amount,
      inLocal: !!l.local,
      currency: l.local?.currency ?? '',
      localAmount: l.local?.amount ?? null,
      rate: l.local ? (decimalSeparatorOf(lang) === ',' ? l.local.rate.replace('.', ',') : l.local.rate) : '',
      rateDate: l.local?.rateDate ?? '',
    })),
    revisionReason: '',
  };
}

/** The rate as the API wants it: a decimal point, whatever separator the person typed. */
export const normaliseRate = (rate: string) => rate.trim().replace(',', '.');

const usesLocal = (l: LineValues) => l.inLocal && l.side === 'partner';

/** A line's NOK in øre as the server will compute it; null while the amount or the conversion is incomplete. */
export function lineOre(l: LineValues): number | null {
  if (!usesLocal(l)) return l.amount;
  const rate = normaliseRate(l.rate);
  if (l.localAmount === null || !isKnownCurrency(l.currency) || !isValidRate(rate)) return null;
  return convertToOre(l.localAmount, l.currency, rate);
}

/** The lines as the domain's rules see them (incomplete amounts count as zero, so totals stay live). */
export function budgetLinesOf(v: WorkPlanValues): Pick<BudgetLine, 'amount' | 'side' | 'category'>[] {
  return v.lines.filter((l) => l.category).map((l) => ({ amount: lineOre(l) ?? 0, side: l.side, category: l.category as BudgetCategory }));
}

/** Every field path of the form, in the order the error summary lists them. */
export function workPlanFieldOrder(v: WorkPlanValues): string[] {
  return [
    'activities',
    ...v.activities.flatMap((_, i) => ACTIVITY_FIELDS.map((f) => activityPath(i, f))),
    ...v.lines.flatMap((_, i) => LINE_FIELDS.map((f) => linePath(i, f))),
    'lines',
    'revisionReason',
  ];
}

/** A server field path → the form field it belongs to: itself, or the nearest row or field above it. */
export function workPlanFieldOf(v: WorkPlanValues, path: string): string {
  const fields = new Set(workPlanFieldOrder(v));
  const parts = path.split('.').filter(Boolean);
  while (parts.length) {
    const p = parts.join('.');
    if (fields.has(p)) return p;
    for (const inner of ['currency', 'title', 'description']) if (fields.has(`${p}.${inner}`)) return `${p}.${inner}`;
    parts.pop();
  }
  return '';
}

const NUMBER_LOCALES: Record<string, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es' };

/** A rule's message in the reader's language: the category named, NOK amounts grouped as they read them. */
export function ruleMessage(t: TFunction, code: string, params: Record<string, string | number> = {}, lang = 'en'): string {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.category === 'string') out.category = t(`budget.categories.${params.category}`);
  const format = new Intl.NumberFormat(NUMBER_LOCALES[lang] ?? lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  for (const [key, value] of Object.entries(params)) {
    // The domain gives exact decimal strings; formatting them as strings keeps them exact.
    if (key.endsWith('Nok') && typeof value === 'string') out[key] = format.format(value as Intl.StringNumericLiteral);
  }
  return t(`errors.${code}`, out);
}

/**
 * What the browser can tell before saving (path → message): required fields, month order, the
 * local-currency fields, then the programme's budget rules (the same check the server makes).
 */
export function validateWorkPlan(t: TFunction, v: WorkPlanValues, rules: WorkPlanDto['rules'], revision: boolean, lang = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  v.activities.forEach((a, i) => {
    if (!a.title.trim()) out[activityPath(i, 'title')] = t('budget.form.errors.title');
    if (Number(a.startMonth) > Number(a.endMonth)) out[activityPath(i, 'endMonth')] = t('budget.form.errors.months');
  });
  v.lines.forEach((l, i) => {
    if (!l.category) out[linePath(i, 'category')] = t('budget.form.errors.category');
    if (!l.description.trim()) out[linePath(i, 'description')] = t('budget.form.errors.description');
    if (!usesLocal(l)) {
      if (l.amount === null) out[linePath(i, 'amount')] = t('budget.form.errors.amount');
      return;
    }
    if (!isKnownCurrency(l.currency)) out[linePath(i, 'local.currency')] = t('errors.CURRENCY_UNKNOWN');
    if (l.localAmount === null) out[linePath(i, 'local.amount')] = t('budget.form.errors.amount');
    if (!isValidRate(normaliseRate(l.rate))) out[linePath(i, 'local.rate')] = t('errors.EXCHANGE_RATE_INVALID');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(l.rateDate)) out[linePath(i, 'local.rateDate')] = t('budget.form.errors.rateDate');
  });
  // Line indexes of the rule check count only lines with a category; map them back.
  const withCategory = v.lines.map((l, i) => (l.category ? i : -1)).filter((i) => i >= 0);
  for (const violation of checkBudget(budgetLinesOf(v), rules)) {
    const m = /^lines\.(\d+)\.(.+)$/.exec(violation.field ?? '');
    const field = m ? linePath(withCategory[Number(m[1])]!, m[2] as LineField) : (violation.field ?? 'lines');
    out[field] ??= ruleMessage(t, violation.code, violation.params, lang);
  }
  if (revision && !v.revisionReason.trim()) out.revisionReason = t('errors.REVISION_REASON_REQUIRED');
  return out;
}

export function toWorkPlanInput(v: WorkPlanValues, version: number, revision: boolean): WorkPlanInput {
  return {
    version,
    activities: v.activities.map((a) => ({
      id: a.id,
      outputId: a.outputId || null,
      title: a.title.trim(),
      responsible: a.responsible,
      startMonth: Number(a.startMonth),
      endMonth: Number(a.endMonth),
    })),
    lines: v.lines.map((l) => ({
      id: l.id,
      activityId: l.activityId || null,
      category: l.category as BudgetCategory,
      side: l.side,
      description: l.description.trim(),
      ...(usesLocal(l)
        ? { local: { currency: l.currency, amount: l.localAmount ?? 0, rate: normaliseRate(l.rate), rateDate: l.rateDate } }
        : { amount: l.amount ?? 0, local: null }),
    })),
    ...(revision ? { revisionReason: v.revisionReason.trim() } : {}),
  };
}
