import { and, count, desc, eq, gt, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { invitations } from '../../db/schema';
import { likeContains } from '../../db/like';
import { offsetOf } from '../../lib/paging';

export type InvitationRow = typeof invitations.$inferSelect;

/** Not yet accepted and not yet expired. */
const pending = (now: Date) => and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, now));

export async function insertInvitation(db: Executor, values: typeof invitations.$inferInsert): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(values).returning();
  return row!;
}

/** One page of pending invitations, newest first, and how many there are in all. */
export async function listPending(db: Executor, now: Date, search: string | undefined, page: number, pageSize: number) {
  const where = and(
    pending(now),
    search ? or(ilike(invitations.name, likeContains(search)), ilike(invitations.email, likeContains(search))) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(invitations)
      .where(where)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(pageSize)
      .offset(offsetOf({ page, pageSize })),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The pending invitation with this token hash; `lock` holds it until the transaction ends. */
export async function findPendingByTokenHash(db: Executor, tokenHash: string, now: Date, lock = false): Promise<InvitationRow | null> {
  const query = db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), pending(now)))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Pending invitations to this address (any case), for replacing them with a new one. */
export async function findPendingByEmail(db: Executor, email: string, now: Date): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(and(sql`lower(${invitations.email}) = lower(${email})`, pending(now)));
}

/** An invitation that has not been accepted (pending or expired). */
export async function findUnaccepted(db: Executor, id: string): Promise<InvitationRow | null> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt)))
    .limit(1);
  return row ?? null;
}

export async function deleteInvitation(db: Executor, id: string) {
  await db.delete(invitations).where(eq(invitations.id, id));
}

export async function markAccepted(db: Executor, id: string, at: Date) {
  await db.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, id));
}

