import { and, asc, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { events } from '../../db/schema';

/**
 * Read-only look at the events tables for the due panel and the calendar feed (the events module
 * owns writing them). An event concerns a user invited through a partnership they are a member of,
 * or registered for it; the programme office sees every event.
 */
export interface EventFacts {
  id: string;
  type: string;
  title: Record<string, string>;
  description: Record<string, string>;
  date: string;
  endDate: string | null;
  startTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: string;
}

export interface EventWindow {
  userId: string;
  /** The programme office: every event, invited or not. */
  all: boolean;
  /** ISO dates: events that end on or after `from` and start on or before `to`. */
  from: string;
  to: string;
  statuses: readonly string[];
  limit: number;
}

/** The dated events of a window that concern the user, by date, in one query. */
export async function eventsConcerning(db: Executor, w: EventWindow): Promise<EventFacts[]> {
  const concerns = w.all
    ? undefined
    : or(
        sql`exists (select 1 from event_invitations i join memberships m on m.partnership_id = i.partnership_id
          where i.event_id = ${events.id} and m.user_id = ${w.userId})`,
        sql`exists (select 1 from event_registrations r where r.event_id = ${events.id} and r.user_id = ${w.userId})`,
      );
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      title: events.title,
      description: events.description,
      date: events.date,
      endDate: events.endDate,
      startTime: events.startTime,
      place: events.place,
      onlineUrl: events.onlineUrl,
      status: events.status,
    })
    .from(events)
    .where(
      and(
        isNotNull(events.date),
        lte(events.date, w.to),
        sql`coalesce(${events.endDate}, ${events.date}) >= ${w.from}`,
        inArray(events.status, [...w.statuses]),
        concerns,
      ),
    )
    .orderBy(asc(events.date), asc(events.id))
    .limit(w.limit);
  return rows.map((r) => ({ ...r, date: r.date! }));
}
