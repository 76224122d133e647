import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { OutboxStatus } from '@mic/domain';
import type { Executor } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import { offsetOf } from '../../lib/paging';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type NewOutboxRow = typeof mailOutbox.$inferInsert;

/** Rows per statement for the bulk reads and inserts (far below PostgreSQL's parameter limit). */
const CHUNK = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Which of these dedupe keys the outbox already holds (one query per 500 keys). */
export async function existingDedupeKeys(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(keys)) {
    const rows = await db.select({ key: mailOutbox.dedupeKey }).from(mailOutbox).where(inArray(mailOutbox.dedupeKey, part));
    for (const r of rows) found.add(r.key);
  }
  return found;
}

/**
 * Inserts the messages whose dedupe key is new; a key another process wrote first is skipped
 * (ON CONFLICT DO NOTHING). Rows go in sorted by key, so two processes inserting the same keys at
 * the same time lock them in the same order and cannot deadlock. Answers how many rows were new.
 */
export async function insertOutboxRows(db: Executor, rows: readonly NewOutboxRow[]): Promise<number> {
  const sorted = [...rows].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey));
  let inserted = 0;
  for (const part of chunks(sorted)) {
    const done = await db.insert(mailOutbox).values(part).onConflictDoNothing({ target: mailOutbox.dedupeKey }).returning({ id: mailOutbox.id });
    inserted += done.length;
  }
  return inserted;
}

/**
 * Claims up to `limit` messages to send, oldest first: pending ones whose retry time has come, and
 * ones left `sending` by a process that stopped before its lease ran out. FOR UPDATE SKIP LOCKED
 * plus the status check make two processes claim disjoint rows: a row another process is claiming
 * is skipped, and one it has claimed and committed no longer matches (PostgreSQL checks the WHERE
 * again on the row's newest version).
 */
export async function claimBatch(db: Executor, now: Date, leaseUntil: Date, limit: number): Promise<OutboxRow[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      or(
        and(eq(mailOutbox.status, 'pending'), or(isNull(mailOutbox.leaseUntil), lte(mailOutbox.leaseUntil, now))),
        and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.leaseUntil, now)),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({ status: 'sending', leaseUntil, attempts: sql`${mailOutbox.attempts} + 1` })
    // ARRAY(subquery) runs once (an InitPlan), so the LIMIT and the row locks hold for the whole update.
    .where(sql`${mailOutbox.id} = any(array(${due}))`)
    .returning();
  return claimed.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

export async function markSent(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: at, leaseUntil: null, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending')));
}

/** Back to `pending`, not to be tried again before `retryAt`; or `failed` for good (retryAt null). */
export async function markUnsent(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: retryAt ? 'pending' : 'failed', leaseUntil: retryAt, lastError: error })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending')));
}

/** One page of the outbox, newest first, and how many match in all: two queries. */
export async function listOutbox(db: Executor, filter: { status?: OutboxStatus }, paging: { page: number; pageSize: number }) {
  const where = filter.status ? eq(mailOutbox.status, filter.status) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(paging.pageSize)
      .offset(offsetOf(paging)),
    db.select({ n: count() }).from(mailOutbox).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
