import type { BudgetCategory, BudgetLine, BudgetLineChange, BudgetRules, BudgetTotals, WorkPlanContent } from './budget-types';
import { BUDGET_CATEGORIES } from './budget-types';
import type { Violation } from './errors';
import { minorToDecimal } from './money';

/** Totals of a budget: all of it, per side and per category (exact integer sums). */
export function budgetTotals(lines: readonly Pick<BudgetLine, 'amount' | 'side' | 'category'>[]): BudgetTotals {
  const totals: BudgetTotals = { total: 0, bySide: { home: 0, partner: 0 }, byCategory: {} };
  for (const l of lines) {
    totals.total += l.amount;
    totals.bySide[l.side] += l.amount;
    totals.byCategory[l.category] = (totals.byCategory[l.category] ?? 0) + l.amount;
  }
  return totals;
}

/** The categories a budget may use under these rules. */
export function eligibleCategories(rules: Pick<BudgetRules, 'ineligibleCategories'>): BudgetCategory[] {
  return BUDGET_CATEGORIES.filter((c) => !rules.ineligibleCategories.includes(c));
}

/**
 * The programme's rules on one year's budget, every broken one at once, with the amounts in the
 * message parameters (øre, and as exact NOK decimals for the text).
 */
export function checkBudget(lines: readonly Pick<BudgetLine, 'amount' | 'side' | 'category'>[], rules: BudgetRules): Violation[] {
  const v: Violation[] = [];
  lines.forEach((l, i) => {
    if (rules.ineligibleCategories.includes(l.category)) v.push({ code: 'BUDGET_CATEGORY_NOT_ELIGIBLE', field: `lines.${i}.category`, params: { category: l.category } });
  });
  const totals = budgetTotals(lines);
  if (totals.total > rules.yearlyCeiling) {
    v.push({
      code: 'BUDGET_CEILING_EXCEEDED',
      field: 'lines',
      params: { total: totals.total, ceiling: rules.yearlyCeiling, totalNok: minorToDecimal(totals.total), ceilingNok: minorToDecimal(rules.yearlyCeiling) },
    });
  }
  const admin = totals.byCategory.administration ?? 0;
  if (admin * 100 > rules.maxAdministrationPercent * totals.total) {
    v.push({
      code: 'BUDGET_ADMINISTRATION_SHARE_EXCEEDED',
      field: 'lines',
      params: { administration: admin, total: totals.total, administrationNok: minorToDecimal(admin), totalNok: minorToDecimal(totals.total), maxPercent: rules.maxAdministrationPercent },
    });
  }
  return v;
}

/** The rules themselves must make sense: a ceiling of at least zero, a share 0–100, known categories. */
export function checkBudgetRules(rules: BudgetRules): Violation[] {
  const v: Violation[] = [];
  if (!Number.isSafeInteger(rules.yearlyCeiling) || rules.yearlyCeiling < 0) v.push({ code: 'BUDGET_RULES_INVALID', field: 'yearlyCeiling' });
  for (const key of ['maxAdministrationPercent', 'varianceThresholdPercent'] as const) {
    const n = rules[key];
    if (!Number.isInteger(n) || n < 0 || n > 100) v.push({ code: 'BUDGET_RULES_INVALID', field: key });
  }
  if (rules.ineligibleCategories.some((c) => !BUDGET_CATEGORIES.includes(c))) v.push({ code: 'BUDGET_RULES_INVALID', field: 'ineligibleCategories' });
  return v;
}

/** The structure of a work plan: month ranges, lines pointing at its own activities, ids unique. */
export function checkWorkPlanShape(content: WorkPlanContent): Violation[] {
  const v: Violation[] = [];
  const activityIds = new Set<string>();
  content.activities.forEach((a, i) => {
    if (activityIds.has(a.id)) v.push({ code: 'VALIDATION_FAILED', field: `activities.${i}.id` });
    activityIds.add(a.id);
    if (a.startMonth > a.endMonth) v.push({ code: 'DATES_INVALID', field: `activities.${i}.endMonth` });
  });
  const lineIds = new Set<string>();
  content.lines.forEach((l, i) => {
    if (lineIds.has(l.id)) v.push({ code: 'VALIDATION_FAILED', field: `lines.${i}.id` });
    lineIds.add(l.id);
    if (l.activityId !== null && !activityIds.has(l.activityId)) v.push({ code: 'VALIDATION_FAILED', field: `lines.${i}.activityId` });
    if (l.local && l.side !== 'partner') v.push({ code: 'BUDGET_LOCAL_CURRENCY_HOME_SIDE', field: `lines.${i}.local` });
  });
  return v;
}

/** What changed between two versions of a budget's lines, in the order of the newer version. */
export function diffBudgetLines(before: readonly BudgetLine[], after: readonly BudgetLine[]): BudgetLineChange[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const out: BudgetLineChange[] = [];
  for (const l of after) {
    const prev = old.get(l.id);
    if (!prev) out.push({ kind: 'added', lineId: l.id, description: l.description, before: null, after: l.amount });
    else if (prev.amount !== l.amount || prev.category !== l.category || prev.side !== l.side || prev.description !== l.description || prev.activityId !== l.activityId) {
      out.push({ kind: 'changed', lineId: l.id, description: l.description, before: prev.amount, after: l.amount });
    }
    old.delete(l.id);
  }
  for (const l of old.values()) out.push({ kind: 'removed', lineId: l.id, description: l.description, before: l.amount, after: null });
  return out;
}
