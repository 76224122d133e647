import { DomainError, type Actor, type CommentDto, type Page } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { offsetOf } from '../../lib/paging';
import { recordChange } from '../audit/audit.service';
import type { CommentBody, CommentListQuery } from './comments.contract';
import * as repo from './comments.repository';
import { commentTarget } from './comments.targets';

function present(row: repo.CommentRow): CommentDto {
  return {
    id: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    authorName: row.authorName,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The entity must be of a known type and belong to this partnership; otherwise it does not exist. */
async function assertTarget(db: Executor, partnershipId: string, entityType: string, entityId: string) {
  const check = commentTarget(entityType);
  if (!check || !(await check(db, partnershipId, entityId))) {
    throw new DomainError('NOT_FOUND', { violations: [{ code: 'NOT_FOUND', field: 'entityId' }] });
  }
}

export async function listComments(db: Executor, partnershipId: string, query: CommentListQuery): Promise<Page<CommentDto>> {
  await assertTarget(db, partnershipId, query.entityType, query.entityId);
  const { rows, total } = await repo.listComments(db, partnershipId, query.entityType, query.entityId, query.pageSize, offsetOf(query));
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function addComment(db: Db, actor: Actor, partnershipId: string, body: CommentBody): Promise<CommentDto> {
  return db.transaction(async (tx) => {
    await assertTarget(tx, partnershipId, body.entityType, body.entityId);
    const row = await repo.insertComment(tx, {
      partnershipId,
      entityType: body.entityType,
      entityId: body.entityId,
      authorId: actor.userId,
      authorName: actor.name,
      body: body.body,
    });
    await recordChange(tx, actor, {
      action: 'comment.added',
      entityType: 'comment',
      entityId: row.id,
      partnershipId,
      after: { entityType: row.entityType, entityId: row.entityId, body: row.body },
    });
    return present(row);
  });
}
