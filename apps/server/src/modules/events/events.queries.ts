import { DomainError, type Actor, type EventDetailDto, type EventParticipantDto, type EventSummaryDto, type Page } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import type { EventListQuery } from './events.contract';
import { mayView, seesAllEvents } from './events.policy';
import { presentDetail, presentParticipant, presentSummary } from './events.present';
import * as repo from './events.repository';
import { listParticipants } from './events-registrations.repository';

/** GET /api/events: the events the actor may see, by date (to be announced last), one page. */
export async function listEvents(db: Executor, actor: Actor, query: EventListQuery, today: string): Promise<Page<EventSummaryDto>> {
  const page = await repo.listEvents(
    db,
    { userId: actor.userId, all: seesAllEvents(actor), year: query.year, notOverOn: query.upcoming ? today : undefined, search: query.q },
    query.pageSize,
    offsetOf(query),
  );
  return { items: page.rows.map(presentSummary), total: page.total, page: query.page, pageSize: query.pageSize };
}

/** The event with its invitations, when the actor may see it; otherwise it does not exist (404). */
export async function visibleEvent(db: Executor, actor: Actor, id: string) {
  const row = isUuid(id) ? await repo.findEvent(db, id, actor.userId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  const invited = await repo.invitedPartnerships(db, id);
  if (!mayView(actor, { invitedPartnershipIds: invited.map((p) => p.id), registered: row.myRegisteredAt !== null })) throw new DomainError('NOT_FOUND');
  return { row, invited };
}

export async function eventDetail(db: Executor, actor: Actor, id: string, today: string): Promise<EventDetailDto> {
  const { row, invited } = await visibleEvent(db, actor, id);
  return presentDetail(actor, row, invited, today);
}

/** GET /api/events/:id/participants: one page, in the order they registered (the route's guard checked access). */
export async function participants(db: Executor, eventId: string, query: { page: number; pageSize: number }): Promise<Page<EventParticipantDto>> {
  const found = await listParticipants(db, eventId, query.pageSize, offsetOf(query));
  return { items: found.rows.map(presentParticipant), total: found.total, page: query.page, pageSize: query.pageSize };
}
