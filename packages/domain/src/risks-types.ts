/**
 * The risk register's contract: every enum and shape the risk endpoints accept or answer with.
 * Shared by the server (its zod contracts follow these) and the web app. See docs/API-risks.md.
 */
import type { Page } from './api-types';
import type { Violation } from './errors';
import type { LocalizedText } from './i18n-text';

/** The kinds of risk the guideline names, plus "other". */
export const RISK_CATEGORIES = [
  'political',
  'financial_corruption',
  'staff_turnover',
  'security',
  'natural_hazard',
  'partner_capacity',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Whether the risk comes from inside the partnership (its own organisation) or from outside. */
export const RISK_ORIGINS = ['internal', 'external'] as const;
export type RiskOrigin = (typeof RISK_ORIGINS)[number];

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * How the partnership answers a risk. `reduce_probability` and `reduce_consequence` reduce it;
 * `tolerate` accepts it as it is; `no_response_possible` says nothing can be done, which for a
 * high risk raises "continuation should be questioned".
 */
export const RISK_RESPONSE_TYPES = ['reduce_probability', 'reduce_consequence', 'tolerate', 'no_response_possible'] as const;
export type RiskResponseType = (typeof RISK_RESPONSE_TYPES)[number];

/** The response types that reduce a risk (and so satisfy the rule for high risks, with a measure). */
export const REDUCING_RESPONSES: readonly RiskResponseType[] = ['reduce_probability', 'reduce_consequence'];

/** At a review: does the assumption behind the risk (and the plan) still hold? */
export const ASSUMPTION_STATUSES = ['holds', 'partly_holds', 'does_not_hold'] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

/** Probability and consequence are each scored on this scale (inclusive). */
export const RISK_SCALE_MIN = 1;
export const RISK_SCALE_MAX = 5;
/** A score on the 1..5 scale (an integer). */
export type RiskScore = number;
/** The highest possible rating, RISK_SCALE_MAX squared. */
export const RISK_RATING_MAX = RISK_SCALE_MAX * RISK_SCALE_MAX;

/** One measure of a response: what is done, who does it, by when (ISO date `YYYY-MM-DD`). */
export interface RiskMeasureDto {
  action: string;
  responsible: string;
  dueDate: string | null;
}

export interface RiskResponseDto {
  type: RiskResponseType | null;
  measures: RiskMeasureDto[];
}

/** A documented tolerance of a risk: why it is accepted, who accepted it and when (ISO date). */
export interface RiskToleranceDto {
  justification: string;
  acceptedBy: string;
  acceptedOn: string;
}

/** Probability × consequence with its band under the programme's thresholds. */
export interface RiskRatingDto {
  probability: RiskScore;
  consequence: RiskScore;
  /** probability × consequence, 1..25 */
  rating: number;
  band: RiskBand;
}

/** The result in the results framework the risk threatens (null when not linked). */
export interface RiskResultRef {
  id: string;
  /** The result's statement in the caller's language (null when it has none). */
  title: string | null;
}

/** One risk as listed in the register. */
export interface RiskDto {
  id: string;
  partnershipId: string;
  description: string;
  category: RiskCategory;
  origin: RiskOrigin;
  /** Who owns (watches) the risk: a person or a role, free text. */
  owner: string;
  status: RiskStatus;
  result: RiskResultRef | null;
  /** The date the risk was identified (ISO date); the first point of its rating history. */
  identifiedOn: string;
  /** The analysis when the risk was identified. */
  initial: RiskRatingDto;
  /** The latest rating: the newest review's, else the initial analysis. The register is ordered by it. */
  current: RiskRatingDto;
  response: RiskResponseDto;
  tolerance: RiskToleranceDto | null;
  /** The newest review's date, or null when never reviewed. */
  lastReviewedOn: string | null;
  /** When the next review is due: (last review, else identification) + the programme's review interval. */
  nextReviewDue: string;
  /** Open and not reviewed within the programme's review interval as of today. */
  overdue: boolean;
  /** Open, high, and answered with `no_response_possible`. */
  questionsContinuation: boolean;
  /** The high-risk rule broken by this risk, if any (RISK_TOLERANCE_MISSING). */
  toleranceMissing: boolean;
  reviewCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One review in a risk's monitoring history. */
export interface RiskReviewDto {
  id: string;
  reviewedOn: string;
  probability: RiskScore;
  consequence: RiskScore;
  rating: number;
  band: RiskBand;
  assumptionStatus: AssumptionStatus;
  correctiveAction: string;
  reviewerName: string | null;
  createdAt: string;
}

/** One point of a risk's rating history: the initial analysis, then each review, oldest first. */
export interface RiskHistoryPointDto {
  on: string;
  kind: 'identified' | 'review';
  probability: RiskScore;
  consequence: RiskScore;
  rating: number;
  band: RiskBand;
}

/** What the caller may do with risks of this partnership. */
export interface RiskCan {
  /** Add, change, review and delete risks (the partnership's two coordinators, while not closed). */
  edit: boolean;
  /** Mark the register complete or back to draft (same people as `edit`). */
  markComplete: boolean;
  /** Comment on risks (comments entity type `risk`): the programme office, coordinators, the auditor. */
  comment: boolean;
  /** Download the XLSX export (everyone who may read). */
  export: boolean;
}

export interface RiskDetailDto extends RiskDto {
  /** Reviews, newest first. */
  reviews: RiskReviewDto[];
  /** The rating history for a chart, oldest first. */
  history: RiskHistoryPointDto[];
  can: RiskCan;
}

export const RISK_REGISTER_STATES = ['draft', 'complete'] as const;
export type RiskRegisterState = (typeof RISK_REGISTER_STATES)[number];

/** The register's completeness: the state saved, and the rules the open risks break right now. */
export interface RiskRegisterStatusDto {
  state: RiskRegisterState;
  completedAt: string | null;
  completedByName: string | null;
  /** RISK_TOLERANCE_MISSING violations, field `risks.<riskId>`, params `{ riskId, risk }`; empty when complete-able. */
  violations: Violation[];
  /** True when the register may be marked complete now (no violations). */
  completable: boolean;
  version: number;
}

/** A 5 × 5 heat map of open risks by current probability (rows) and consequence (columns). */
export interface RiskHeatMapCellDto {
  probability: RiskScore;
  consequence: RiskScore;
  rating: number;
  band: RiskBand;
  count: number;
  /** The ids of the open risks in this cell (by current rating). */
  riskIds: string[];
}

/** GET /api/partnerships/:id/risks: a page of the register plus the whole register's summary. */
export interface RiskRegisterDto extends Page<RiskDto> {
  register: RiskRegisterStatusDto;
  /** All 25 cells, probability 5..1 then consequence 1..5 (row-major, top row first), open risks only. */
  heatMap: RiskHeatMapCellDto[];
  /** True when any open high risk is answered with `no_response_possible`. */
  continuationQuestioned: boolean;
  /** The ids of the risks that raise the flag. */
  questioningRiskIds: string[];
  /** Counts over the whole register (not only this page). */
  counts: { open: number; closed: number; high: number; overdue: number; toleranceDocumented: number };
  settings: RiskSettingsDto;
  can: RiskCan;
}

/** The body of POST /api/partnerships/:id/risks (and the fields PATCH accepts, with `version`). */
export interface RiskInput {
  description: string;
  category: RiskCategory;
  origin: RiskOrigin;
  owner: string;
  status?: RiskStatus;
  resultId?: string | null;
  identifiedOn: string;
  probability: RiskScore;
  consequence: RiskScore;
  response?: RiskResponseDto;
  tolerance?: RiskToleranceDto | null;
}

export type RiskPatch = Partial<RiskInput> & { version: number };

/** The body of POST /api/partnerships/:id/risks/:riskId/reviews. */
export interface RiskReviewInput {
  reviewedOn: string;
  probability: RiskScore;
  consequence: RiskScore;
  assumptionStatus: AssumptionStatus;
  correctiveAction: string;
}

/** The body of PUT /api/partnerships/:id/risks/register. */
export interface RiskRegisterStateInput {
  state: RiskRegisterState;
  version: number;
}

/** One label per score 1..5, each in en, nb and es. */
export interface RiskScaleLabelDto {
  value: RiskScore;
  label: LocalizedText;
}

/** Band thresholds: low is 1..mediumFrom-1, medium mediumFrom..highFrom-1, high highFrom..25. */
export interface RiskBandThresholds {
  mediumFrom: number;
  highFrom: number;
}

export interface RiskBandRange {
  band: RiskBand;
  from: number;
  to: number;
}

/** The programme's risk configuration (GET/PUT /api/programme/risk-settings). */
export interface RiskSettingsDto {
  probabilityLabels: RiskScaleLabelDto[];
  consequenceLabels: RiskScaleLabelDto[];
  thresholds: RiskBandThresholds;
  /** The three bands as ranges, derived from the thresholds. */
  bands: RiskBandRange[];
  reviewIntervalMonths: number;
  version: number;
  updatedAt: string;
}

/** The body of PUT /api/programme/risk-settings. */
export interface RiskSettingsInput {
  probabilityLabels: RiskScaleLabelDto[];
  consequenceLabels: RiskScaleLabelDto[];
  thresholds: RiskBandThresholds;
  reviewIntervalMonths: number;
  version: number;
}

/** A risk in the programme-wide view, with its partnership. */
export interface ProgrammeRiskDto extends RiskDto {
  partnership: { id: string; title: string; region: string | null; fundingSource: string };
}

/** Which list the programme-wide view pages through. */
export const PROGRAMME_RISK_LISTS = ['highest', 'tolerated', 'overdue', 'questioned'] as const;
export type ProgrammeRiskList = (typeof PROGRAMME_RISK_LISTS)[number];

/** GET /api/programme/risks: a page of open risks (highest first) plus programme-wide aggregates. */
export interface ProgrammeRiskOverviewDto extends Page<ProgrammeRiskDto> {
  /** Open risks counted by category and current band (only non-zero combinations). */
  countsByCategoryAndBand: { category: RiskCategory; band: RiskBand; count: number }[];
  /** Totals over the same filter. */
  totals: {
    open: number;
    low: number;
    medium: number;
    high: number;
    toleranceDocumented: number;
    overdue: number;
    continuationQuestioned: number;
  };
  /** Partnerships with at least one open high risk answered with `no_response_possible`. */
  questionedPartnerships: { id: string; title: string; riskCount: number }[];
  settings: RiskSettingsDto;
}
