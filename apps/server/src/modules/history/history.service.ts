import { DomainError, type Actor, type AuditEntryDto, type AuditHistoryDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import * as auditRepo from '../audit/audit.repository';
import { mayView } from '../partnerships/partnerships.policy';
import * as partnershipsRepo from '../partnerships/partnerships.repository';
import { maskAnonymised } from '../privacy/privacy.mask';
import type { HistoryQuery } from './history.contract';

/** A partnership's audit trail, newest first, paged by id: two queries. 404 when not visible. */
export async function partnershipHistory(db: Executor, actor: Actor, id: string, query: HistoryQuery): Promise<AuditHistoryDto> {
  if (!isUuid(id) || !mayView(actor, id) || !(await partnershipsRepo.partnershipExists(db, id))) throw new DomainError('NOT_FOUND');
  const rows = await auditRepo.historyOf(db, id, query.before ?? null, query.limit + 1);
  // An anonymised person's name stays in the hashed entry but is not shown (see README, Personal data).
  const page = await maskAnonymised(db, rows.slice(0, query.limit));
  const items: AuditEntryDto[] = page.map((e) => ({
    id: Number(e.id),
    at: e.at.toISOString(),
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  }));
  return { items, nextBefore: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}
