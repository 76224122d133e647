import { z } from 'zod';
import { pageSchema, pagingQuery } from '../../lib/paging';

export const commentParams = z.object({ id: z.string() });

export const commentListQuery = pagingQuery.extend({
  entityType: z.string().min(1).max(40),
  entityId: z.string().min(1).max(80),
});

export const commentBody = z.object({
  entityType: z.string().min(1).max(40),
  entityId: z.string().min(1).max(80),
  body: z.string().trim().min(1).max(4000),
});

export const commentDto = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const commentPage = pageSchema(commentDto);
export type CommentListQuery = z.infer<typeof commentListQuery>;
export type CommentBody = z.infer<typeof commentBody>;
