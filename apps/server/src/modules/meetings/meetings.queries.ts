import { DomainError, type Actor } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import type { MeetingDto, MeetingPage } from './meetings.contract';
import { mayDeleteMeeting, mayReadMeetings, mayWriteMeetings } from './meetings.policy';
import * as repo from './meetings.repository';

type Names = Awaited<ReturnType<typeof repo.namesFor>>;

function present(actor: Actor, row: repo.MeetingRow, names: Names): MeetingDto {
  const fileName = row.minutesDocumentId ? names.docs.get(row.minutesDocumentId) : undefined;
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    meetingDate: row.meetingDate,
    place: row.place,
    participants: row.participants,
    progressReviewed: row.progressReviewed,
    decisions: row.decisions,
    minutes:
      row.minutesDocumentId && fileName !== undefined
        ? { id: row.minutesDocumentId, fileName, url: `/api/partnerships/${row.partnershipId}/documents/${row.minutesDocumentId}/content` }
        : null,
    version: row.version,
    createdByName: row.createdBy ? (names.people.get(row.createdBy) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: mayWriteMeetings(actor, row.partnershipId), delete: mayDeleteMeeting(actor, row.partnershipId, row.createdBy) },
  };
}

/** GET /api/partnerships/:id/meetings: newest first, a page at a time. */
export async function meetingsOf(db: Executor, actor: Actor, partnershipId: string, paging: { page: number; pageSize: number }): Promise<MeetingPage> {
  if (!isUuid(partnershipId) || !mayReadMeetings(actor, partnershipId)) throw new DomainError('NOT_FOUND');
  const [period, { rows, total }] = await Promise.all([repo.findPeriod(db, partnershipId), repo.pageOf(db, partnershipId, paging.pageSize, offsetOf(paging))]);
  if (!period) throw new DomainError('NOT_FOUND');
  const names = await repo.namesFor(db, rows);
  // A closed partnership's meetings stay as they are: nothing new is recorded.
  const record = period.status !== 'closed' && mayWriteMeetings(actor, partnershipId);
  return { items: rows.map((r) => present(actor, r, names)), total, ...paging, can: { record } };
}

/** GET /api/partnerships/:id/meetings/:meetingId. */
export async function meetingDetail(db: Executor, actor: Actor, partnershipId: string, meetingId: string): Promise<MeetingDto> {
  const row = isUuid(partnershipId) && isUuid(meetingId) && mayReadMeetings(actor, partnershipId) ? await repo.findMeeting(db, partnershipId, meetingId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return present(actor, row, await repo.namesFor(db, [row]));
}
