/** Request schemas of the public read API (the response shapes are PublicProgrammeDto & co. in @mic/domain). */
import { z } from 'zod';
import { PUBLIC_PARTNERSHIP_STATUSES } from '@mic/domain';
import { filterText, pagingQuery } from '../../lib/paging';

export const idParams = z.object({ id: z.string() });

const code = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined));

export const listQuery = pagingQuery.extend({
  q: filterText(),
  region: code,
  /** ISO 3166-1 alpha-2; either municipality's country. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/)
    .optional()
    .transform((v) => (v ? v : undefined)),
  purpose: code,
  funding: code,
  status: z
    .enum(PUBLIC_PARTNERSHIP_STATUSES as unknown as ['active', 'completed'])
    .or(z.literal(''))
    .optional()
    .transform((v) => (v ? v : undefined)),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
