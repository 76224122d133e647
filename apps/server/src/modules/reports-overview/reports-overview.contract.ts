import { z } from 'zod';
import { REPORT_STATUSES, type ReportContent } from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';

const year = z.coerce.number().int().min(2000).max(2100);
const overviewStatus = z.enum([...REPORT_STATUSES, 'not_started']);

/** `status` narrows the list to one report status, or to the overdue or late ones. */
export const overviewQuery = pagingQuery.extend({
  year: year.optional(),
  funding: filterText(64),
  status: z.enum([...REPORT_STATUSES, 'not_started', 'overdue', 'late']).optional(),
  q: filterText(200),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

const overviewRow = z.object({
  reportId: z.string().nullable(),
  partnershipId: z.string(),
  partnershipTitle: z.string(),
  fundingSource: z.string(),
  year: z.number().int(),
  status: overviewStatus,
  submissionCount: z.number().int(),
  deadline: z.string().nullable(),
  late: z.boolean(),
  overdue: z.boolean(),
  submittedAt: z.string().nullable(),
});

const count = z.number().int();

export const reportsOverviewDto = pageSchema(overviewRow).extend({
  year: z.number().int(),
  counts: z.object({ not_started: count, draft: count, submitted: count, returned: count, accepted: count, overdue: count, late: count }),
});

export const reportParams = z.object({ id: z.string() });
export const versionParams = z.object({ id: z.string(), number: z.coerce.number().int().min(1).max(100_000) });

const versionEntry = { number: z.number().int(), submittedAt: z.string(), byName: z.string().nullable() };

export const versionListDto = z.object({ items: z.array(z.object(versionEntry)) });

/** The content is stored whole as it was submitted; its shape is the domain's ReportContent. */
export const reportVersionDto = z.object({ ...versionEntry, content: z.custom<ReportContent>((v) => typeof v === 'object' && v !== null) });
