import { z } from 'zod';
import { ACTIVITY_RESPONSIBLE, BUDGET_CATEGORIES, isIsoDate, MAX_MONEY, WORK_PLAN_STATUSES } from '@mic/domain';
import { auditFlag } from '../audits/audits.flags.contract';

/** Bounds on one year's plan: far above any real plan, low enough that one request stays cheap. */
export const MAX_ACTIVITIES = 200;
export const MAX_LINES = 500;

const text = (max: number) => z.string().trim().max(max);
const money = z.number().int().min(0).max(MAX_MONEY);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, 'invalid date');
const month = z.number().int().min(1).max(12);
const year = z.coerce.number().int().min(1900).max(2999);

export const budgetParams = z.object({ id: z.string() });
export const budgetYearParams = z.object({ id: z.string(), year });
export const budgetQuery = z.object({ year: year.optional() });

export const budgetRulesBody = z
  .object({
    yearlyCeiling: money,
    maxAdministrationPercent: z.number().int(),
    ineligibleCategories: z.array(z.enum(BUDGET_CATEGORIES)).max(BUDGET_CATEGORIES.length),
    varianceThresholdPercent: z.number().int(),
    version: z.number().int().min(1),
  })
  .strict();
export type BudgetRulesBody = z.infer<typeof budgetRulesBody>;

const activity = z
  .object({
    id: z.string().uuid(),
    outputId: z.string().uuid().nullable(),
    title: text(300).min(1),
    responsible: z.enum(ACTIVITY_RESPONSIBLE),
    startMonth: month,
    endMonth: month,
  })
  .strict();

/** Currency and rate are checked by the service, so that they come back with their own codes. */
const local = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    amount: money,
    rate: z.string().max(20),
    rateDate: isoDate,
  })
  .strict();

const line = z
  .object({
    id: z.string().uuid(),
    activityId: z.string().uuid().nullable(),
    category: z.enum(BUDGET_CATEGORIES),
    side: z.enum(['home', 'partner']),
    description: text(1000).min(1),
    amount: money.optional(),
    local: local.nullable().optional(),
  })
  .strict();

export const workPlanBody = z
  .object({
    version: z.number().int().min(0),
    activities: z.array(activity).max(MAX_ACTIVITIES),
    lines: z.array(line).max(MAX_LINES),
    revisionReason: text(2000).optional(),
  })
  .strict();
export type WorkPlanBody = z.infer<typeof workPlanBody>;

export const approveBody = z
  .object({
    version: z.number().int().min(1),
    meetingId: z.string().uuid().nullable().optional(),
    note: text(2000).nullable().optional(),
  })
  .strict();
export type ApproveBody = z.infer<typeof approveBody>;

const rulesShape = {
  yearlyCeiling: z.number(),
  maxAdministrationPercent: z.number(),
  ineligibleCategories: z.array(z.enum(BUDGET_CATEGORIES)),
  varianceThresholdPercent: z.number(),
};

export const budgetRulesDto = z.object({ ...rulesShape, version: z.number(), can: z.object({ edit: z.boolean() }) });

const violation = z.object({ code: z.string(), field: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
const localized = z.record(z.string(), z.string().optional());

export const workPlanDto = z.object({
  partnershipId: z.string(),
  year: z.number(),
  years: z.array(z.number()),
  version: z.number(),
  status: z.enum(WORK_PLAN_STATUSES),
  activities: z.array(z.object({ id: z.string(), outputId: z.string().nullable(), title: z.string(), responsible: z.enum(ACTIVITY_RESPONSIBLE), startMonth: z.number(), endMonth: z.number() })),
  lines: z.array(
    z.object({
      id: z.string(),
      activityId: z.string().nullable(),
      category: z.enum(BUDGET_CATEGORIES),
      side: z.enum(['home', 'partner']),
      description: z.string(),
      amount: z.number(),
      local: z.object({ currency: z.string(), amount: z.number(), rate: z.string(), rateDate: z.string() }).nullable(),
    }),
  ),
  totals: z.object({ total: z.number(), bySide: z.object({ home: z.number(), partner: z.number() }), byCategory: z.record(z.string(), z.number()) }),
  grant: z.object({ amount: z.number(), firm: z.boolean() }).nullable(),
  rules: z.object(rulesShape),
  violations: z.array(violation),
  approved: z
    .object({ at: z.string(), byName: z.string().nullable(), meetingId: z.string().nullable(), meetingDate: z.string().nullable(), note: z.string().nullable() })
    .nullable(),
  revisions: z.array(
    z.object({
      number: z.number(),
      at: z.string(),
      byName: z.string().nullable(),
      reason: z.string(),
      totalBefore: z.number(),
      totalAfter: z.number(),
      changes: z.array(
        z.object({ kind: z.enum(['added', 'removed', 'changed']), lineId: z.string(), description: z.string(), before: z.number().nullable(), after: z.number().nullable() }),
      ),
    }),
  ),
  outputs: z.array(z.object({ id: z.string(), statement: localized })),
  meetings: z.array(z.object({ id: z.string(), meetingDate: z.string() })),
  auditFlags: z.array(auditFlag),
  can: z.object({ edit: z.boolean(), approve: z.boolean() }),
});
