import { and, asc, desc, eq, isNull, lt, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { applicationAppraisals, applicationEvents, applications } from '../../db/schema.applications';
import { memberships, partnerships, programmes, purposes, users } from '../../db/schema';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationInsert = typeof applications.$inferInsert;
export type AppraisalRow = typeof applicationAppraisals.$inferSelect;
export type EventRow = typeof applicationEvents.$inferSelect;

export const partnershipColumns = {
  id: partnerships.id,
  programmeId: partnerships.programmeId,
  title: partnerships.title,
  fundingSource: partnerships.fundingSource,
  startYear: partnerships.startYear,
  endYear: partnerships.endYear,
  workingLanguage: partnerships.workingLanguage,
  purposes: partnerships.purposes,
  status: partnerships.status,
};
export type PartnershipFacts = { [K in keyof typeof partnershipColumns]: (typeof partnerships.$inferSelect)[K] };

/** The partnership an application belongs to; share-locked in a write so it cannot change under it. */
export async function findPartnership(db: Executor, id: string, lock = false): Promise<PartnershipFacts | null> {
  const query = db.select(partnershipColumns).from(partnerships).where(eq(partnerships.id, id));
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

/** A partnership's applications, by year (a handful: one per project year). */
export async function listOfPartnership(db: Executor, partnershipId: string): Promise<ApplicationRow[]> {
  return db.select().from(applications).where(eq(applications.partnershipId, partnershipId)).orderBy(asc(applications.year));
}

/** Only the partnership an application belongs to (the route guards' question): one small query. */
export async function partnershipIdOf(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ partnershipId: applications.partnershipId }).from(applications).where(eq(applications.id, id));
  return row?.partnershipId ?? null;
}

export async function findApplication(db: Executor, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  return row ?? null;
}

/** Reads the application and locks it until the end of the transaction: actions on one application happen one after another. */
export async function lockApplication(tx: Executor, id: string): Promise<ApplicationRow | null> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  return row ?? null;
}

/** The newest application of an earlier year: an annual application starts from its content. */
export async function latestBefore(db: Executor, partnershipId: string, year: number): Promise<ApplicationRow | null> {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.partnershipId, partnershipId), lt(applications.year, year)))
    .orderBy(desc(applications.year))
    .limit(1);
  return row ?? null;
}

/** Inserts the application, or answers null when the partnership already has one for that year. */
export async function insertApplication(tx: Executor, values: ApplicationInsert): Promise<ApplicationRow | null> {
  const [row] = await tx.insert(applications).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateApplication(tx: Executor, id: string, values: Partial<ApplicationInsert> & { version: number; updatedAt: Date }): Promise<ApplicationRow> {
  const [row] = await tx.update(applications).set(values).where(eq(applications.id, id)).returning();
  return row!;
}

export async function insertEvent(tx: Executor, values: typeof applicationEvents.$inferInsert): Promise<EventRow> {
  const [row] = await tx.insert(applicationEvents).values(values).returning();
  return row!;
}

/** The status history, oldest first. */
export async function eventsOf(db: Executor, applicationId: string): Promise<EventRow[]> {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId)).orderBy(asc(applicationEvents.id));
}

export async function findAppraisal(db: Executor, applicationId: string): Promise<AppraisalRow | null> {
  const [row] = await db.select().from(applicationAppraisals).where(eq(applicationAppraisals.applicationId, applicationId));
  return row ?? null;
}

export async function saveAppraisal(tx: Executor, values: typeof applicationAppraisals.$inferInsert & { version: number }): Promise<AppraisalRow> {
  const { applicationId: _id, ...set } = values;
  const [row] = await tx
    .insert(applicationAppraisals)
    .values(values)
    .onConflictDoUpdate({ target: applicationAppraisals.applicationId, set: { ...set, updatedAt: new Date() } })
    .returning();
  return row!;
}

/** The programme's purposes (codes) and how many a partnership may have. */
export async function programmePurposes(db: Executor, programmeId: string): Promise<{ codes: string[]; maxPurposes: number }> {
  // Sequential: also read inside transactions, where the queries share one connection.
  const [programme] = await db.select({ maxPurposes: programmes.maxPurposes }).from(programmes).where(eq(programmes.id, programmeId));
  const rows = await db.select({ code: purposes.code }).from(purposes).where(eq(purposes.programmeId, programmeId));
  return { codes: rows.map((r) => r.code), maxPurposes: programme?.maxPurposes ?? 2 };
}

/** How many purposes a partnership may have, for each of these programmes (one query). */
export async function maxPurposesOf(db: Executor, programmeIds: string[]): Promise<Map<string, number>> {
  if (!programmeIds.length) return new Map();
  const rows = await db.select({ id: programmes.id, maxPurposes: programmes.maxPurposes }).from(programmes).where(inArray(programmes.id, programmeIds));
  return new Map(rows.map((r) => [r.id, r.maxPurposes]));
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  language: string;
}

/** The partnership's enabled home and partner coordinators: who hears of a return or decision. */
export async function coordinatorsOf(db: Executor, partnershipId: string): Promise<Recipient[]> {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, language: users.language })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.role, ['home_coordinator', 'partner_coordinator']), isNull(users.disabledAt)))
    .orderBy(asc(users.id));
}
