import { z } from 'zod';
import type { AuditFlag } from '@mic/domain';

/** An audit opinion shown beside a partnership's money (payments, budget, funds): one schema for every contract. */
export const auditFlag = z.object({
  year: z.number().int(),
  opinion: z.enum(['qualified', 'adverse', 'disclaimer']),
  auditId: z.string(),
}) satisfies z.ZodType<AuditFlag>;
