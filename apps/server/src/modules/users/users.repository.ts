import { and, asc, count, eq, exists, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, partnerships, users } from '../../db/schema';
import { likeContains } from '../../db/like';
import { offsetOf } from '../../lib/paging';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return row ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function setPasswordHash(db: Executor, id: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, id));
}

export async function setLanguage(db: Executor, id: string, language: string) {
  await db.update(users).set({ language }).where(eq(users.id, id));
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

/** Applies an edit only while the user is still at `version`, and moves the version on; false when it had moved. */
export async function updateUser(db: Executor, id: string, version: number, values: Partial<Pick<UserRow, 'name' | 'globalRole' | 'disabledAt'>>): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ ...values, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

export interface UserFilter {
  search?: string;
  globalRole?: string;
  partnershipRole?: string;
}

/** One page of users, by name, and how many match in all: two queries. */
export async function listUsers(db: Executor, filter: UserFilter, page: number, pageSize: number) {
  const where = and(
    filter.search ? or(ilike(users.name, likeContains(filter.search)), ilike(users.email, likeContains(filter.search))) : undefined,
    filter.globalRole ? eq(users.globalRole, filter.globalRole) : undefined,
    filter.partnershipRole
      ? exists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(and(eq(memberships.userId, users.id), eq(memberships.role, filter.partnershipRole))),
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(sql`lower(${users.name})`), asc(sql`lower(${users.email})`), asc(users.id))
      .limit(pageSize)
      .offset(offsetOf({ page, pageSize })),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export interface MembershipWithTitle {
  userId: string;
  partnershipId: string;
  partnershipTitle: string;
  role: string;
}

/** The memberships of many users at once (one query), with each partnership's title. */
export async function membershipsOfUsers(db: Executor, userIds: string[]): Promise<MembershipWithTitle[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: memberships.userId, partnershipId: memberships.partnershipId, partnershipTitle: partnerships.title, role: memberships.role })
    .from(memberships)
    .innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(partnerships.title), asc(partnerships.id));
}

export async function findPartnershipTitle(db: Executor, partnershipId: string): Promise<string | null> {
  const [row] = await db.select({ title: partnerships.title }).from(partnerships).where(eq(partnerships.id, partnershipId)).limit(1);
  return row?.title ?? null;
}

export async function findMembershipRole(db: Executor, userId: string, partnershipId: string): Promise<string | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, partnershipId)))
    .limit(1);
  return row?.role ?? null;
}

/** Gives the user this role in the partnership, replacing any role held there before. */
export async function upsertMembership(db: Executor, userId: string, partnershipId: string, role: string) {
  await db
    .insert(memberships)
    .values({ userId, partnershipId, role })
    .onConflictDoUpdate({ target: [memberships.userId, memberships.partnershipId], set: { role } });
}

export async function deleteMembership(db: Executor, userId: string, partnershipId: string) {
  await db.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, partnershipId)));
}
