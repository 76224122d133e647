/**
 * Applications (issue 6): an initial (first-year) or annual (continuation) application of a partnership
 * for a funding year, its sections, and the programme office's appraisal workflow.
 */
import type { DocumentCategory, MunicipalitySide } from './documents';

export const APPLICATION_KINDS = ['initial', 'annual'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/** draft → submitted → in appraisal → returned for changes → submitted … → approved or rejected. */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'in_appraisal', 'returned', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What can be done to an application, and by whom: the partnership's coordinators or the programme office. */
export const APPLICATION_ACTIONS = ['submit', 'start_appraisal', 'return', 'approve', 'reject'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Support from other donors in the same area (guideline: "General Principles"). Amounts in øre (NOK). */
export interface OtherDonorSupport {
  donor: string;
  area: string;
  amount: number;
}

/** The general principles for collaboration, each answered in the application. */
export interface ApplicationPrinciples {
  sustainability: string;
  /** Coherence with the partner country's national and local plans. */
  coherence: string;
  /** Recipient responsibility: how the partner municipality led the priorities. */
  recipientResponsibility: string;
  otherDonors: OtherDonorSupport[];
  nationalMobilisation: string;
  ownCompetence: string;
}

/** The written sections of an application. The results framework and risk register are read as they stand. */
export interface ApplicationContent {
  summary: string;
  purposes: string[];
  /** The core municipal tasks the partnership addresses, in each municipality. */
  coreTasks: Record<MunicipalitySide, string>;
  principles: ApplicationPrinciples;
  /** The home municipality's strategic goals the partnership serves. */
  strategicGoals: string;
  /** Budget requested per project year, in øre (NOK). */
  budgetRequested: { year: number; amount: number }[];
}

export const APPLICATION_SECTIONS = ['summary', 'purposes', 'core_tasks', 'principles', 'strategic_goals', 'budget', 'documents', 'results', 'risks'] as const;
export type ApplicationSection = (typeof APPLICATION_SECTIONS)[number];

/** Something an application still lacks: what, in which section, and where it is put right. */
export const MISSING_ITEM_CODES = [
  'summary_missing',
  'purposes_missing',
  'too_many_purposes',
  'core_task_missing',
  'principle_missing',
  'strategic_goals_missing',
  'budget_missing',
  'council_decision_or_strategy_missing',
  'code_of_ethics_missing',
  'impact_missing',
  'outcome_missing',
  'outcome_without_indicator',
  'indicator_without_baseline',
  'indicator_without_target',
  'risks_missing',
  'high_risk_unanswered',
] as const;
export type MissingItemCode = (typeof MISSING_ITEM_CODES)[number];

/** Where a missing item is fixed: a field of the application, the documents, a result, an indicator or a risk. */
export type MissingItemTarget =
  | { area: 'application'; section: ApplicationSection; field?: string }
  | { area: 'documents'; category: DocumentCategory; side?: MunicipalitySide }
  | { area: 'results'; resultId?: string }
  | { area: 'indicator'; indicatorId: string }
  | { area: 'risks'; riskId?: string };

export interface MissingItem {
  code: MissingItemCode;
  section: ApplicationSection;
  target: MissingItemTarget;
  /** For the message: e.g. the outcome's or risk's title, the side, the year. */
  params?: Record<string, string | number>;
}

/** What the completeness check reads: the application and the partnership's framework, register and documents as they stand. */
export interface ApplicationFacts {
  kind: ApplicationKind;
  content: ApplicationContent;
  maxPurposes: number;
  /** The funding years the application asks money for. */
  years: number[];
  documents: { category: DocumentCategory; side: MunicipalitySide | null }[];
  framework: {
    hasImpact: boolean;
    outcomes: { id: string; title: string; indicatorCount: number }[];
    indicators: { id: string; name: string; hasBaseline: boolean; hasTarget: boolean }[];
  };
  /** Open risks; `unanswered` = high without a reducing response or a documented tolerance. */
  risks: { id: string; title: string; unanswered: boolean }[];
}

/** Both coordinators confirm before submission; the partner's also confirms it led the prioritisation. */
export interface ApplicationConfirmations {
  home: boolean;
  partner: boolean;
  partnerLedPrioritisation: boolean;
}

/** The guideline's criteria the programme office appraises an application against. */
export const APPRAISAL_CRITERIA = [
  'purposes',
  'core_tasks',
  'recipient_responsibility',
  'sustainability',
  'coherence',
  'donor_coordination',
  'results_framework',
  'risk_assessment',
  'budget',
  'code_of_ethics',
] as const;
export type AppraisalCriterion = (typeof APPRAISAL_CRITERIA)[number];

export interface AppraisalItem {
  criterion: AppraisalCriterion;
  /** null while not yet judged. */
  met: boolean | null;
  comment: string;
  /** Shown to the applicants; otherwise internal to the programme office. */
  forApplicant: boolean;
}

export const APPRAISAL_RECOMMENDATIONS = ['approve', 'return', 'reject'] as const;
export type AppraisalRecommendation = (typeof APPRAISAL_RECOMMENDATIONS)[number];

/** Body of PUT /api/applications/{id}/appraisal (programme office). */
export interface AppraisalInput {
  items: AppraisalItem[];
  recommendation: AppraisalRecommendation | null;
  /** Internal note of the programme office (never shown to applicants). */
  internalNote: string;
  version: number;
}

/** Body of POST /api/applications/{id}/actions/{action}. */
export interface ApplicationActionInput {
  /** To the applicants: required when returning or rejecting (the reason), optional otherwise. */
  message?: string | null;
  /** approve: the granted amount per year in øre (NOK), one line per year applied for. */
  granted?: { year: number; amount: number }[];
  /** submit: the caller's own confirmation (home or partner coordinator, by their role). */
  confirm?: { partnerLedPrioritisation?: boolean };
  version: number;
}

export interface ApplicationEventDto {
  at: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  byName: string | null;
  /** The message to the applicants given with a return or decision. */
  message: string | null;
}

export interface MissingItemDto extends MissingItem {
  /** Where in the app it is put right. */
  path: string;
}

export interface ApplicationSummaryDto {
  id: string;
  partnership: { id: string; title: string; fundingSource: string };
  year: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  missingCount: number;
  late: boolean;
  deadline: string | null;
  submittedAt: string | null;
  requestedTotal: number;
  grantedTotal: number | null;
  updatedAt: string;
}

export interface ApplicationDto extends ApplicationSummaryDto {
  content: ApplicationContent;
  missing: MissingItemDto[];
  confirmations: {
    home: { byName: string; at: string } | null;
    partner: { byName: string; at: string; partnerLedPrioritisation: boolean } | null;
  };
  granted: { year: number; amount: number }[] | null;
  /** The status history, with messages to the applicants. */
  events: ApplicationEventDto[];
  /** The appraisal: the whole of it for the programme office; for applicants only items meant for them. */
  appraisal: { items: AppraisalItem[]; recommendation: AppraisalRecommendation | null; internalNote: string | null; version: number } | null;
  version: number;
  can: { edit: boolean; confirm: boolean; submit: boolean; appraise: boolean; actions: ApplicationAction[] };
}

/** GET /api/applications?year=&status=&funding=&page= : the programme office's overview, with totals over the filter. */
export interface ApplicationOverviewDto {
  items: ApplicationSummaryDto[];
  total: number;
  page: number;
  pageSize: number;
  totals: { requested: number; granted: number; byStatus: Partial<Record<ApplicationStatus, number>>; late: number; incomplete: number };
}
