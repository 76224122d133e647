import { z } from 'zod';
import {
  AUDIT_OPINIONS,
  BUDGET_CATEGORIES,
  MUNICIPALITY_SIDES,
  PROGRESS_STATUSES,
  REPORT_ACTIONS,
  REPORT_MISSING_CODES,
  REPORT_SECTIONS,
  REPORT_STATUSES,
  VALUE_STATUSES,
} from '@mic/domain';

/** The longest narrative text of a report, and the most lines or outcomes a report carries. */
export const MAX_REPORT_TEXT = 20_000;
export const MAX_REPORT_ITEMS = 500;
export const MAX_COMMENTS = 50;

const text = (max = MAX_REPORT_TEXT) => z.string().max(max);
const amount = z.number().int().min(0).max(1_000_000_000_000);
const localized = z.record(z.string(), z.string().optional());

export const partnershipParams = z.object({ id: z.string() });
export const reportParams = z.object({ id: z.string() });
export const actionParams = z.object({ id: z.string(), action: z.enum(REPORT_ACTIONS) });

export const createBody = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

export const reportContent = z
  .object({
    narrative: z
      .object({
        outcomes: z.array(z.object({ resultId: z.string(), contribution: text() }).strict()).max(MAX_REPORT_ITEMS),
        indicatorNotes: text(),
        riskReview: text(),
        homeLearning: text(),
        lessons: text(),
        visibility: z.object({ home: text(), partner: text() }).strict(),
      })
      .strict(),
    financial: z
      .object({
        lines: z
          .array(z.object({ lineId: z.string(), actual: amount.nullable(), localActual: amount.nullable(), explanation: text() }).strict())
          .max(MAX_REPORT_ITEMS),
        unspentExplanation: text(),
      })
      .strict(),
  })
  .strict();

export const saveBody = z.object({ version: z.number().int().min(1), content: reportContent }).strict();
export type SaveBody = z.infer<typeof saveBody>;

export const actionBody = z
  .object({
    version: z.number().int().min(1),
    message: z.string().trim().max(5000).optional(),
    comments: z.array(z.object({ section: z.enum(REPORT_SECTIONS), comment: z.string().trim().max(MAX_REPORT_TEXT) }).strict()).max(MAX_COMMENTS).optional(),
  })
  .strict();
export type ActionBody = z.infer<typeof actionBody>;

export const auditRequiredBody = z.object({ required: z.boolean(), version: z.number().int().min(1).optional() }).strict();

/**
 * POST /api/reports/:id/confirm: the version the coordinator read. With it, a confirmation of a report
 * someone has changed since is refused (409 CONFLICT): nobody confirms a text they have not seen. Left
 * out (an older client), the current text is confirmed, as before.
 */
export const confirmBody = z.object({ version: z.number().int().min(1).optional() }).strict().nullish();

const missingItem = z.object({
  code: z.enum(REPORT_MISSING_CODES),
  section: z.enum(REPORT_SECTIONS),
  path: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const financialSummary = z.object({
  rows: z.array(
    z.object({
      lineId: z.string(),
      category: z.enum(BUDGET_CATEGORIES),
      side: z.enum(MUNICIPALITY_SIDES),
      description: z.string(),
      currency: z.string().nullable(),
      rate: z.string().nullable(),
      budget: z.number().int(),
      localBudget: z.number().int().nullable(),
      actual: z.number().int().nullable(),
      localActual: z.number().int().nullable(),
      variance: z.number().int().nullable(),
      variancePercent: z.string().nullable(),
      explanationNeeded: z.boolean(),
      explanation: z.string(),
    }),
  ),
  budget: z.number().int(),
  actual: z.number().int(),
  granted: z.number().int(),
  paid: z.number().int(),
  unspent: z.number().int(),
  thresholdPercent: z.number(),
});

const confirmation = z.object({ at: z.string(), byName: z.string().nullable() }).nullable();
const confirmations = z.object({ home: confirmation, partner: confirmation });
const versionItem = z.object({ number: z.number().int(), submittedAt: z.string(), byName: z.string().nullable() });
const auditFlag = z.object({ year: z.number().int(), opinion: z.enum(['qualified', 'adverse', 'disclaimer']), auditId: z.string() });

export const annualReportDto = z.object({
  id: z.string(),
  partnershipId: z.string(),
  partnershipTitle: z.string(),
  fundingSource: z.string(),
  year: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  submissionCount: z.number().int(),
  version: z.number().int(),
  deadline: z.string().nullable(),
  late: z.boolean(),
  finalYear: z.boolean(),
  auditRequired: z.boolean(),
  content: reportContent,
  outcomes: z.array(z.object({ id: z.string(), statement: localized, outputs: z.array(z.object({ id: z.string(), statement: localized })) })),
  indicators: z.array(
    z.object({
      id: z.string(),
      resultId: z.string(),
      name: localized,
      unit: localized.nullable(),
      target: z.number().nullable(),
      actual: z.number().nullable(),
      valueStatus: z.enum(VALUE_STATUSES).nullable(),
      progress: z.enum(PROGRESS_STATUSES),
      percent: z.number().nullable(),
    }),
  ),
  risks: z.object({ open: z.number().int(), high: z.number().int(), reviewedThisYear: z.number().int() }),
  financial: financialSummary,
  missing: z.array(missingItem),
  confirmations,
  events: z.array(
    z.object({
      from: z.enum(REPORT_STATUSES).nullable(),
      to: z.enum(REPORT_STATUSES),
      at: z.string(),
      byName: z.string().nullable(),
      message: z.string().nullable(),
      comments: z.array(z.object({ section: z.enum(REPORT_SECTIONS), comment: z.string() })),
    }),
  ),
  versions: z.array(versionItem),
  audit: z.object({ id: z.string(), year: z.number().int(), opinion: z.enum(AUDIT_OPINIONS).nullable(), complete: z.boolean() }).nullable(),
  auditFlag: auditFlag.nullable(),
  can: z.object({ edit: z.boolean(), confirm: z.boolean(), actions: z.array(z.enum(REPORT_ACTIONS)), setAuditRequired: z.boolean() }),
});

export const reportSavedDto = z.object({ version: z.number().int(), savedAt: z.string(), missing: z.array(missingItem), financial: financialSummary, confirmations });

export const partnershipReportsDto = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      year: z.number().int(),
      status: z.enum(REPORT_STATUSES),
      submissionCount: z.number().int(),
      deadline: z.string().nullable(),
      late: z.boolean(),
      submittedAt: z.string().nullable(),
    }),
  ),
  canStart: z.array(z.number().int()),
  auditFlags: z.array(auditFlag),
});
