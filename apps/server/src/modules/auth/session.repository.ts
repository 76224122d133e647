import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, sessions, users } from '../../db/schema';
import { versionSql, type VersionScope } from '../audit/audit.repository';

function sessionQuery(db: Executor, scope: VersionScope, name: string) {
  return db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      globalRole: users.globalRole,
      disabledAt: users.disabledAt,
      // The memberships come in the same round trip: this runs on every signed-in request.
      memberships: sql<{ partnershipId: string; role: string }[]>`coalesce((select json_agg(json_build_object('partnershipId', ${memberships.partnershipId}, 'role', ${memberships.role})) from ${memberships} where ${memberships.userId} = ${users.id}), '[]'::json)`,
      version: sql<string | null>`${versionSql(scope)}`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`)))
    .limit(1)
    .prepare(name);
}

type SessionQuery = ReturnType<typeof sessionQuery>;
// Built once per database and shape, and prepared on the server: this runs on every signed-in request.
const prepared = new WeakMap<Executor, Record<'none' | 'programme' | 'partnership', SessionQuery>>();

/** The session's user and memberships, and the data version `scope` asks for. */
export async function findSessionWithUser(db: Executor, sessionId: string, now: Date, scope: VersionScope = null) {
  let queries = prepared.get(db);
  if (!queries) {
    queries = {
      none: sessionQuery(db, null, 'session_actor'),
      programme: sessionQuery(db, { kind: 'programme' }, 'session_actor_programme'),
      partnership: sessionQuery(db, { kind: 'partnership', partnershipId: '' }, 'session_actor_partnership'),
    };
    prepared.set(db, queries);
  }
  const params = { sessionId, now: now.toISOString(), partnershipId: scope?.kind === 'partnership' ? scope.partnershipId : null };
  const [row] = await queries[scope?.kind ?? 'none'].execute(params);
  return row ?? null;
}

export async function membershipsOf(db: Executor, userId: string) {
  return db.select({ partnershipId: memberships.partnershipId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** Moves an idle session's end to `expiresAt` (the caller keeps it within the absolute limit). */
export async function extendSession(db: Executor, sessionId: string, expiresAt: Date) {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
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
