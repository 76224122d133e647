import { z } from 'zod';
import { OUTBOX_STATUSES, type OutboxMessageDto, type Page } from '@mic/domain';
import { pageSchema, pagingQuery } from '../../lib/paging';

export const outboxListQuery = pagingQuery.extend({
  status: z.enum(OUTBOX_STATUSES).optional(),
});
export type OutboxListQuery = z.infer<typeof outboxListQuery>;

export const outboxMessageDto = z.object({
  id: z.string(),
  kind: z.string(),
  to: z.string(),
  recipientName: z.string().nullable(),
  language: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  partnershipId: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const outboxPage = pageSchema(outboxMessageDto);

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameMessage: Same<z.infer<typeof outboxMessageDto>, OutboxMessageDto> = true;
const samePage: Same<z.infer<typeof outboxPage>, Page<OutboxMessageDto>> = true;
void sameMessage;
void samePage;
