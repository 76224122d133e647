import { z } from 'zod';
import {
  ASSUMPTION_STATUSES,
  isIsoDate,
  PROGRAMME_RISK_LISTS,
  RISK_BANDS,
  RISK_CATEGORIES,
  RISK_ORIGINS,
  RISK_REGISTER_STATES,
  RISK_RESPONSE_TYPES,
  RISK_STATUSES,
  type ProgrammeRiskOverviewDto,
  type RiskDetailDto,
  type RiskRegisterDto,
  type RiskRegisterStatusDto,
  type RiskSettingsDto,
} from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';

/** An ISO calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate, 'not a calendar date');

const score = z.number().int().min(1).max(5);

export const riskParams = z.object({ id: z.string() });
export const riskItemParams = z.object({ id: z.string(), riskId: z.string() });

const measure = z.object({
  action: z.string().trim().min(1).max(1000),
  responsible: z.string().trim().min(1).max(200),
  dueDate: isoDate.nullable(),
});

const response = z.object({
  type: z.enum(RISK_RESPONSE_TYPES).nullable(),
  measures: z.array(measure).max(20),
});

const tolerance = z.object({
  justification: z.string().trim().min(1).max(2000),
  acceptedBy: z.string().trim().min(1).max(200),
  acceptedOn: isoDate,
});

const riskFields = {
  description: z.string().trim().min(1).max(2000),
  category: z.enum(RISK_CATEGORIES),
  origin: z.enum(RISK_ORIGINS),
  owner: z.string().trim().min(1).max(200),
  status: z.enum(RISK_STATUSES).optional(),
  resultId: z.string().trim().max(64).nullish(),
  identifiedOn: isoDate,
  probability: score,
  consequence: score,
  response: response.optional(),
  tolerance: tolerance.nullish(),
};

export const riskCreateBody = z.object(riskFields).strict();
export type RiskCreateBody = z.infer<typeof riskCreateBody>;

export const riskPatchBody = z
  .object(riskFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type RiskPatchBody = z.infer<typeof riskPatchBody>;

export const riskReviewBody = z
  .object({
    reviewedOn: isoDate,
    probability: score,
    consequence: score,
    assumptionStatus: z.enum(ASSUMPTION_STATUSES),
    correctiveAction: z.string().trim().max(2000).default(''),
  })
  .strict();
export type RiskReviewBody = z.infer<typeof riskReviewBody>;

export const registerStateBody = z.object({ state: z.enum(RISK_REGISTER_STATES), version: z.number().int().min(1) }).strict();
export type RegisterStateBody = z.infer<typeof registerStateBody>;

export const riskListQuery = pagingQuery.extend({
  status: z.enum(RISK_STATUSES).optional(),
  band: z.enum(RISK_BANDS).optional(),
  category: z.enum(RISK_CATEGORIES).optional(),
});
export type RiskListQuery = z.infer<typeof riskListQuery>;

export const programmeRiskQuery = pagingQuery.extend({
  region: filterText(64),
  fundingSource: filterText(64),
  category: z.enum(RISK_CATEGORIES).optional(),
  band: z.enum(RISK_BANDS).optional(),
  list: z.enum(PROGRAMME_RISK_LISTS).default('highest'),
});
export type ProgrammeRiskQuery = z.infer<typeof programmeRiskQuery>;

/** A label as sent: the shape only; which values and languages it needs is checkRiskSettings's rule. */
const scaleLabelInput = z.object({ value: z.number().int(), label: z.record(z.string(), z.string().trim().max(100)) });

export const riskSettingsBody = z
  .object({
    probabilityLabels: z.array(scaleLabelInput).max(10),
    consequenceLabels: z.array(scaleLabelInput).max(10),
    thresholds: z.object({ mediumFrom: z.number().int(), highFrom: z.number().int() }),
    reviewIntervalMonths: z.number().int(),
    version: z.number().int().min(1),
  })
  .strict();
export type RiskSettingsBody = z.infer<typeof riskSettingsBody>;

// ---- answers ----

const rating = z.object({ probability: z.number().int(), consequence: z.number().int(), rating: z.number().int(), band: z.enum(RISK_BANDS) });
const can = z.object({ edit: z.boolean(), markComplete: z.boolean(), comment: z.boolean(), export: z.boolean() });
const violation = z.object({
  code: z.string(),
  field: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const scaleLabel = z.object({ value: z.number().int(), label: z.record(z.string(), z.string().optional()) });

export const riskSettingsDto = z.object({
  probabilityLabels: z.array(scaleLabel),
  consequenceLabels: z.array(scaleLabel),
  thresholds: z.object({ mediumFrom: z.number().int(), highFrom: z.number().int() }),
  bands: z.array(z.object({ band: z.enum(RISK_BANDS), from: z.number().int(), to: z.number().int() })),
  reviewIntervalMonths: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const riskDto = z.object({
  id: z.string(),
  partnershipId: z.string(),
  description: z.string(),
  category: z.enum(RISK_CATEGORIES),
  origin: z.enum(RISK_ORIGINS),
  owner: z.string(),
  status: z.enum(RISK_STATUSES),
  result: z.object({ id: z.string(), title: z.string().nullable() }).nullable(),
  identifiedOn: z.string(),
  initial: rating,
  current: rating,
  response: z.object({
    type: z.enum(RISK_RESPONSE_TYPES).nullable(),
    measures: z.array(z.object({ action: z.string(), responsible: z.string(), dueDate: z.string().nullable() })),
  }),
  tolerance: z.object({ justification: z.string(), acceptedBy: z.string(), acceptedOn: z.string() }).nullable(),
  lastReviewedOn: z.string().nullable(),
  nextReviewDue: z.string(),
  overdue: z.boolean(),
  questionsContinuation: z.boolean(),
  toleranceMissing: z.boolean(),
  reviewCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const reviewDto = z.object({
  id: z.string(),
  reviewedOn: z.string(),
  probability: z.number().int(),
  consequence: z.number().int(),
  rating: z.number().int(),
  band: z.enum(RISK_BANDS),
  assumptionStatus: z.enum(ASSUMPTION_STATUSES),
  correctiveAction: z.string(),
  reviewerName: z.string().nullable(),
  createdAt: z.string(),
});

export const riskDetailDto = riskDto.extend({
  reviews: z.array(reviewDto),
  history: z.array(rating.extend({ on: z.string(), kind: z.enum(['identified', 'review']) })),
  can,
});

export const registerStatusDto = z.object({
  state: z.enum(RISK_REGISTER_STATES),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  violations: z.array(violation),
  completable: z.boolean(),
  version: z.number().int(),
});

export const riskRegisterDto = pageSchema(riskDto).extend({
  register: registerStatusDto,
  heatMap: z.array(rating.extend({ count: z.number().int(), riskIds: z.array(z.string()) })),
  continuationQuestioned: z.boolean(),
  questioningRiskIds: z.array(z.string()),
  counts: z.object({ open: z.number().int(), closed: z.number().int(), high: z.number().int(), overdue: z.number().int(), toleranceDocumented: z.number().int() }),
  settings: riskSettingsDto,
  can,
});

export const programmeRiskDto = riskDto.extend({
  partnership: z.object({ id: z.string(), title: z.string(), region: z.string().nullable(), fundingSource: z.string() }),
});

export const programmeRiskOverviewDto = pageSchema(programmeRiskDto).extend({
  countsByCategoryAndBand: z.array(z.object({ category: z.enum(RISK_CATEGORIES), band: z.enum(RISK_BANDS), count: z.number().int() })),
  totals: z.object({
    open: z.number().int(),
    low: z.number().int(),
    medium: z.number().int(),
    high: z.number().int(),
    toleranceDocumented: z.number().int(),
    overdue: z.number().int(),
    continuationQuestioned: z.number().int(),
  }),
  questionedPartnerships: z.array(z.object({ id: z.string(), title: z.string(), riskCount: z.number().int() })),
  settings: riskSettingsDto,
});

// The response schemas and the shared API types must describe the same shapes (violations' codes
// are ErrorCode in the type and a string here: compared one way only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assignable<A, B> = [A] extends [B] ? true : false;
const sameSettings: Same<z.infer<typeof riskSettingsDto>, RiskSettingsDto> = true;
const sameDetail: Same<z.infer<typeof riskDetailDto>, RiskDetailDto> = true;
const sameStatus: Assignable<RiskRegisterStatusDto, z.infer<typeof registerStatusDto>> = true;
const sameRegister: Assignable<RiskRegisterDto, z.infer<typeof riskRegisterDto>> = true;
const sameOverview: Same<z.infer<typeof programmeRiskOverviewDto>, ProgrammeRiskOverviewDto> = true;
void sameSettings;
void sameDetail;
void sameStatus;
void sameRegister;
void sameOverview;
