/**
 * Annual reports (issue 8): each partnership reports every year, narrative and financial; the programme
 * office reviews; accounts are audited after the final year; the office consolidates a report per donor.
 */
import type { LocalizedText } from './i18n-text';
import type { BudgetCategory } from './budget-types';
import type { MunicipalitySide } from './documents';
import type { ProgressStatus } from './results-types';

/** draft → submitted → accepted, or returned for changes → submitted again (a resubmission) … */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** submit: the coordinators; return, accept, reopen (an accepted report, with a reason): the programme office. */
export const REPORT_ACTIONS = ['submit', 'return', 'accept', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** The sections of an annual report; review comments and version comparison are per section. */
export const REPORT_SECTIONS = ['outcomes', 'indicators', 'risks', 'home_learning', 'lessons', 'visibility', 'financial'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The narrative, as the coordinators write it. Indicator values live in the results framework (one source of truth). */
export interface ReportNarrative {
  /** Per outcome of the framework: how its outputs contributed to it this year. */
  outcomes: { resultId: string; contribution: string }[];
  /** Comments on the indicators' actual values of the year (the values themselves are in the framework). */
  indicatorNotes: string;
  /** The risk review: what changed in the register this year and how risks were handled. */
  riskReview: string;
  /** The home municipality's own learning ("soft" goals). */
  homeLearning: string;
  lessons: string;
  /** How the partnership was made known to citizens and staff, at home and abroad (visible mutual gains). */
  visibility: Record<MunicipalitySide, string>;
}

/** What was actually spent on one budget line of the year's work plan. */
export interface ReportFinancialLine {
  /** The work plan's budget line id. */
  lineId: string;
  /** Actual expenditure in øre; for a local-currency line, computed from `localActual` at the line's recorded rate. */
  actual: number | null;
  /** Minor units of the line's local currency, when the line was budgeted in it. */
  localActual: number | null;
  /** Needed when the variance is beyond the programme's threshold. */
  explanation: string;
}

export interface ReportFinancial {
  lines: ReportFinancialLine[];
  /** Why funds are unspent, and what happens to them (when there are). */
  unspentExplanation: string;
}

export interface ReportContent {
  narrative: ReportNarrative;
  financial: ReportFinancial;
}

/** One line of the financial report as shown: budget, actual, variance, and whether it needs an explanation. */
export interface FinancialRow {
  lineId: string;
  category: BudgetCategory;
  side: MunicipalitySide;
  description: string;
  currency: string | null;
  rate: string | null;
  budget: number;
  localBudget: number | null;
  actual: number | null;
  localActual: number | null;
  /** actual − budget, øre; null while no actual. */
  variance: number | null;
  /** Exact, one decimal ("12.5"); null when the budget is 0 or no actual. */
  variancePercent: string | null;
  explanationNeeded: boolean;
  explanation: string;
}

export interface FinancialSummary {
  rows: FinancialRow[];
  budget: number;
  actual: number;
  /** The firm grant for the year and what was paid of it (øre). */
  granted: number;
  paid: number;
  /** paid − actual: what the partnership holds and has not spent (never below zero in the text; negative = overspent). */
  unspent: number;
  thresholdPercent: number;
}

/** Something the report still lacks before it can be submitted. */
export const REPORT_MISSING_CODES = [
  'work_plan_missing',
  'outcome_contribution_missing',
  'indicator_actual_missing',
  'risk_review_missing',
  'home_learning_missing',
  'lessons_missing',
  'visibility_missing',
  'actual_missing',
  'variance_explanation_missing',
  'unspent_explanation_missing',
] as const;
export type ReportMissingCode = (typeof REPORT_MISSING_CODES)[number];

export interface ReportMissingItem {
  code: ReportMissingCode;
  section: ReportSection;
  /** The field path in the report form (e.g. `narrative.outcomes.2.contribution`, `financial.lines.4.actual`) or an indicator id. */
  path: string;
  params?: Record<string, string | number>;
}

/** The audit opinion (ISA 805 engagements). */
export const AUDIT_OPINIONS = ['unmodified', 'qualified', 'adverse', 'disclaimer'] as const;
export type AuditOpinion = (typeof AUDIT_OPINIONS)[number];

export const FINDING_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface AuditFinding {
  id: string;
  finding: string;
  action: string;
  /** ISO date the follow-up action is due, or null. */
  due: string | null;
  status: FindingStatus;
}

/** An opinion that must be seen wherever the partnership's money is shown. */
export interface AuditFlag {
  year: number;
  opinion: Extract<AuditOpinion, 'qualified' | 'adverse' | 'disclaimer'>;
  auditId: string;
}

/** The consolidated programme report's narrative sections, written by the programme office (en and nb). */
export const PROGRAMME_REPORT_SECTIONS = ['summary', 'context', 'results', 'finances', 'risks', 'audits', 'lessons'] as const;
export type ProgrammeReportSection = (typeof PROGRAMME_REPORT_SECTIONS)[number];

export type ProgrammeReportNarrative = Partial<Record<ProgrammeReportSection, LocalizedText>>;

/** One purpose's indicators in the consolidated report. */
export interface PurposeResults {
  purpose: string;
  counts: Record<ProgressStatus, number>;
  /** A few notable indicators (best progress, off track) with their partnership. */
  highlights: { partnershipTitle: string; indicator: string; status: ProgressStatus; percent: number | null }[];
}
