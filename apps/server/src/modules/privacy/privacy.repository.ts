import { and, asc, count, desc, eq, inArray, isNull, like, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog, comments, documents, invitations, memberships, partnerships, sessions, users } from '../../db/schema';
import { PERSONAL_TABLES, referencedByRecords, userReferences } from './privacy.references';

/** How an anonymised person is named wherever a name was kept. */
export const ANONYMISED_NAME = 'Anonymised person';
/** Unique (the user id is), never deliverable (.invalid is reserved, RFC 2606), and recognisable. */
export const anonymisedEmail = (userId: string) => `anonymised-${userId}@invalid`;
const ANONYMISED_PATTERN = 'anonymised-%@invalid';

/** At most this many of the person's own audit entries are exported (newest first). */
export const EXPORT_AUDIT_LIMIT = 10_000;

export async function lockUser(tx: Executor, id: string) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row ?? null;
}

export const isAnonymised = (user: { email: string }) => /^anonymised-.*@invalid$/.test(user.email);

/** Which of these users have been anonymised (one query). */
export async function anonymisedAmong(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), like(users.email, ANONYMISED_PATTERN)));
  return new Set(rows.map((r) => r.id));
}

/** Enabled administrators other than this user. */
export async function otherActiveAdmins(tx: Executor, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.globalRole, 'admin'), isNull(users.disabledAt), ne(users.id, userId)));
  return Number(row?.n ?? 0);
}

// ── export ───────────────────────────────────────────────────────────────────────────────────────

export function membershipsOf(db: Executor, userId: string) {
  return db
    .select({ partnershipId: memberships.partnershipId, partnershipTitle: partnerships.title, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(partnerships.title));
}

export function sessionsOf(db: Executor, userId: string) {
  return db.select({ id: sessions.id, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt));
}

/** Invitations addressed to the person's e-mail address. */
export function invitationsTo(db: Executor, email: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      globalRole: invitations.globalRole,
      partnershipId: invitations.partnershipId,
      partnershipRole: invitations.partnershipRole,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
    })
    .from(invitations)
    .where(sql`lower(${invitations.email}) = lower(${email})`)
    .orderBy(desc(invitations.createdAt));
}

/** Invitations the person sent: when and to what role, not whom (that is someone else's data). */
export function invitationsSentBy(db: Executor, userId: string) {
  return db
    .select({ id: invitations.id, globalRole: invitations.globalRole, partnershipId: invitations.partnershipId, partnershipRole: invitations.partnershipRole, createdAt: invitations.createdAt, acceptedAt: invitations.acceptedAt })
    .from(invitations)
    .where(eq(invitations.invitedBy, userId))
    .orderBy(desc(invitations.createdAt));
}

/** What the person did, newest first, bounded; the entries' contents describe programme records, not the person. */
export function auditEntriesBy(db: Executor, userId: string) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, partnershipId: auditLog.partnershipId })
    .from(auditLog)
    .where(eq(auditLog.actorId, userId))
    .orderBy(desc(auditLog.id))
    .limit(EXPORT_AUDIT_LIMIT + 1);
}

/** What was recorded about the person's account and memberships (who did it is left out). */
export function auditEntriesAbout(db: Executor, userId: string) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)),
        and(eq(auditLog.entityType, 'membership'), like(auditLog.entityId, `${userId}:%`)),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(EXPORT_AUDIT_LIMIT + 1);
}

export function commentsBy(db: Executor, userId: string) {
  return db
    .select({ id: comments.id, partnershipId: comments.partnershipId, entityType: comments.entityType, entityId: comments.entityId, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(eq(comments.authorId, userId))
    .orderBy(desc(comments.createdAt));
}

export function documentsBy(db: Executor, userId: string) {
  return db
    .select({
      id: documents.id,
      partnershipId: documents.partnershipId,
      fileName: documents.fileName,
      mediaType: documents.mediaType,
      size: documents.size,
      sha256: documents.sha256,
      category: documents.category,
      version: documents.version,
      uploadedAt: documents.createdAt,
    })
    .from(documents)
    .where(eq(documents.uploadedBy, userId))
    .orderBy(desc(documents.createdAt));
}

// ── anonymise and delete ─────────────────────────────────────────────────────────────────────────

/** Replaces the person's name in every column that kept it beside a reference to them. */
export async function anonymiseKeptNames(tx: Executor, userId: string) {
  for (const ref of userReferences()) {
    if (!ref.nameColumn) continue;
    await tx.execute(sql`update ${ref.table} set ${sql.identifier(ref.nameColumn)} = ${ANONYMISED_NAME} where ${ref.column} = ${userId}`);
  }
}

/** Removes the person's sessions, memberships and calendar feed; how many rows of each went. */
export async function removePersonalRows(tx: Executor, userId: string): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const ref of userReferences().filter((r) => PERSONAL_TABLES.includes(r.tableName))) {
    const rows = await queryRows<{ n: string | number }>(tx, sql`with gone as (delete from ${ref.table} where ${ref.column} = ${userId} returning 1) select count(*) as n from gone`);
    removed[ref.tableName] = Number(rows[0]?.n ?? 0);
  }
  return removed;
}

/** Withdraws invitations to the address not yet accepted; blanks the name and address on accepted ones. */
export async function clearInvitationsTo(tx: Executor, email: string, placeholder: string): Promise<number> {
  const addressed = sql`lower(${invitations.email}) = lower(${email})`;
  const withdrawn = await tx.delete(invitations).where(and(addressed, isNull(invitations.acceptedAt))).returning({ id: invitations.id });
  await tx.update(invitations).set({ email: placeholder, name: ANONYMISED_NAME }).where(addressed);
  return withdrawn.length;
}

export async function anonymiseUserRow(tx: Executor, userId: string, now: Date) {
  await tx
    .update(users)
    .set({ name: ANONYMISED_NAME, email: anonymisedEmail(userId), passwordHash: null, globalRole: null, disabledAt: sql`coalesce(${users.disabledAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(users.id, userId));
}

/** True when the person acted, had a membership with history, or any record refers to them. */
export async function hasRecords(tx: Executor, userId: string): Promise<boolean> {
  const rows = await queryRows<{ yes: boolean }>(
    tx,
    sql`select (
      exists (select 1 from ${auditLog} where ${auditLog.actorId} = ${userId})
      or exists (select 1 from ${auditLog} where ${auditLog.entityType} = 'membership' and ${auditLog.entityId} like ${`${userId}:%`})
      or ${referencedByRecords(userId)}
    ) as yes`,
  );
  return rows[0]?.yes === true;
}

export async function deleteUserRow(tx: Executor, userId: string, email: string) {
  await tx.delete(invitations).where(sql`lower(${invitations.email}) = lower(${email})`);
  await tx.delete(users).where(eq(users.id, userId));
}
