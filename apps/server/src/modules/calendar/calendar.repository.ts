import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { calendarFeeds, users } from '../../db/schema';

export async function findFeed(db: Executor, userId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

/** Stores the hash of a new token for the user, replacing any earlier one (which stops working). */
export async function replaceFeed(tx: Executor, userId: string, tokenHash: string, createdAt: Date): Promise<void> {
  await tx
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt } });
}

/** True when there was a feed to revoke. */
export async function deleteFeed(tx: Executor, userId: string): Promise<boolean> {
  const rows = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

/** The user a feed token (by its hash) belongs to, with what the feed is written for. */
export async function findFeedOwner(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, language: users.language, globalRole: users.globalRole, disabledAt: users.disabledAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ?? null;
}
