import { z } from 'zod';
import type { AuditEntryDto, AuditHistoryDto } from '@mic/domain';

export const HISTORY_DEFAULT_LIMIT = 50;
export const HISTORY_MAX_LIMIT = 100;

export const historyQuery = z.object({
  /** Entries older than this id (the `nextBefore` of the previous page). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(HISTORY_MAX_LIMIT).default(HISTORY_DEFAULT_LIMIT),
});
export type HistoryQuery = z.infer<typeof historyQuery>;

export const historyParams = z.object({ id: z.string() });

export const auditEntryDto = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** Newest first; `nextBefore` is null on the last page. */
export const historyPage = z.object({ items: z.array(auditEntryDto), nextBefore: z.number().int().nullable() });

// The response schema and the shared API type must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameEntry: Same<z.infer<typeof auditEntryDto>, AuditEntryDto> = true;
const samePage: Same<z.infer<typeof historyPage>, AuditHistoryDto> = true;
void sameEntry;
void samePage;
