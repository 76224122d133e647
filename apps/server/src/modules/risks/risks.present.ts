import {
  isOverdue,
  nextReviewDue,
  questionsContinuation,
  rate,
  toleranceMissing,
  type AssumptionStatus,
  type RiskCategory,
  type RiskDto,
  type RiskFacts,
  type RiskHistoryPointDto,
  type RiskOrigin,
  type RiskResponseType,
  type RiskReviewDto,
  type RiskSettingsDto,
  type RiskStatus,
  type RiskToleranceDto,
} from '@mic/domain';
import type { RiskReviewRow, RiskRow } from './risks.repository';

/** What presenting a risk needs besides its row: the settings, today, and its result's title. */
export interface PresentContext {
  settings: RiskSettingsDto;
  today: string;
  resultTitle?: (resultId: string) => string | null;
}

export function toleranceOf(row: RiskRow): RiskToleranceDto | null {
  if (row.toleranceJustification === null && row.toleranceAcceptedBy === null && row.toleranceAcceptedOn === null) return null;
  return { justification: row.toleranceJustification ?? '', acceptedBy: row.toleranceAcceptedBy ?? '', acceptedOn: row.toleranceAcceptedOn ?? '' };
}

/** The risk as the register's rules see it, by its current scores. */
export function factsOf(row: RiskRow): RiskFacts {
  return {
    id: row.id,
    description: row.description,
    status: row.status as RiskStatus,
    probability: row.currentProbability,
    consequence: row.currentConsequence,
    response: { type: row.responseType as RiskResponseType | null, measures: row.measures },
    tolerance: toleranceOf(row),
    identifiedOn: row.identifiedOn,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentRisk(row: RiskRow & { reviewCount?: number }, ctx: PresentContext): RiskDto {
  const t = ctx.settings.thresholds;
  const interval = ctx.settings.reviewIntervalMonths;
  const facts = factsOf(row);
  const monitored = { status: facts.status, identifiedOn: row.identifiedOn, lastReviewedOn: row.lastReviewedOn };
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    description: row.description,
    category: row.category as RiskCategory,
    origin: row.origin as RiskOrigin,
    owner: row.owner,
    status: facts.status,
    result: row.resultId ? { id: row.resultId, title: ctx.resultTitle?.(row.resultId) ?? null } : null,
    identifiedOn: row.identifiedOn,
    initial: rate(row.probability, row.consequence, t),
    current: rate(row.currentProbability, row.currentConsequence, t),
    response: facts.response,
    tolerance: facts.tolerance,
    lastReviewedOn: row.lastReviewedOn,
    nextReviewDue: nextReviewDue(monitored, interval),
    overdue: isOverdue(monitored, interval, ctx.today),
    questionsContinuation: questionsContinuation(facts, t),
    toleranceMissing: toleranceMissing(facts, t),
    reviewCount: row.reviewCount ?? 0,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentReview(row: RiskReviewRow, settings: RiskSettingsDto): RiskReviewDto {
  return {
    id: row.id,
    reviewedOn: row.reviewedOn,
    ...rate(row.probability, row.consequence, settings.thresholds),
    assumptionStatus: row.assumptionStatus as AssumptionStatus,
    correctiveAction: row.correctiveAction,
    reviewerName: row.reviewerName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The rating history, oldest first: the identification, then each review. `reviews` newest first. */
export function historyOf(row: RiskRow, reviews: RiskReviewRow[], settings: RiskSettingsDto): RiskHistoryPointDto[] {
  const t = settings.thresholds;
  return [
    { on: row.identifiedOn, kind: 'identified' as const, ...rate(row.probability, row.consequence, t) },
    ...[...reviews].reverse().map((r) => ({ on: r.reviewedOn, kind: 'review' as const, ...rate(r.probability, r.consequence, t) })),
  ];
}

/** What the audit log keeps of a risk. */
export function snapshot(row: RiskRow) {
  return {
    description: row.description,
    category: row.category,
    origin: row.origin,
    owner: row.owner,
    status: row.status,
    resultId: row.resultId,
    identifiedOn: row.identifiedOn,
    probability: row.probability,
    consequence: row.consequence,
    currentProbability: row.currentProbability,
    currentConsequence: row.currentConsequence,
    lastReviewedOn: row.lastReviewedOn,
    response: { type: row.responseType, measures: row.measures },
    tolerance: toleranceOf(row),
    version: row.version,
  };
}

