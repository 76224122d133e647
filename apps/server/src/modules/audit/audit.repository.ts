import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog } from '../../db/schema';

export type AuditRow = typeof auditLog.$inferSelect;

/** Serialises writers of the chain until the end of the transaction. */
export async function lockChain(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(7260401)`);
}

export async function lastEntry(tx: Executor) {
  const [row] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row ?? null;
}

export async function nextId(tx: Executor): Promise<number> {
  const [row] = await queryRows<{ id: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`);
  return Number(row!.id);
}

export async function insertEntry(tx: Executor, row: typeof auditLog.$inferInsert) {
  await tx.insert(auditLog).values(row);
}

/** One page of the whole chain in id order, for verification. */
export async function chainPage(tx: Executor, afterId: number, limit: number) {
  return tx.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

/** A partnership's history, newest first, paged by id. */
export async function historyOf(tx: Executor, partnershipId: string, beforeId: number | null, limit: number) {
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.partnershipId, partnershipId), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
