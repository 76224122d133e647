import type { OutboxMessageDto, OutboxStatus, Page } from '@mic/domain';
import type { Executor } from '../../db/client';
import type { OutboxListQuery } from './outbox.contract';
import * as repo from './outbox.repository';

export function presentOutboxMessage(row: repo.OutboxRow): OutboxMessageDto {
  return {
    id: row.id,
    kind: row.kind,
    to: row.toAddress,
    recipientName: row.recipientName,
    language: row.language,
    subject: row.subject,
    body: row.body,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    partnershipId: row.partnershipId,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** GET /api/admin/outbox: a page of the messages the platform wrote, newest first (two queries). */
export async function listOutbox(db: Executor, query: OutboxListQuery): Promise<Page<OutboxMessageDto>> {
  const { rows, total } = await repo.listOutbox(db, { status: query.status }, query);
  return { items: rows.map(presentOutboxMessage), total, page: query.page, pageSize: query.pageSize };
}
