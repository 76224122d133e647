import { z } from 'zod';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_MEDIA_TYPES,
  FRAMEWORK_WARNING_CODES,
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_MEASURES,
  MUNICIPALITY_SIDES,
  PROGRESS_STATUSES,
  RESULT_LEVELS,
  RESULT_OWNERS,
  SMART_REASON_CODES,
  VALUE_STATUSES,
  type ActualValueDto,
  type DocumentDto,
  type IndicatorDto,
  type Page,
  type ResultDto,
  type ResultsFrameworkDto,
  type ResultsSettingsDto,
  type TrackingRowDto,
} from '@mic/domain';
import { pageSchema } from '../../lib/paging';

/** Response schemas of the results framework; each is checked against its shared type below. */
const localizedText = z.record(z.string(), z.string().optional());
const params = z.record(z.string(), z.union([z.string(), z.number()]));
const userRef = z.object({ id: z.string(), name: z.string() });

const letterCheck = z.object({ pass: z.boolean(), reasons: z.array(z.object({ code: z.enum(SMART_REASON_CODES), params: params.optional() })) });
export const smartCheckDto = z.object({
  pass: z.boolean(),
  letters: z.object({ specific: letterCheck, measurable: letterCheck, achievable: letterCheck, relevant: letterCheck, timeBound: letterCheck }),
});

export const resultsSettingsDto = z.object({
  maxIndicatorsPerOutcome: z.number().int(),
  maxIndicatorsPerPartnership: z.number().int(),
  onTrackPercent: z.number(),
  atRiskPercent: z.number(),
  version: z.number().int(),
});

export const resultDto = z.object({
  id: z.string(),
  partnershipId: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(RESULT_LEVELS),
  position: z.number().int(),
  depth: z.number().int(),
  number: z.string(),
  statement: localizedText,
  owner: z.enum(RESULT_OWNERS),
  purpose: z.string().nullable(),
  justification: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  smart: smartCheckDto.nullable(),
});

const documentRef = z.object({ id: z.string(), fileName: z.string(), mediaType: z.enum(DOCUMENT_MEDIA_TYPES), size: z.number().int() });

export const documentDto = documentRef.extend({
  partnershipId: z.string(),
  sha256: z.string(),
  uploadedBy: userRef.nullable(),
  uploadedAt: z.string(),
  category: z.enum(DOCUMENT_CATEGORIES),
  language: z.string().nullable(),
  documentDate: z.string().nullable(),
  side: z.enum(MUNICIPALITY_SIDES).nullable(),
  seriesId: z.string(),
  version: z.number().int(),
  metadataVersion: z.number().int(),
  current: z.boolean(),
});

export const actualValueDto = z.object({
  id: z.string(),
  indicatorId: z.string(),
  year: z.number().int(),
  value: z.number(),
  comment: z.string().nullable(),
  status: z.enum(VALUE_STATUSES),
  returnComment: z.string().nullable(),
  enteredBy: userRef.nullable(),
  enteredAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedBy: userRef.nullable(),
  approvedAt: z.string().nullable(),
  returnedBy: userRef.nullable(),
  returnedAt: z.string().nullable(),
  version: z.number().int(),
});

const trackingYear = z.object({
  year: z.number().int(),
  target: z.number().nullable(),
  targetSet: z.boolean(),
  actual: z.number().nullable(),
  valueStatus: z.enum(VALUE_STATUSES).nullable(),
  percentOfTarget: z.number().nullable(),
  progress: z.enum(PROGRESS_STATUSES),
});

const progress = z.object({
  status: z.enum(PROGRESS_STATUSES),
  year: z.number().int().nullable(),
  baseline: z.number().nullable(),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  percentOfTarget: z.number().nullable(),
  percentOfEndTarget: z.number().nullable(),
});

const scale = z.array(z.object({ value: z.number(), label: localizedText })).nullable();

export const indicatorDto = z.object({
  id: z.string(),
  resultId: z.string(),
  position: z.number().int(),
  name: localizedText,
  definition: z.string().nullable(),
  kind: z.enum(INDICATOR_KINDS),
  measure: z.enum(INDICATOR_MEASURES).nullable(),
  unit: z.string().nullable(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  scale,
  dataSource: z.string().nullable(),
  baseline: z
    .object({
      value: z.number().nullable(),
      description: z.string().nullable(),
      date: z.string(),
      source: z.string().nullable(),
      document: documentRef.nullable(),
      afterFirstActivity: z.boolean(),
    })
    .nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  endTarget: z.number().nullable(),
  values: z.array(actualValueDto),
  tracking: z.array(trackingYear),
  progress,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const frameworkDto = z.object({
  partnershipId: z.string(),
  workingLanguage: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  purposes: z.array(z.string()),
  firstActivityDate: z.string(),
  settings: resultsSettingsDto,
  results: z.array(resultDto),
  indicators: z.array(indicatorDto),
  warnings: z.array(
    z.object({ code: z.enum(FRAMEWORK_WARNING_CODES), resultId: z.string().optional(), indicatorId: z.string().optional(), params: params.optional() }),
  ),
  smartSummary: z.object({
    checked: z.number().int(),
    passing: z.number().int(),
    failingByLetter: z.object({
      specific: z.number().int(),
      measurable: z.number().int(),
      achievable: z.number().int(),
      relevant: z.number().int(),
      timeBound: z.number().int(),
    }),
  }),
  can: z.object({
    edit: z.boolean(),
    approvePartnerValues: z.boolean(),
    approveHomeValues: z.boolean(),
    comment: z.boolean(),
    uploadDocuments: z.boolean(),
  }),
});

export const trackingRowDto = z.object({
  indicatorId: z.string(),
  indicatorName: localizedText,
  resultId: z.string(),
  resultNumber: z.string(),
  resultLevel: z.enum(RESULT_LEVELS),
  resultStatement: localizedText,
  purpose: z.string().nullable(),
  owner: z.enum(RESULT_OWNERS),
  kind: z.enum(INDICATOR_KINDS),
  measure: z.enum(INDICATOR_MEASURES).nullable(),
  unit: z.string().nullable(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  scale,
  baseline: z.number().nullable(),
  baselineDate: z.string().nullable(),
  endTarget: z.number().nullable(),
  years: z.array(trackingYear),
  progress,
});

export const trackingPage = pageSchema(trackingRowDto);
export const documentPage = pageSchema(documentDto);

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof resultDto>, ResultDto>,
  Same<z.infer<typeof indicatorDto>, IndicatorDto>,
  Same<z.infer<typeof actualValueDto>, ActualValueDto>,
  Same<z.infer<typeof frameworkDto>, ResultsFrameworkDto>,
  Same<z.infer<typeof trackingRowDto>, TrackingRowDto>,
  Same<z.infer<typeof trackingPage>, Page<TrackingRowDto>>,
  Same<z.infer<typeof documentDto>, DocumentDto>,
  Same<z.infer<typeof resultsSettingsDto>, ResultsSettingsDto>,
] = [true, true, true, true, true, true, true, true];
void checks;
