/**
 * Work plans and budgets (issue 7): a partnership's plan for one year, its activities (from the results
 * framework's outputs) and budget lines, checked against the programme's budget rules.
 */
import type { MunicipalitySide } from './documents';

/** Budget categories of the programme's standard format; some may be configured as not eligible. */
export const BUDGET_CATEGORIES = [
  'travel',
  'accommodation',
  'per_diem',
  'workshops',
  'translation',
  'local_costs',
  'administration',
  'recurrent_costs',
  'investments',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** Who is responsible for an activity. */
export const ACTIVITY_RESPONSIBLE = ['home', 'partner', 'both'] as const;
export type ActivityResponsible = (typeof ACTIVITY_RESPONSIBLE)[number];

/** The programme's budget rules: configuration the programme office edits, never code. */
export interface BudgetRules {
  /** Most a partnership may budget in one year, in øre. */
  yearlyCeiling: number;
  /** Largest share of a year's budget that may go to administration, in whole percent. */
  maxAdministrationPercent: number;
  /** Categories that may not be budgeted (recurrent costs, investments). */
  ineligibleCategories: BudgetCategory[];
  /** A financial report's variance beyond this percent needs an explanation (issue 8). */
  varianceThresholdPercent: number;
}

export const DEFAULT_BUDGET_RULES: BudgetRules = {
  yearlyCeiling: 100_000_000, // NOK 1 000 000
  maxAdministrationPercent: 10,
  ineligibleCategories: ['recurrent_costs', 'investments'],
  varianceThresholdPercent: 10,
};

/** A partner-side cost entered in local currency, with the rate used (NOK per unit) and its date. */
export interface LocalAmount {
  currency: string;
  /** Minor units of the local currency. */
  amount: number;
  /** Decimal string, e.g. "1.3874". */
  rate: string;
  /** ISO date the rate is from. */
  rateDate: string;
}

export interface WorkPlanActivity {
  id: string;
  /** The output of the results framework the activity delivers; null for cross-cutting work. */
  outputId: string | null;
  title: string;
  responsible: ActivityResponsible;
  /** Months of the year, 1–12, start ≤ end. */
  startMonth: number;
  endMonth: number;
}

export interface BudgetLine {
  id: string;
  activityId: string | null;
  category: BudgetCategory;
  side: MunicipalitySide;
  description: string;
  /** NOK in øre; for a local-currency line, the converted amount. */
  amount: number;
  local: LocalAmount | null;
}

/** What a work plan holds; stored whole, so a revision keeps the before and after exactly. */
export interface WorkPlanContent {
  activities: WorkPlanActivity[];
  lines: BudgetLine[];
}

export const WORK_PLAN_STATUSES = ['draft', 'approved'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];

export interface BudgetTotals {
  total: number;
  bySide: Record<MunicipalitySide, number>;
  byCategory: Partial<Record<BudgetCategory, number>>;
}

/** One change of an approved budget: what changed between two versions of the lines. */
export interface BudgetLineChange {
  kind: 'added' | 'removed' | 'changed';
  lineId: string;
  description: string;
  before: number | null;
  after: number | null;
}
