import { z } from 'zod';
import { DOCUMENT_CATEGORIES, MUNICIPALITY_SIDES } from '@mic/domain';
import { pagingQuery } from '../../lib/paging';
import { isoDate } from '../results/results.contract';

/** Request schemas of a partnership's documents (the response schemas are in results.dto.ts). */
export const params = z.object({ id: z.string() });
export const documentParams = z.object({ id: z.string(), documentId: z.string() });

/** ISO 639-1: two lower-case letters ("es", "nb", "en"). */
const language = z.string().regex(/^[a-z]{2}$/);
const fileName = z.string().trim().min(1).max(500);

/** POST …/documents: the bytes are the body; what they are is said in the query. */
export const uploadQuery = z.object({
  fileName,
  category: z.enum(DOCUMENT_CATEGORIES).default('other'),
  language: language.optional(),
  documentDate: isoDate.optional(),
  side: z.enum(MUNICIPALITY_SIDES).optional(),
});
export type UploadQuery = z.infer<typeof uploadQuery>;

/** POST …/documents/:documentId/versions: a new version keeps its series' category and side. */
export const replaceQuery = z.object({
  fileName,
  language: language.optional(),
  documentDate: isoDate.optional(),
});
export type ReplaceQuery = z.infer<typeof replaceQuery>;

/** PATCH …/documents/:documentId: a mis-categorised upload put right; null clears language, date or side. */
export const metadataBody = z
  .object({
    category: z.enum(DOCUMENT_CATEGORIES).optional(),
    language: language.nullable().optional(),
    documentDate: isoDate.nullable().optional(),
    side: z.enum(MUNICIPALITY_SIDES).nullable().optional(),
    /** The document's metadataVersion as read; optional for older clients. A stale one is 409 CONFLICT. */
    metadataVersion: z.number().int().min(1).optional(),
  })
  .strict();
export type MetadataInput = z.infer<typeof metadataBody>;

/** GET …/documents: current versions only unless current=false (then every version), newest first. */
export const listQuery = pagingQuery.extend({
  category: z.enum(DOCUMENT_CATEGORIES).optional(),
  current: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type ListQuery = z.infer<typeof listQuery>;
