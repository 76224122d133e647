import { and, eq, gt, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, sessions, users } from '../../db/schema';

export async function findSessionWithUser(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      globalRole: users.globalRole,
      disabledAt: users.disabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function membershipsOf(db: Executor, userId: string) {
  return db.select({ partnershipId: memberships.partnershipId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs the user out everywhere except the session given. */
export async function deleteOtherSessions(db: Executor, userId: string, keepSessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

/** Signs the user out everywhere. */
export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
