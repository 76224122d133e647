import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { likeContains } from '../../db/like';
import { eventInvitations, eventRegistrations, events, partnerships } from '../../db/schema';

export type EventRow = typeof events.$inferSelect;
export type EventInsert = typeof events.$inferInsert;

/** The caller's own registration, joined to every event row. */
const mine = alias(eventRegistrations, 'mine');

// Written out in full: the subqueries must name the outer "events" row, never an unqualified column.
const invitedCount = sql<number>`(select count(*) from "event_invitations" where "event_invitations"."event_id" = "events"."id")`.mapWith(Number);
const registrationCount = sql<number>`(select count(*) from "event_registrations" where "event_registrations"."event_id" = "events"."id")`.mapWith(Number);

/** What a list row shows, with the counts and the caller's registration: no query per row. */
const summaryColumns = {
  id: events.id,
  type: events.type,
  title: events.title,
  date: events.date,
  endDate: events.endDate,
  startTime: events.startTime,
  place: events.place,
  onlineUrl: events.onlineUrl,
  status: events.status,
  invitedCount,
  registrationCount,
  myRegisteredAt: mine.registeredAt,
};

const detailColumns = {
  ...summaryColumns,
  description: events.description,
  materials: events.materials,
  version: events.version,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
};

export interface EventSummaryRow {
  id: string;
  type: string;
  title: Record<string, string>;
  date: string | null;
  endDate: string | null;
  startTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: string;
  invitedCount: number;
  registrationCount: number;
  myRegisteredAt: Date | null;
}

export type EventDetailRow = EventSummaryRow & Pick<EventRow, 'description' | 'materials' | 'version' | 'createdAt' | 'updatedAt'>;

export interface EventFilter {
  /** Whose registration to show, and whose invitations limit the list unless `all`. */
  userId: string;
  all: boolean;
  year?: number;
  /** Only events not over on this day (and those to be announced). */
  notOverOn?: string;
  search?: string;
}

/** Invited through one of the user's partnerships, or registered. */
function visibleTo(userId: string): SQL {
  return sql`(${mine.userId} is not null or exists (select 1 from "event_invitations" i join "memberships" m on m."partnership_id" = i."partnership_id" where i."event_id" = "events"."id" and m."user_id" = ${userId}))`;
}

function whereOf(f: EventFilter): SQL | undefined {
  const pattern = f.search ? likeContains(f.search) : null;
  return and(
    f.all ? undefined : visibleTo(f.userId),
    f.year !== undefined ? sql`${events.date} <= ${`${f.year}-12-31`} and coalesce(${events.endDate}, ${events.date}) >= ${`${f.year}-01-01`}` : undefined,
    f.notOverOn ? sql`(${events.date} is null or coalesce(${events.endDate}, ${events.date}) >= ${f.notOverOn})` : undefined,
    pattern
      ? sql`(exists (select 1 from jsonb_each_text("events"."title") t where t.value ilike ${pattern}) or ${events.place} ilike ${pattern})`
      : undefined,
  );
}

/** By date, those to be announced last; then start time, entry. */
const eventOrder: SQL[] = [sql`${events.date} asc nulls last`, sql`${events.startTime} asc nulls first`, asc(events.createdAt), asc(events.id)];

const withMine = (userId: string) => and(eq(mine.eventId, events.id), eq(mine.userId, userId));

/** One page of events with their counts and the number of matches: two queries, whatever the page size. */
export async function listEvents(db: Executor, f: EventFilter, limit: number, offset: number) {
  const where = whereOf(f);
  const [rows, [counted]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(events)
      .leftJoin(mine, withMine(f.userId))
      .where(where)
      .orderBy(...eventOrder)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(events).leftJoin(mine, withMine(f.userId)).where(where),
  ]);
  return { rows: rows as EventSummaryRow[], total: Number(counted?.n ?? 0) };
}

/** One event with its counts and the caller's registration; null when there is none. */
export async function findEvent(db: Executor, id: string, userId: string): Promise<EventDetailRow | null> {
  const [row] = await db.select(detailColumns).from(events).leftJoin(mine, withMine(userId)).where(eq(events.id, id)).limit(1);
  return (row as EventDetailRow | undefined) ?? null;
}

/** The invited partnerships, by title. */
export async function invitedPartnerships(db: Executor, eventId: string): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: partnerships.id, title: partnerships.title })
    .from(eventInvitations)
    .innerJoin(partnerships, eq(partnerships.id, eventInvitations.partnershipId))
    .where(eq(eventInvitations.eventId, eventId))
    .orderBy(asc(partnerships.title), asc(partnerships.id));
}

export async function eventExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.id, id)).limit(1);
  return !!row;
}

/** The event row, locked until the end of the transaction (`share`: no change or deletion meanwhile). */
export async function lockEvent(tx: Executor, id: string, mode: 'update' | 'share'): Promise<EventRow | null> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for(mode);
  return row ?? null;
}

export async function insertEvent(tx: Executor, values: EventInsert): Promise<EventRow> {
  const [row] = await tx.insert(events).values(values).returning();
  return row!;
}

export async function updateEvent(tx: Executor, id: string, values: Partial<EventInsert> & { version: number }): Promise<EventRow> {
  const [row] = await tx
    .update(events)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(events.id, id))
    .returning();
  return row!;
}

export async function deleteEvent(tx: Executor, id: string): Promise<void> {
  await tx.delete(events).where(eq(events.id, id));
}

/** Of these partnership ids, those that exist. */
export async function existingPartnerships(db: Executor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: partnerships.id }).from(partnerships).where(inArray(partnerships.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function invitationIds(db: Executor, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ id: eventInvitations.partnershipId })
    .from(eventInvitations)
    .where(eq(eventInvitations.eventId, eventId))
    .orderBy(asc(eventInvitations.partnershipId));
  return rows.map((r) => r.id);
}

export async function replaceInvitations(tx: Executor, eventId: string, partnershipIds: string[]): Promise<void> {
  await tx.delete(eventInvitations).where(eq(eventInvitations.eventId, eventId));
  if (partnershipIds.length) await tx.insert(eventInvitations).values(partnershipIds.map((partnershipId) => ({ eventId, partnershipId })));
}
