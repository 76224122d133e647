import { z } from 'zod';
import { INSTALMENT_ACTIONS, INSTALMENT_STATUSES, MAX_MONEY } from '@mic/domain';
import { auditFlag } from '../audits/audits.flags.contract';
import { pagingQuery } from '../../lib/paging';
import { isoDate } from '../risks/risks.contract';

/** Programme funds, grants and instalments (issue 7): request and response schemas. */

const year = z.coerce.number().int().min(2000).max(2100);
const money = z.number().int().min(0).max(MAX_MONEY);
const fundingCode = z.string().trim().min(1).max(64);
const localizedText = z.record(z.string(), z.string().optional());
const version = z.number().int().min(0);

export const fundsQuery = pagingQuery.extend({ year: year.optional(), funding: fundingCode.optional() });
export const fundsExportQuery = z.object({ year: year.optional(), funding: fundingCode.optional() });
export const fundsParams = z.object({ year, funding: fundingCode });
export const fundsBody = z.object({ amount: money, note: z.string().trim().max(2000).nullish(), version }).strict();

export const partnershipParams = z.object({ id: z.string() });
export const instalmentParams = z.object({ id: z.string(), instalmentId: z.string(), action: z.enum(INSTALMENT_ACTIONS) });
export const yearParams = z.object({ id: z.string(), year });

export const actionBody = z
  .object({
    version: version,
    overrideReason: z.string().max(2000).nullish(),
    paidOn: z.string().max(32).nullish(),
    paymentReference: z.string().max(200).nullish(),
    reason: z.string().max(2000).nullish(),
  })
  .strict();

export const splitBody = z
  .object({ amounts: z.array(z.object({ id: z.string().max(64), amount: z.number().int(), version })).min(1).max(24) })
  .strict();

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const planFilters = z.object({
  from: month.optional(),
  months: z.coerce.number().int().min(1).max(24).default(6),
  funding: fundingCode.optional(),
  status: z.enum(INSTALMENT_STATUSES).optional(),
});
export const planQuery = pagingQuery.merge(planFilters);
export type PlanFilters = z.infer<typeof planFilters>;

const instalmentFields = {
  id: z.string(),
  year: z.number().int(),
  fundingSource: z.string(),
  stepCode: z.string(),
  seq: z.number().int(),
  dueDate: z.string().nullable(),
  amount: z.number().int(),
  status: z.enum(INSTALMENT_STATUSES),
  version: z.number().int(),
  approved: z.object({ at: z.string(), byName: z.string().nullable(), overrideReason: z.string().nullable() }).nullable(),
  paid: z.object({ on: z.string(), reference: z.string(), byName: z.string().nullable() }).nullable(),
  withheld: z.object({ at: z.string(), byName: z.string().nullable(), reason: z.string() }).nullable(),
};

export const partnershipPaymentsDto = z.object({
  partnershipId: z.string(),
  fundingSource: z.string(),
  grants: z.array(
    z.object({ year: z.number().int(), amount: z.number().int(), firm: z.boolean(), applicationId: z.string().nullable(), applicationYear: z.number().int().nullable(), decidedAt: z.string().nullable() }),
  ),
  instalments: z.array(z.object({ ...instalmentFields, actions: z.array(z.enum(INSTALMENT_ACTIONS)) })),
  totals: z.object({ granted: z.number().int(), paid: z.number().int(), remaining: z.number().int(), withheld: z.number().int() }),
  blockers: z.array(
    z.object({ kind: z.enum(['report_overdue', 'report_returned']), year: z.number().int(), stepCode: z.string(), dueDate: z.string().nullable() }),
  ),
  auditFlags: z.array(auditFlag),
  can: z.object({ manage: z.boolean() }),
});

export const fundsSourceDto = z.object({
  fundingSource: z.string(),
  name: localizedText,
  allocated: z.number().int().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  granted: z.number().int(),
  paid: z.number().int(),
  remaining: z.number().int(),
  toPay: z.number().int(),
  withheld: z.number().int(),
});

export const programmeFundsDto = z.object({
  year: z.number().int(),
  sources: z.array(fundsSourceDto),
  totals: z.object({ allocated: z.number().int(), granted: z.number().int(), paid: z.number().int(), remaining: z.number().int() }),
  partnerships: z.object({
    items: z.array(
      z.object({
        partnershipId: z.string(),
        title: z.string(),
        fundingSource: z.string(),
        granted: z.number().int(),
        paid: z.number().int(),
        remaining: z.number().int(),
        withheld: z.number().int(),
        auditFlag: auditFlag.nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
  can: z.object({ edit: z.boolean() }),
});

const sums = { planned: z.number().int(), approved: z.number().int(), paid: z.number().int(), withheld: z.number().int() };
export const paymentsPlanDto = z.object({
  from: z.string(),
  months: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), fundingSource: z.string(), ...sums })),
  totals: z.object(sums),
  earlier: z.object({ count: z.number().int(), planned: z.number().int(), approved: z.number().int(), withheld: z.number().int(), firstMonth: z.string().nullable() }),
  items: z.array(z.object({ ...instalmentFields, partnershipId: z.string(), partnershipTitle: z.string() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export { isoDate };
