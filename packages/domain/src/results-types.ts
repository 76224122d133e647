/**
 * The results framework (issue 3): every enum and shape the API answers with or accepts for results,
 * indicators, baselines, targets, actual values, SMART checks, warnings, progress and the
 * programme's results settings. The server's zod contracts are checked against these; the web app
 * uses them as they are. Request bodies: results-inputs.ts. Endpoints: docs/API-results.md.
 */
import type { LocalizedText } from './i18n-text';
import type { DocumentMediaType } from './documents';

// ---------------------------------------------------------------- enums

/** The results chain, top down: impact → outcome → output → activity (Norad 2008). */
export const RESULT_LEVELS = ['impact', 'outcome', 'output', 'activity'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];

/** Whose result it is. The partner leads; `both` is approved on the partner's side. */
export const RESULT_OWNERS = ['partner', 'home', 'both'] as const;
export type ResultOwner = (typeof RESULT_OWNERS)[number];

export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** What a quantitative value counts: a plain number (with a unit) or a percentage (0–100). */
export const INDICATOR_MEASURES = ['number', 'percentage'] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

/** Ascending: higher is better. Descending: lower is better (e.g. days to answer a complaint). */
export const INDICATOR_DIRECTIONS = ['ascending', 'descending'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/**
 * `cumulative`: each year's target and actual is the running total since the project started (so a
 * period target may not pass the end target). `per_year`: each year's value stands on its own.
 * Qualitative indicators are always `per_year` (the level reached that year).
 */
export const INDICATOR_AGGREGATIONS = ['cumulative', 'per_year'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** An actual value's workflow: draft → submitted → approved | returned; returned → submitted. */
export const VALUE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

/** The actions on an actual value (POST …/values/:year/<action>). */
export const VALUE_ACTIONS = ['submit', 'approve', 'return'] as const;
export type ValueAction = (typeof VALUE_ACTIONS)[number];

export const SMART_LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

/**
 * Why a SMART letter fails; each has a message in @mic/i18n under `resultsRules.smart.<CODE>`
 * (with the params as placeholders). Every reason says what to do about it.
 */
export const SMART_REASON_CODES = [
  /** S: no statement in the partnership's working language. params: language */
  'STATEMENT_MISSING',
  /** S: joins two levels of the chain. params: connector, first, second (the two clauses). */
  'DOUBLE_OBJECTIVE',
  /** M: the result has no indicator. */
  'NO_INDICATOR',
  /** M: an indicator has no end-of-project target. params: indicator (its name) */
  'INDICATOR_WITHOUT_TARGET',
  /** A: no justification of why the result can be achieved. */
  'NO_JUSTIFICATION',
  /** R: no programme purpose chosen. */
  'NO_PURPOSE',
  /** R: the purpose is not one the partnership addresses. params: purpose */
  'PURPOSE_NOT_OF_PARTNERSHIP',
  /** T: no indicator has targets with years. */
  'NO_TARGET_YEARS',
  /** T: a target year lies outside the project period. params: indicator, year, startYear, endYear */
  'TARGET_OUTSIDE_PERIOD',
] as const;
export type SmartReasonCode = (typeof SMART_REASON_CODES)[number];

/**
 * Warnings about the framework as a whole; they never block. Messages in @mic/i18n under
 * `resultsRules.warnings.<CODE>`.
 */
export const FRAMEWORK_WARNING_CODES = [
  /** params: count, max; resultId = the outcome */
  'TOO_MANY_INDICATORS_OUTCOME',
  /** params: count, max */
  'TOO_MANY_INDICATORS_PARTNERSHIP',
  /** indicatorId; no baseline yet: its values cannot be approved (BASELINE_MISSING). */
  'BASELINE_MISSING',
  /** indicatorId; params: baselineDate, firstActivityDate */
  'BASELINE_AFTER_FIRST_ACTIVITY',
  /** indicatorId; params: year, target, endTarget (a cumulative period target passes the end target) */
  'TARGET_EXCEEDS_END_TARGET',
  /** indicatorId; params: year, startYear, endYear */
  'TARGET_OUTSIDE_PERIOD',
  /** No impact yet: the framework starts with one. */
  'NO_IMPACT',
] as const;
export type FrameworkWarningCode = (typeof FRAMEWORK_WARNING_CODES)[number];

/** `no_data`: no target or no approved actual to judge by yet. */
export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

// ---------------------------------------------------------------- settings

/** The programme's results settings (one row per programme); an administrator edits them. */
export interface ResultsSettingsDto {
  /** Above this many indicators on one outcome the framework warns (default 3). */
  maxIndicatorsPerOutcome: number;
  /** Above this many indicators in one partnership the framework warns (default 12). */
  maxIndicatorsPerPartnership: number;
  /** Progress at or above this percentage of the way from baseline to target is on track (default 90). */
  onTrackPercent: number;
  /** At or above this (and below onTrackPercent) is at risk; below it, off track (default 60). */
  atRiskPercent: number;
  /** 0 until the first save; send it back with PUT (an older version is refused with 409 CONFLICT). */
  version: number;
}

export const DEFAULT_RESULTS_SETTINGS: ResultsSettingsDto = {
  maxIndicatorsPerOutcome: 3,
  maxIndicatorsPerPartnership: 12,
  onTrackPercent: 90,
  atRiskPercent: 60,
  version: 0,
};

/** PUT /api/programme/results-settings: the settings and the version they were read at (optional for older clients). */
export type ResultsSettingsInput = Omit<ResultsSettingsDto, 'version'> & { version?: number };

// ---------------------------------------------------------------- checks

export interface SmartReason {
  code: SmartReasonCode;
  params?: Record<string, string | number>;
}

export interface SmartLetterCheck {
  pass: boolean;
  /** Empty when `pass`; otherwise what to fix, each with its own code. */
  reasons: SmartReason[];
}

/** The SMART check of one objective (impact, outcome or output; activities are not checked). */
export interface SmartCheck {
  /** True when every letter passes. */
  pass: boolean;
  letters: Record<SmartLetter, SmartLetterCheck>;
}

export interface FrameworkWarning {
  code: FrameworkWarningCode;
  resultId?: string;
  indicatorId?: string;
  params?: Record<string, string | number>;
}

/** How many checked objectives pass, and how many fail each letter: the framework page's summary. */
export interface SmartSummary {
  checked: number;
  passing: number;
  failingByLetter: Record<SmartLetter, number>;
}

/** One year of an indicator as the tracking table shows it. */
export interface TrackingYear {
  year: number;
  /** The target of that year: the one set, else interpolated from baseline to end target; null without either. */
  target: number | null;
  /** True when `target` was set for that year (not interpolated). */
  targetSet: boolean;
  actual: number | null;
  valueStatus: ValueStatus | null;
  /**
   * How far the actual has come from the baseline toward that year's target, in percent, rounded to
   * one decimal (100 = target reached; may exceed 100 or be negative). Null without actual or target.
   */
  percentOfTarget: number | null;
  progress: ProgressStatus;
}

/** An indicator's progress: judged on the latest year with an approved actual. */
export interface IndicatorProgress {
  status: ProgressStatus;
  /** The year judged; null when no approved actual exists. */
  year: number | null;
  baseline: number | null;
  actual: number | null;
  target: number | null;
  percentOfTarget: number | null;
  /** How far the latest approved actual has come toward the end-of-project target, in percent. */
  percentOfEndTarget: number | null;
}

// ---------------------------------------------------------------- framework

export interface UserRef {
  id: string;
  name: string;
}

/** What the caller may do in this partnership's results framework. */
export interface ResultsCapabilities {
  /** Create, edit, move and delete results and indicators; set baselines and targets; enter and submit values. */
  edit: boolean;
  /** Approve or return values of results owned by the partner or by both. */
  approvePartnerValues: boolean;
  /** Approve or return values of results owned by the home municipality. */
  approveHomeValues: boolean;
  /** Add comments on results, indicators and values. */
  comment: boolean;
  /** Upload documents (e.g. a baseline study). */
  uploadDocuments: boolean;
}

export interface ResultDto {
  id: string;
  partnershipId: string;
  parentId: string | null;
  level: ResultLevel;
  /** 0-based among its siblings. */
  position: number;
  /** 0 for the impact, 1 for outcomes, … */
  depth: number;
  /** Outline number in tree order: "" for the impact, "1" for the first outcome, "1.2" for its second output, "1.2.3" … */
  number: string;
  /** In the working language at least; other languages optional. */
  statement: LocalizedText;
  owner: ResultOwner;
  /** One of the partnership's purposes (a programme purpose code), or null when not chosen yet. */
  purpose: string | null;
  /** Why the result can be achieved (SMART "A"). */
  justification: string | null;
  /** Planned dates (ISO yyyy-mm-dd), used for activities: the earliest activity start is the project's first activity. */
  startDate: string | null;
  endDate: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Null for activities. */
  smart: SmartCheck | null;
}

/** One step of a qualitative indicator's described scale; values are the step numbers. */
export interface ScaleLevel {
  value: number;
  label: LocalizedText;
}

export interface DocumentRef {
  id: string;
  fileName: string;
  mediaType: DocumentMediaType;
  size: number;
}

export interface BaselineDto {
  /** A number (quantitative) or a scale step (qualitative); null when a qualitative baseline is only described. */
  value: number | null;
  description: string | null;
  /** ISO yyyy-mm-dd. */
  date: string;
  source: string | null;
  document: DocumentRef | null;
  /** True when dated after the project's first activity (see ResultsFrameworkDto.firstActivityDate). */
  afterFirstActivity: boolean;
}

export interface TargetDto {
  year: number;
  value: number;
}

export interface ActualValueDto {
  id: string;
  indicatorId: string;
  year: number;
  value: number;
  /** The narrative beside the number. */
  comment: string | null;
  status: ValueStatus;
  /** Why it was returned; kept until it is submitted again. */
  returnComment: string | null;
  enteredBy: UserRef | null;
  enteredAt: string;
  submittedAt: string | null;
  approvedBy: UserRef | null;
  approvedAt: string | null;
  returnedBy: UserRef | null;
  returnedAt: string | null;
  version: number;
}

export interface IndicatorDto {
  id: string;
  resultId: string;
  /** 0-based among the result's indicators. */
  position: number;
  name: LocalizedText;
  /** How it is measured and what counts. */
  definition: string | null;
  kind: IndicatorKind;
  /** Null for qualitative indicators. */
  measure: IndicatorMeasure | null;
  /** E.g. "households", "days"; "%" for a percentage; null for qualitative indicators. */
  unit: string | null;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  /** The described scale of a qualitative indicator (at least two steps, ascending values); null otherwise. */
  scale: ScaleLevel[] | null;
  /** Where the data come from (a register, a survey …). */
  dataSource: string | null;
  baseline: BaselineDto | null;
  /** Period targets, one per project year at most, by year. */
  targets: TargetDto[];
  endTarget: number | null;
  /** Actual values, one per year at most, by year. */
  values: ActualValueDto[];
  /** One entry per project year (start to end): the tracking table's rows of this indicator. */
  tracking: TrackingYear[];
  progress: IndicatorProgress;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/partnerships/:id/results: the whole framework in one answer. */
export interface ResultsFrameworkDto {
  partnershipId: string;
  workingLanguage: string;
  startYear: number;
  endYear: number;
  /** The partnership's purposes (programme purpose codes). */
  purposes: string[];
  /** The earliest start date of an activity, else 1 January of the start year (ISO yyyy-mm-dd). */
  firstActivityDate: string;
  settings: ResultsSettingsDto;
  /** Every result in tree order (depth first, siblings by position). */
  results: ResultDto[];
  /** Every indicator, in the order of its result in `results`, then by position. */
  indicators: IndicatorDto[];
  warnings: FrameworkWarning[];
  smartSummary: SmartSummary;
  can: ResultsCapabilities;
}

/** One row of GET /api/partnerships/:id/results/tracking (paged, filterable by level, purpose, owner). */
export interface TrackingRowDto {
  indicatorId: string;
  indicatorName: LocalizedText;
  resultId: string;
  resultNumber: string;
  resultLevel: ResultLevel;
  resultStatement: LocalizedText;
  purpose: string | null;
  owner: ResultOwner;
  kind: IndicatorKind;
  measure: IndicatorMeasure | null;
  unit: string | null;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  scale: ScaleLevel[] | null;
  baseline: number | null;
  baselineDate: string | null;
  endTarget: number | null;
  years: TrackingYear[];
  progress: IndicatorProgress;
}
