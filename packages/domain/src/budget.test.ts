import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { budgetTotals, checkBudget, checkBudgetRules, checkWorkPlanShape, diffBudgetLines } from './budget';
import { BUDGET_CATEGORIES, DEFAULT_BUDGET_RULES, type BudgetLine } from './budget-types';

const line = (over: Partial<BudgetLine> = {}): BudgetLine => ({ id: 'l1', activityId: null, category: 'travel', side: 'home', description: 'Flights', amount: 1_000, local: null, ...over });
const rules = { ...DEFAULT_BUDGET_RULES, yearlyCeiling: 100_000, maxAdministrationPercent: 10 };

describe('checkBudget', () => {
  it('accepts an empty budget and one exactly at the ceiling with exactly the largest administration share', () => {
    expect(checkBudget([], rules)).toEqual([]);
    expect(checkBudget([line({ amount: 90_000 }), line({ category: 'administration', amount: 10_000 })], rules)).toEqual([]);
  });

  it('reports the ceiling one øre above it, with the amounts', () => {
    expect(checkBudget([line({ amount: 100_001 })], rules)).toEqual([
      { code: 'BUDGET_CEILING_EXCEEDED', field: 'lines', params: { total: 100_001, ceiling: 100_000, totalNok: '1000.01', ceilingNok: '1000.00' } },
    ]);
  });

  it('reports an administration share one øre above the limit', () => {
    const v = checkBudget([line({ amount: 89_999 }), line({ category: 'administration', amount: 10_001 })], rules);
    expect(v).toEqual([
      {
        code: 'BUDGET_ADMINISTRATION_SHARE_EXCEEDED',
        field: 'lines',
        params: { administration: 10_001, total: 100_000, administrationNok: '100.01', totalNok: '1000.00', maxPercent: 10 },
      },
    ]);
  });

  it('reports each ineligible line at its own field, and all rules at once', () => {
    const v = checkBudget([line({ category: 'investments', amount: 200_000 }), line({ category: 'administration', amount: 50_000 }), line({ category: 'recurrent_costs' })], rules);
    expect(v.map((x) => `${x.code} ${x.field}`)).toEqual([
      'BUDGET_CATEGORY_NOT_ELIGIBLE lines.0.category',
      'BUDGET_CATEGORY_NOT_ELIGIBLE lines.2.category',
      'BUDGET_CEILING_EXCEEDED lines',
      'BUDGET_ADMINISTRATION_SHARE_EXCEEDED lines',
    ]);
  });

  it('reports the ceiling exactly when the exact sum is above it', () => {
    const lines = fc.array(fc.record({ amount: fc.integer({ min: 0, max: 60_000 }), side: fc.constantFrom('home' as const, 'partner' as const), category: fc.constantFrom(...BUDGET_CATEGORIES) }), { maxLength: 8 });
    fc.assert(
      fc.property(lines, (ls) => {
        const totals = budgetTotals(ls);
        expect(totals.bySide.home + totals.bySide.partner).toBe(totals.total);
        expect(checkBudget(ls, rules).some((v) => v.code === 'BUDGET_CEILING_EXCEEDED')).toBe(totals.total > rules.yearlyCeiling);
      }),
    );
  });
});

describe('checkBudgetRules, checkWorkPlanShape and diffBudgetLines', () => {
  it('refuses shares outside 0–100 and negative ceilings', () => {
    expect(checkBudgetRules(DEFAULT_BUDGET_RULES)).toEqual([]);
    expect(checkBudgetRules({ ...DEFAULT_BUDGET_RULES, yearlyCeiling: -1, maxAdministrationPercent: 101 }).map((v) => v.field)).toEqual(['yearlyCeiling', 'maxAdministrationPercent']);
  });

  it('finds month ranges backwards, lines of unknown activities and local currency on the home side', () => {
    const activities = [{ id: 'a1', outputId: null, title: 'A', responsible: 'home' as const, startMonth: 5, endMonth: 4 }];
    const local = { currency: 'GTQ', amount: 1, rate: '1', rateDate: '2026-01-01' };
    const v = checkWorkPlanShape({ activities, lines: [line({ activityId: 'a2' }), line({ id: 'l2', local })] });
    expect(v.map((x) => `${x.code} ${x.field}`)).toEqual(['DATES_INVALID activities.0.endMonth', 'VALIDATION_FAILED lines.0.activityId', 'BUDGET_LOCAL_CURRENCY_HOME_SIDE lines.1.local']);
  });

  it('lists added, changed and removed lines', () => {
    const before = [line({ id: 'a' }), line({ id: 'b', amount: 5 })];
    const after = [line({ id: 'a', amount: 2_000 }), line({ id: 'c', amount: 7 })];
    expect(diffBudgetLines(before, after).map((c) => [c.kind, c.lineId, c.before, c.after])).toEqual([
      ['changed', 'a', 1_000, 2_000],
      ['added', 'c', null, 7],
      ['removed', 'b', 5, null],
    ]);
  });
});
