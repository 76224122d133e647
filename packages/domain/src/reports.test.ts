import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BudgetLine } from './budget-types';
import { REPORT_ACTIONS, REPORT_STATUSES, type ReportContent } from './reports-types';
import {
  REPORT_ACTION_RULES,
  checkReportTransition,
  emptyReportContent,
  financialSummary,
  isReportEditable,
  reportCompleteness,
  varianceNeedsExplanation,
  type ReportFacts,
} from './reports';

const line = (id: string, amount: number, over: Partial<BudgetLine> = {}): BudgetLine => ({
  id,
  activityId: null,
  category: 'travel',
  side: 'home',
  description: `Line ${id}`,
  amount,
  local: null,
  ...over,
});

function completeContent(): ReportContent {
  const c = emptyReportContent(['o1'], ['l1']);
  c.narrative.outcomes[0]!.contribution = 'Waste is collected weekly in three districts';
  c.narrative.riskReview = 'The election risk passed without delay';
  c.narrative.homeLearning = 'Our staff learned participatory budgeting';
  c.narrative.lessons = 'Start procurement early';
  c.narrative.visibility = { home: 'Article in the local paper', partner: 'Radio programme' };
  c.financial.lines[0]!.actual = 100_000;
  return c;
}

function facts(content: ReportContent, over: Partial<ReportFacts> = {}): ReportFacts {
  return {
    content,
    workPlanExists: true,
    outcomeIds: ['o1'],
    indicators: [{ id: 'i1', valueStatus: 'submitted' }],
    financial: financialSummary([line('l1', 100_000)], content.financial, 10, 100_000, 100_000),
    ...over,
  };
}

describe('the report workflow', () => {
  it('allows exactly the transitions of the rules', () => {
    for (const from of REPORT_STATUSES) {
      for (const action of REPORT_ACTIONS) {
        expect(checkReportTransition(from, action).length === 0).toBe(REPORT_ACTION_RULES[action].from.includes(from));
      }
    }
    expect(checkReportTransition('accepted', 'submit')).toEqual([{ code: 'INVALID_TRANSITION', params: { from: 'accepted', to: 'submitted' } }]);
    expect(checkReportTransition('accepted', 'reopen')).toEqual([]);
  });

  it('is editable only as a draft or returned', () => {
    expect(REPORT_STATUSES.filter(isReportEditable)).toEqual(['draft', 'returned']);
  });
});

describe('the financial summary', () => {
  it('converts a local-currency actual at the line rate and computes variance exactly', () => {
    const lines = [line('l1', 4_500_000), line('l2', 1_712_900, { side: 'partner', local: { currency: 'GTQ', amount: 1_234_567, rate: '1.38745', rateDate: '2026-02-02' } })];
    const c = emptyReportContent([], ['l1', 'l2']);
    c.financial.lines[0]!.actual = 5_000_000;
    c.financial.lines[1]!.localActual = 1_234_567;
    const s = financialSummary(lines, c.financial, 10, 6_000_000, 5_000_000);
    expect(s.rows[1]).toMatchObject({ actual: 1_712_900, variance: 0, variancePercent: '0.0', explanationNeeded: false, localActual: 1_234_567 });
    expect(s.rows[0]).toMatchObject({ actual: 5_000_000, variance: 500_000, variancePercent: '11.1', explanationNeeded: true });
    expect(s).toMatchObject({ budget: 6_212_900, actual: 6_712_900, unspent: 5_000_000 - 6_712_900 });
  });

  it('needs an explanation beyond the threshold only, and for any spending on a zero budget', () => {
    expect(varianceNeedsExplanation(1000, 1100, 10)).toBe(false);
    expect(varianceNeedsExplanation(1000, 1101, 10)).toBe(true);
    expect(varianceNeedsExplanation(1000, 899, 10)).toBe(true);
    expect(varianceNeedsExplanation(0, 0, 10)).toBe(false);
    expect(varianceNeedsExplanation(0, 1, 10)).toBe(true);
  });

  it('has totals equal to the sums of its rows, and variance = actual − budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ budget: fc.integer({ min: 0, max: 1_000_000_000 }), actual: fc.option(fc.integer({ min: 0, max: 1_000_000_000 })) }), { maxLength: 20 }),
        fc.integer({ min: 0, max: 100 }),
        (spec, threshold) => {
          const lines = spec.map((s, i) => line(`l${i}`, s.budget));
          const c = emptyReportContent([], lines.map((l) => l.id));
          spec.forEach((s, i) => (c.financial.lines[i]!.actual = s.actual));
          const sum = financialSummary(lines, c.financial, threshold, 0, 0);
          expect(sum.budget).toBe(sum.rows.reduce((n, r) => n + r.budget, 0));
          expect(sum.actual).toBe(sum.rows.reduce((n, r) => n + (r.actual ?? 0), 0));
          for (const r of sum.rows) {
            if (r.actual === null) expect(r.variance).toBeNull();
            else expect(r.variance).toBe(r.actual - r.budget);
            if (r.explanationNeeded && r.budget > 0) expect(Math.abs(r.variance!) * 100).toBeGreaterThan(threshold * r.budget);
          }
        },
      ),
    );
  });
});

describe('the completeness check', () => {
  it('finds nothing missing in a complete report', () => {
    expect(reportCompleteness(facts(completeContent()))).toEqual([]);
  });

  it('lists each missing thing with its path', () => {
    const c = emptyReportContent(['o1'], ['l1']);
    const f = facts(c, { workPlanExists: false, indicators: [{ id: 'i1', valueStatus: null }, { id: 'i2', valueStatus: 'returned' }, { id: 'i3', valueStatus: 'draft' }] });
    expect(reportCompleteness(f).map((m) => [m.code, m.path])).toEqual([
      ['work_plan_missing', 'financial'],
      ['outcome_contribution_missing', 'narrative.outcomes.0.contribution'],
      ['indicator_actual_missing', 'i1'],
      ['indicator_actual_missing', 'i2'],
      ['risk_review_missing', 'narrative.riskReview'],
      ['home_learning_missing', 'narrative.homeLearning'],
      ['lessons_missing', 'narrative.lessons'],
      ['visibility_missing', 'narrative.visibility.home'],
      ['visibility_missing', 'narrative.visibility.partner'],
      ['actual_missing', 'financial.lines.0.actual'],
      ['unspent_explanation_missing', 'financial.unspentExplanation'],
    ]);
  });

  it('asks for a variance explanation beyond the threshold and an unspent explanation when funds are left', () => {
    const c = completeContent();
    c.financial.lines[0]!.actual = 50_000;
    const f = facts(c, { financial: financialSummary([line('l1', 100_000)], c.financial, 10, 100_000, 100_000) });
    expect(reportCompleteness(f).map((m) => m.code)).toEqual(['variance_explanation_missing', 'unspent_explanation_missing']);
    c.financial.lines[0]!.explanation = 'The second workshop moved to next year';
    c.financial.unspentExplanation = 'Returned with the next instalment';
    expect(reportCompleteness(facts(c, { financial: financialSummary([line('l1', 100_000)], c.financial, 10, 100_000, 100_000) }))).toEqual([]);
  });
});
