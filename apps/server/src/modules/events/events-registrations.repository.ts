import { and, asc, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { eventRegistrations, memberships, municipalities, partnerships, users } from '../../db/schema';

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

const home = alias(municipalities, 'home_m');
const partner = alias(municipalities, 'partner_m');

export async function findRegistration(db: Executor, eventId: string, userId: string): Promise<RegistrationRow | null> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** Adds the registration unless the user has one; null when they had (two requests at once make one row). */
export async function insertRegistration(tx: Executor, values: typeof eventRegistrations.$inferInsert): Promise<RegistrationRow | null> {
  const [row] = await tx.insert(eventRegistrations).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function deleteRegistration(tx: Executor, eventId: string, userId: string): Promise<RegistrationRow | null> {
  const [row] = await tx
    .delete(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)))
    .returning();
  return row ?? null;
}

export async function registrationCount(db: Executor, eventId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
  return Number(row?.n ?? 0);
}

export interface ParticipantRow {
  userId: string;
  name: string;
  email: string;
  partnershipId: string | null;
  partnershipTitle: string | null;
  /** Their role in that partnership, else their programme-wide role. */
  role: string | null;
  /** The municipality a coordinator comes from (home or partner side); null for others. */
  municipality: string | null;
  note: string | null;
  registeredAt: Date;
}

const participantColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  partnershipId: partnerships.id,
  partnershipTitle: partnerships.title,
  role: sql<string | null>`coalesce(${memberships.role}, ${users.globalRole})`,
  municipality: sql<string | null>`case ${memberships.role} when 'home_coordinator' then ${home.name} when 'partner_coordinator' then ${partner.name} end`,
  note: eventRegistrations.note,
  registeredAt: eventRegistrations.registeredAt,
};

function participantsOf(db: Executor, eventId: string) {
  return db
    .select(participantColumns)
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .leftJoin(partnerships, eq(partnerships.id, eventRegistrations.partnershipId))
    .leftJoin(memberships, and(eq(memberships.userId, eventRegistrations.userId), eq(memberships.partnershipId, eventRegistrations.partnershipId)))
    .leftJoin(home, eq(home.id, partnerships.homeMunicipalityId))
    .leftJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.registeredAt), asc(users.name), asc(users.id));
}

/** One page of the participants, in the order they registered, and how many there are: two queries. */
export async function listParticipants(db: Executor, eventId: string, limit: number, offset: number) {
  const [rows, total] = await Promise.all([participantsOf(db, eventId).limit(limit).offset(offset), registrationCount(db, eventId)]);
  return { rows: rows as ParticipantRow[], total };
}

/** Every participant, for the export: one query. */
export async function allParticipants(db: Executor, eventId: string): Promise<ParticipantRow[]> {
  return (await participantsOf(db, eventId)) as ParticipantRow[];
}
