import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { comments } from '../../db/schema';

export type CommentRow = typeof comments.$inferSelect;

export async function listComments(db: Executor, partnershipId: string, entityType: string, entityId: string, limit: number, offset: number) {
  const where = and(eq(comments.partnershipId, partnershipId), eq(comments.entityType, entityType), eq(comments.entityId, entityId));
  const [rows, [total]] = await Promise.all([
    db.select().from(comments).where(where).orderBy(asc(comments.createdAt), asc(comments.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function insertComment(db: Executor, values: typeof comments.$inferInsert): Promise<CommentRow> {
  const [row] = await db.insert(comments).values(values).returning();
  return row!;
}
