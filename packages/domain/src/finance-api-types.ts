/** The shapes of the money API (issue 7), shared by the server's contracts and the web app. */
import type { LocalizedText } from './i18n-text';
import type { Violation } from './errors';
import type { BudgetLine, BudgetLineChange, BudgetRules, BudgetTotals, WorkPlanActivity, WorkPlanStatus } from './budget-types';
import type { InstalmentAction, InstalmentStatus, PaymentBlocker } from './instalments-types';
import type { AuditFlag } from './reports-types';

/** GET/PUT /api/programme/budget-rules */
export interface BudgetRulesDto extends BudgetRules {
  version: number;
  can: { edit: boolean };
}

export interface BudgetRevisionDto {
  number: number;
  at: string;
  byName: string | null;
  reason: string;
  totalBefore: number;
  totalAfter: number;
  changes: BudgetLineChange[];
}

/** GET /api/partnerships/:id/budget?year=YYYY: the work plan and budget of one year (empty when none yet). */
export interface WorkPlanDto {
  partnershipId: string;
  year: number;
  /** The project years, to choose from. */
  years: number[];
  /** 0 while nothing is saved for the year. */
  version: number;
  status: WorkPlanStatus;
  activities: WorkPlanActivity[];
  lines: BudgetLine[];
  totals: BudgetTotals;
  /** The grant for the year, when decided: firm (the year's own decision) or indicative (an initial application's later years). */
  grant: { amount: number; firm: boolean } | null;
  rules: BudgetRules;
  /** The rules as they stand today, checked against the saved budget (rules may have changed since). */
  violations: Violation[];
  approved: { at: string; byName: string | null; meetingId: string | null; meetingDate: string | null; note: string | null } | null;
  /** Newest first. */
  revisions: BudgetRevisionDto[];
  /** The results framework's outputs the activities can deliver. */
  outputs: { id: string; statement: LocalizedText }[];
  /** The partnership's annual meetings, for recording at which one the plan was approved. */
  meetings: { id: string; meetingDate: string }[];
  /** Qualified, adverse or disclaimer audit opinions on the partnership (issue 8), oldest year first. */
  auditFlags: AuditFlag[];
  can: { edit: boolean; approve: boolean };
}

export interface InstalmentDto {
  id: string;
  year: number;
  fundingSource: string;
  stepCode: string;
  seq: number;
  dueDate: string | null;
  amount: number;
  status: InstalmentStatus;
  version: number;
  approved: { at: string; byName: string | null; overrideReason: string | null } | null;
  paid: { on: string; reference: string; byName: string | null } | null;
  withheld: { at: string; byName: string | null; reason: string } | null;
  /** The actions this caller may take now. */
  actions: InstalmentAction[];
}

export interface GrantDto {
  year: number;
  amount: number;
  firm: boolean;
  applicationId: string | null;
  /** The funding year of the application that decided it (an initial application also decides later years). */
  applicationYear: number | null;
  decidedAt: string | null;
}

/** GET /api/partnerships/:id/instalments */
export interface PartnershipPaymentsDto {
  partnershipId: string;
  fundingSource: string;
  grants: GrantDto[];
  instalments: InstalmentDto[];
  /** Firm grants, paid and what remains to pay (granted − paid), in øre. */
  totals: { granted: number; paid: number; remaining: number; withheld: number };
  /** Reports overdue (or returned): an instalment is approved only with an override. */
  blockers: PaymentBlocker[];
  /** Qualified, adverse or disclaimer audit opinions on the partnership (issue 8), oldest year first. */
  auditFlags: AuditFlag[];
  can: { manage: boolean };
}

export interface FundsSourceDto {
  fundingSource: string;
  name: LocalizedText;
  /** What the donor allocated for the year; null when not recorded yet. */
  allocated: number | null;
  note: string | null;
  /** 0 while nothing is recorded. */
  version: number;
  granted: number;
  paid: number;
  /** allocated − granted. */
  remaining: number;
  /** Instalments of the year not paid yet (planned or approved), and withheld. */
  toPay: number;
  withheld: number;
}

export interface FundsPartnershipRow {
  partnershipId: string;
  title: string;
  fundingSource: string;
  granted: number;
  paid: number;
  remaining: number;
  withheld: number;
  /** The latest qualified, adverse or disclaimer audit opinion on the partnership (issue 8), or null. */
  auditFlag: AuditFlag | null;
}

/** GET /api/programme/funds?year=YYYY&funding=&page=&pageSize= */
export interface ProgrammeFundsDto {
  year: number;
  sources: FundsSourceDto[];
  totals: { allocated: number; granted: number; paid: number; remaining: number };
  partnerships: { items: FundsPartnershipRow[]; total: number; page: number; pageSize: number };
  can: { edit: boolean };
}

export interface PaymentsPlanRow extends Omit<InstalmentDto, 'actions'> {
  partnershipId: string;
  partnershipTitle: string;
}

/** GET /api/programme/payments-plan?from=YYYY-MM&months=N&funding=&status=&page=&pageSize= */
export interface PaymentsPlanDto {
  from: string;
  months: number;
  /** Per month and funding source: the sums by status (øre). */
  byMonth: { month: string; fundingSource: string; planned: number; approved: number; paid: number; withheld: number }[];
  totals: { planned: number; approved: number; paid: number; withheld: number };
  /** Instalments due before the window that are still not paid (same funding filter): nothing is lost from view. */
  earlier: { count: number; planned: number; approved: number; withheld: number; firstMonth: string | null };
  items: PaymentsPlanRow[];
  total: number;
  page: number;
  pageSize: number;
}
