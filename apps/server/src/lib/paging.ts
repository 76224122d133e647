import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@mic/domain';

/** `page` (from 1) and `pageSize` (1–100, default 25), as every list takes them. */
export const pagingQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

/** The response of a list: `{ items, total, page, pageSize }`. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** A search or filter text: trimmed; empty means "not given". */
export const filterText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export function offsetOf(paging: { page: number; pageSize: number }): number {
  return (paging.page - 1) * paging.pageSize;
}
