import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { DEFAULT_BUDGET_RULES, type WorkPlanDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import { lineOre, newId, newLine, toWorkPlanInput, validateWorkPlan, workPlanFieldOf, workPlanValuesOf, type WorkPlanValues } from './work-plan-form';

const t = ((key: string, params?: Record<string, string | number>) => translate('en', key, params)) as unknown as TFunction;

const plan: WorkPlanDto = {
  partnershipId: 'p1',
  year: 2027,
  years: [2026, 2027, 2028],
  version: 2,
  status: 'draft',
  activities: [{ id: 'a1', outputId: null, title: 'Waste sorting course', responsible: 'both', startMonth: 3, endMonth: 5 }],
  lines: [
    { id: 'l1', activityId: 'a1', category: 'travel', side: 'home', description: 'Flights Bergen–Guatemala', amount: 4_500_000, local: null },
    { id: 'l2', activityId: 'a1', category: 'workshops', side: 'partner', description: 'Venue', amount: 138_740, local: { currency: 'GTQ', amount: 100_000, rate: '1.3874', rateDate: '2027-01-15' } },
  ],
  totals: { total: 4_638_740, bySide: { home: 4_500_000, partner: 138_740 }, byCategory: { travel: 4_500_000, workshops: 138_740 } },
  grant: null,
  rules: DEFAULT_BUDGET_RULES,
  violations: [],
  approved: null,
  revisions: [],
  outputs: [],
  meetings: [],
  auditFlags: [],
  can: { edit: true, approve: false },
};

describe('the work plan form', () => {
  it('sends back the plan it was loaded with, with the local amount and its rate, not a computed NOK amount', () => {
    const values = workPlanValuesOf(plan);
    expect(validateWorkPlan(t, values, plan.rules, false)).toEqual({});
    const input = toWorkPlanInput(values, plan.version, false);
    expect(input.activities).toEqual(plan.activities);
    expect(input.lines[0]).toEqual({ ...plan.lines[0] });
    expect(input.lines[1]).toEqual({ id: 'l2', activityId: 'a1', category: 'workshops', side: 'partner', description: 'Venue', local: plan.lines[1]!.local });
    expect(input).not.toHaveProperty('revisionReason');
    // In Norwegian the rate reads "1,3874" and still goes back as "1.3874".
    const nb = workPlanValuesOf(plan, 'nb');
    expect(nb.lines[1]!.rate).toBe('1,3874');
    expect(toWorkPlanInput(nb, plan.version, false).lines[1]!.local!.rate).toBe('1.3874');
  });

  it('converts a local amount to øre exactly as the server will, and accepts a decimal comma in the rate', () => {
    const line = { ...newLine(), side: 'partner' as const, inLocal: true, currency: 'UGX', localAmount: 1_000_001, rate: '0,0029', rateDate: '2027-01-15' };
    expect(lineOre(line)).toBe(290_000); // UGX 1 000 001 × 0.0029 = NOK 2 900.0029 → 2 900.00
    expect(toWorkPlanInput({ activities: [], lines: [{ ...line, category: 'local_costs', description: 'x' }], revisionReason: '' }, 0, false).lines[0]!.local!.rate).toBe('0.0029');
    expect(lineOre({ ...line, rate: '' })).toBeNull();
  });

  it('says when the budget is above the ceiling, with both amounts, and which line’s category is not funded', () => {
    const values: WorkPlanValues = workPlanValuesOf(plan);
    values.lines[0]!.amount = 100_000_001;
    values.lines[1]!.category = 'investments';
    const errors = validateWorkPlan(t, values, plan.rules, false);
    // 100 000 001 + 138 740 øre
    expect(errors.lines).toBe('The budget for the year is NOK 1,001,387.41, above the ceiling of NOK 1,000,000.00 per partnership.');
    expect(errors['lines.1.category']).toBe('The programme does not fund this category of cost (Investments).');
  });

  it('asks for the reason once the plan is approved, and sends it', () => {
    const values = workPlanValuesOf(plan);
    expect(validateWorkPlan(t, values, plan.rules, true).revisionReason).toBe('The budget is approved: give the reason for this revision.');
    expect(toWorkPlanInput({ ...values, revisionReason: '  New prices ' }, 3, true).revisionReason).toBe('New prices');
  });

  it('puts a server error at the field it names, or at the row above it', () => {
    const values = workPlanValuesOf(plan);
    expect(workPlanFieldOf(values, 'lines.1.local.rate')).toBe('lines.1.local.rate');
    expect(workPlanFieldOf(values, 'lines.1.local')).toBe('lines.1.local.currency');
    expect(workPlanFieldOf(values, 'lines.0.id')).toBe('lines.0.description');
    expect(workPlanFieldOf(values, 'activities.0.outputId')).toBe('activities.0.outputId');
    expect(workPlanFieldOf(values, 'lines')).toBe('lines');
    expect(workPlanFieldOf(values, 'somethingElse')).toBe('');
  });

  it('makes version 4 UUIDs for new rows, also without crypto.randomUUID (plain http)', () => {
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 50 }, newId));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
