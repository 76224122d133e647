import { z } from 'zod';
import {
  APPLICATION_ACTIONS,
  APPLICATION_KINDS,
  APPLICATION_SECTIONS,
  APPLICATION_STATUSES,
  APPRAISAL_CRITERIA,
  APPRAISAL_RECOMMENDATIONS,
  DOCUMENT_CATEGORIES,
  MISSING_ITEM_CODES,
  MUNICIPALITY_SIDES,
  type ApplicationDto,
  type ApplicationOverviewDto,
  type ApplicationSummaryDto,
} from '@mic/domain';
import { filterText, pagingQuery } from '../../lib/paging';

/** The largest amount (øre) one line, and the whole request, may hold: within PostgreSQL's integer. */
export const MAX_AMOUNT = 2_000_000_000;

const text = (max: number) => z.string().trim().max(max);
const amount = z.number().int().min(0).max(MAX_AMOUNT);
const year = z.number().int().min(2000).max(2100);
const version = z.number().int().min(1);

export const partnershipParams = z.object({ id: z.string() });
export const applicationParams = z.object({ id: z.string() });
export const actionParams = z.object({ id: z.string(), action: z.enum(APPLICATION_ACTIONS) });

export const createBody = z.object({ year, kind: z.enum(APPLICATION_KINDS).optional() }).strict();
export type CreateBody = z.infer<typeof createBody>;

const yearAmount = z.object({ year, amount }).strict();

export const applicationContent = z
  .object({
    summary: text(10_000),
    purposes: z.array(text(64).min(1)).max(10),
    coreTasks: z.object({ home: text(5000), partner: text(5000) }).strict(),
    principles: z
      .object({
        sustainability: text(5000),
        coherence: text(5000),
        recipientResponsibility: text(5000),
        otherDonors: z.array(z.object({ donor: text(200).min(1), area: text(200), amount }).strict()).max(20),
        nationalMobilisation: text(5000),
        ownCompetence: text(5000),
      })
      .strict(),
    strategicGoals: text(5000),
    budgetRequested: z.array(yearAmount).max(10),
  })
  .strict();

export const updateBody = z.object({ content: applicationContent, version }).strict();
export type UpdateBody = z.infer<typeof updateBody>;

export const confirmBody = z.object({ partnerLedPrioritisation: z.boolean().optional(), version }).strict();
export type ConfirmBody = z.infer<typeof confirmBody>;

export const actionBody = z
  .object({
    message: text(5000).nullish(),
    granted: z.array(yearAmount).max(10).optional(),
    confirm: z.object({ partnerLedPrioritisation: z.boolean().optional() }).strict().optional(),
    version,
  })
  .strict();
export type ActionBody = z.infer<typeof actionBody>;

const appraisalItem = z
  .object({ criterion: z.enum(APPRAISAL_CRITERIA), met: z.boolean().nullable(), comment: text(5000), forApplicant: z.boolean() })
  .strict();

export const appraisalBody = z
  .object({
    items: z.array(appraisalItem).max(APPRAISAL_CRITERIA.length),
    recommendation: z.enum(APPRAISAL_RECOMMENDATIONS).nullable(),
    internalNote: text(10_000),
    version,
  })
  .strict();
export type AppraisalBody = z.infer<typeof appraisalBody>;

export const overviewQuery = pagingQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  funding: filterText(64),
  q: filterText(200),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

// ---- answers ----

const yearAmountDto = z.object({ year: z.number().int(), amount: z.number().int() });
const params = z.record(z.string(), z.union([z.string(), z.number()]));

const missingTarget = z.union([
  z.object({ area: z.literal('application'), section: z.enum(APPLICATION_SECTIONS), field: z.string().optional() }),
  z.object({ area: z.literal('documents'), category: z.enum(DOCUMENT_CATEGORIES), side: z.enum(MUNICIPALITY_SIDES).optional() }),
  z.object({ area: z.literal('results'), resultId: z.string().optional() }),
  z.object({ area: z.literal('indicator'), indicatorId: z.string() }),
  z.object({ area: z.literal('risks'), riskId: z.string().optional() }),
]);

export const missingItemDto = z.object({
  code: z.enum(MISSING_ITEM_CODES),
  section: z.enum(APPLICATION_SECTIONS),
  target: missingTarget,
  params: params.optional(),
  path: z.string(),
});

export const applicationSummaryDto = z.object({
  id: z.string(),
  partnership: z.object({ id: z.string(), title: z.string(), fundingSource: z.string() }),
  year: z.number().int(),
  kind: z.enum(APPLICATION_KINDS),
  status: z.enum(APPLICATION_STATUSES),
  missingCount: z.number().int(),
  late: z.boolean(),
  deadline: z.string().nullable(),
  submittedAt: z.string().nullable(),
  requestedTotal: z.number().int(),
  grantedTotal: z.number().int().nullable(),
  updatedAt: z.string(),
}) satisfies z.ZodType<ApplicationSummaryDto>;

export const applicationDto = applicationSummaryDto.extend({
  content: applicationContent,
  missing: z.array(missingItemDto),
  confirmations: z.object({
    home: z.object({ byName: z.string(), at: z.string() }).nullable(),
    partner: z.object({ byName: z.string(), at: z.string(), partnerLedPrioritisation: z.boolean() }).nullable(),
  }),
  granted: z.array(yearAmountDto).nullable(),
  events: z.array(
    z.object({ at: z.string(), from: z.enum(APPLICATION_STATUSES).nullable(), to: z.enum(APPLICATION_STATUSES), byName: z.string().nullable(), message: z.string().nullable() }),
  ),
  appraisal: z
    .object({
      items: z.array(appraisalItem),
      recommendation: z.enum(APPRAISAL_RECOMMENDATIONS).nullable(),
      internalNote: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  version: z.number().int(),
  can: z.object({ edit: z.boolean(), confirm: z.boolean(), submit: z.boolean(), appraise: z.boolean(), actions: z.array(z.enum(APPLICATION_ACTIONS)) }),
}) satisfies z.ZodType<ApplicationDto>;

export const applicationList = z.array(applicationSummaryDto);

export const applicationOverviewDto = z.object({
  items: z.array(applicationSummaryDto),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  totals: z.object({
    requested: z.number(),
    granted: z.number(),
    byStatus: z.partialRecord(z.enum(APPLICATION_STATUSES), z.number().int()),
    late: z.number().int(),
    incomplete: z.number().int(),
  }),
}) satisfies z.ZodType<ApplicationOverviewDto>;
