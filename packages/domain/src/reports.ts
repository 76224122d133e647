import type { Violation } from './errors';
import type { BudgetLine } from './budget-types';
import { convertToOre, percentOf, sumMoney } from './money';
import type { ValueStatus } from './results-types';
import type {
  FinancialRow,
  FinancialSummary,
  ReportAction,
  ReportContent,
  ReportFinancial,
  ReportMissingItem,
  ReportStatus,
} from './reports-types';

/** The annual report workflow as data: the status each action leads from and to, and who may take it. */
export const REPORT_ACTION_RULES: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus; by: 'coordinators' | 'programme_office' }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'coordinators' },
  return: { from: ['submitted'], to: 'returned', by: 'programme_office' },
  accept: { from: ['submitted'], to: 'accepted', by: 'programme_office' },
  reopen: { from: ['accepted'], to: 'returned', by: 'programme_office' },
};

/** Refuses an action the workflow does not allow from `from` (checked again inside the write transaction). */
export function checkReportTransition(from: ReportStatus, action: ReportAction): Violation[] {
  const rule = REPORT_ACTION_RULES[action];
  return rule.from.includes(from) ? [] : [{ code: 'INVALID_TRANSITION', params: { from, to: rule.to } }];
}

/** The content may be changed (and confirmed) only as a draft or when returned; submitted and accepted are locked. */
export function isReportEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** A new report: nothing written yet, one financial line per budget line of the year's work plan. */
export function emptyReportContent(outcomeIds: readonly string[], lineIds: readonly string[]): ReportContent {
  return {
    narrative: {
      outcomes: outcomeIds.map((resultId) => ({ resultId, contribution: '' })),
      indicatorNotes: '',
      riskReview: '',
      homeLearning: '',
      lessons: '',
      visibility: { home: '', partner: '' },
    },
    financial: { lines: lineIds.map((lineId) => ({ lineId, actual: null, localActual: null, explanation: '' })), unspentExplanation: '' },
  };
}

/** The actual in øre of one line: a local-currency line's is converted from its local actual at the line's recorded rate. */
export function lineActual(line: Pick<BudgetLine, 'local'>, reported: { actual: number | null; localActual: number | null } | undefined): number | null {
  if (!reported) return null;
  if (line.local) return reported.localActual === null ? null : convertToOre(reported.localActual, line.local.currency, line.local.rate);
  return reported.actual;
}

/**
 * Whether a variance needs an explanation: beyond the threshold percent of the budget, compared in
 * integers (|variance| × 100 > threshold × budget); any spending on a line budgeted at zero does.
 */
export function varianceNeedsExplanation(budget: number, actual: number, thresholdPercent: number): boolean {
  const variance = actual - budget;
  if (budget === 0) return actual > 0;
  return BigInt(Math.abs(variance)) * 100n > BigInt(thresholdPercent) * BigInt(Math.abs(budget));
}

/** The financial report as shown: each budget line with its actual and variance, and the year's totals, in exact øre. */
export function financialSummary(
  budgetLines: readonly BudgetLine[],
  financial: ReportFinancial,
  thresholdPercent: number,
  granted: number,
  paid: number,
): FinancialSummary {
  const byId = new Map(financial.lines.map((l) => [l.lineId, l]));
  const rows: FinancialRow[] = budgetLines.map((line) => {
    const reported = byId.get(line.id);
    const actual = lineActual(line, reported);
    const variance = actual === null ? null : actual - line.amount;
    return {
      lineId: line.id,
      category: line.category,
      side: line.side,
      description: line.description,
      currency: line.local?.currency ?? null,
      rate: line.local?.rate ?? null,
      budget: line.amount,
      localBudget: line.local?.amount ?? null,
      actual,
      localActual: line.local ? (reported?.localActual ?? null) : null,
      variance,
      variancePercent: variance === null ? null : percentOf(variance, line.amount),
      explanationNeeded: actual !== null && varianceNeedsExplanation(line.amount, actual, thresholdPercent),
      explanation: reported?.explanation ?? '',
    };
  });
  const actual = sumMoney(rows.map((r) => r.actual ?? 0));
  return { rows, budget: sumMoney(rows.map((r) => r.budget)), actual, granted, paid, unspent: paid - actual, thresholdPercent };
}

/** What the completeness check needs to know besides the content. */
export interface ReportFacts {
  content: ReportContent;
  /** Whether the year has a work plan at all. */
  workPlanExists: boolean;
  /** The framework's outcomes (ids), in order. */
  outcomeIds: readonly string[];
  /** The outcome and output indicators, with the status of their value for the year (null: none). */
  indicators: readonly { id: string; valueStatus: ValueStatus | null }[];
  financial: FinancialSummary;
}

const blank = (s: string | null | undefined) => !s || !s.trim();

/** Everything the report still lacks before it can be submitted, each with its field path, in the order of the form. Empty when complete. */
export function reportCompleteness(f: ReportFacts): ReportMissingItem[] {
  const out: ReportMissingItem[] = [];
  const n = f.content.narrative;
  if (!f.workPlanExists) out.push({ code: 'work_plan_missing', section: 'financial', path: 'financial' });
  f.outcomeIds.forEach((resultId) => {
    const i = n.outcomes.findIndex((o) => o.resultId === resultId);
    if (i < 0 || blank(n.outcomes[i]!.contribution)) {
      out.push({ code: 'outcome_contribution_missing', section: 'outcomes', path: `narrative.outcomes.${i < 0 ? resultId : i}.contribution`, params: { resultId } });
    }
  });
  for (const ind of f.indicators) {
    if (ind.valueStatus === null || ind.valueStatus === 'returned') out.push({ code: 'indicator_actual_missing', section: 'indicators', path: ind.id });
  }
  if (blank(n.riskReview)) out.push({ code: 'risk_review_missing', section: 'risks', path: 'narrative.riskReview' });
  if (blank(n.homeLearning)) out.push({ code: 'home_learning_missing', section: 'home_learning', path: 'narrative.homeLearning' });
  if (blank(n.lessons)) out.push({ code: 'lessons_missing', section: 'lessons', path: 'narrative.lessons' });
  for (const side of ['home', 'partner'] as const) {
    if (blank(n.visibility[side])) out.push({ code: 'visibility_missing', section: 'visibility', path: `narrative.visibility.${side}`, params: { side } });
  }
  f.financial.rows.forEach((row, rowIndex) => {
    const at = f.content.financial.lines.findIndex((l) => l.lineId === row.lineId);
    const i = at < 0 ? rowIndex : at;
    if (row.actual === null) out.push({ code: 'actual_missing', section: 'financial', path: `financial.lines.${i}.${row.currency ? 'localActual' : 'actual'}` });
    else if (row.explanationNeeded && blank(row.explanation)) out.push({ code: 'variance_explanation_missing', section: 'financial', path: `financial.lines.${i}.explanation` });
  });
  if (f.financial.unspent > 0 && blank(f.content.financial.unspentExplanation)) {
    out.push({ code: 'unspent_explanation_missing', section: 'financial', path: 'financial.unspentExplanation' });
  }
  return out;
}
