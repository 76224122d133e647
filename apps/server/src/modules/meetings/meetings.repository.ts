import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { annualMeetings } from '../../db/schema.agreements';
import { documents } from '../../db/schema.results';
import { partnerships, users } from '../../db/schema';

export type MeetingRow = typeof annualMeetings.$inferSelect;
export type MeetingInsert = typeof annualMeetings.$inferInsert;

/** The partnership's project period (to check the meeting date against); null when it does not exist. */
export async function findPeriod(db: Executor, partnershipId: string, lock = false) {
  const query = db.select({ startYear: partnerships.startYear, endYear: partnerships.endYear, status: partnerships.status }).from(partnerships).where(eq(partnerships.id, partnershipId));
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

/** One page of a partnership's meetings, newest first, and how many there are. */
export async function pageOf(db: Executor, partnershipId: string, limit: number, offset: number) {
  const where = eq(annualMeetings.partnershipId, partnershipId);
  const [rows, [total]] = await Promise.all([
    db.select().from(annualMeetings).where(where).orderBy(desc(annualMeetings.meetingDate), desc(annualMeetings.createdAt)).limit(limit).offset(offset),
    db.select({ n: count() }).from(annualMeetings).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findMeeting(db: Executor, partnershipId: string, id: string, lock = false): Promise<MeetingRow | null> {
  const query = db.select().from(annualMeetings).where(and(eq(annualMeetings.id, id), eq(annualMeetings.partnershipId, partnershipId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The minutes documents and the recorders' names of a page of meetings: two queries, not one per meeting. */
export async function namesFor(db: Executor, rows: MeetingRow[]) {
  const docIds = [...new Set(rows.map((r) => r.minutesDocumentId).filter((x): x is string => !!x))];
  const userIds = [...new Set(rows.map((r) => r.createdBy).filter((x): x is string => !!x))];
  const [docs, people] = await Promise.all([
    docIds.length ? db.select({ id: documents.id, fileName: documents.fileName }).from(documents).where(inArray(documents.id, docIds)) : [],
    userIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)) : [],
  ]);
  return { docs: new Map(docs.map((d) => [d.id, d.fileName])), people: new Map(people.map((u) => [u.id, u.name])) };
}

/** Whether the document is annual meeting minutes uploaded to this partnership. */
export async function isMinutesOf(db: Executor, partnershipId: string, documentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.partnershipId, partnershipId), eq(documents.category, 'annual_meeting_minutes')));
  return !!row;
}

export async function insertMeeting(tx: Executor, values: MeetingInsert): Promise<MeetingRow> {
  const [row] = await tx.insert(annualMeetings).values(values).returning();
  return row!;
}

export async function updateMeeting(tx: Executor, id: string, values: Partial<MeetingInsert>): Promise<MeetingRow> {
  const [row] = await tx.update(annualMeetings).set(values).where(eq(annualMeetings.id, id)).returning();
  return row!;
}

export async function deleteMeeting(tx: Executor, id: string): Promise<void> {
  await tx.delete(annualMeetings).where(eq(annualMeetings.id, id));
}
