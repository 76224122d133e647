import { DomainError, type Actor, type Violation } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { MeetingContent, UpdateMeetingBody } from './meetings.contract';
import { mayDeleteMeeting, mayReadMeetings, mayWriteMeetings } from './meetings.policy';
import * as repo from './meetings.repository';
import { checkVersion, staleVersion } from '../../lib/version-conflict';

/** A meeting may be recorded ahead or afterwards, but within the project period and a year either side. */
export const PERIOD_MARGIN_YEARS = 1;

const audited = (row: repo.MeetingRow) => ({
  meetingDate: row.meetingDate,
  place: row.place,
  participants: row.participants,
  progressReviewed: row.progressReviewed,
  decisions: row.decisions,
  minutesDocumentId: row.minutesDocumentId,
  version: row.version,
});

/** The date within the period (± a year) and the minutes a document of this partnership: every violation at once. */
async function check(tx: Executor, partnershipId: string, period: { startYear: number; endYear: number }, body: MeetingContent) {
  const v: Violation[] = [];
  const year = Number(body.meetingDate.slice(0, 4));
  const startYear = period.startYear - PERIOD_MARGIN_YEARS;
  const endYear = period.endYear + PERIOD_MARGIN_YEARS;
  if (year < startYear || year > endYear) v.push({ code: 'YEAR_OUTSIDE_PERIOD', field: 'meetingDate', params: { year, startYear, endYear } });
  if (body.minutesDocumentId && !(await repo.isMinutesOf(tx, partnershipId, body.minutesDocumentId))) {
    v.push({ code: 'DOCUMENT_NOT_FOUND', field: 'minutesDocumentId' });
  }
  if (v.length) throw new DomainError(v[0]!.code, { violations: v });
}

/** The partnership, share-locked: not visible → 404; visible but not a writer → 403; closed → 409. */
async function openPartnership(tx: Executor, actor: Actor, partnershipId: string) {
  const period = isUuid(partnershipId) && mayReadMeetings(actor, partnershipId) ? await repo.findPeriod(tx, partnershipId, true) : null;
  if (!period) throw new DomainError('NOT_FOUND');
  if (!mayWriteMeetings(actor, partnershipId)) throw new DomainError('FORBIDDEN');
  if (period.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
  return period;
}

/** The meeting, locked for the rest of the transaction; a meeting of another partnership does not exist here. */
async function openMeeting(tx: Executor, partnershipId: string, meetingId: string) {
  const row = isUuid(meetingId) ? await repo.findMeeting(tx, partnershipId, meetingId, true) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

export async function createMeeting(db: Executor, actor: Actor, partnershipId: string, body: MeetingContent): Promise<string> {
  return db.transaction(async (tx) => {
    const period = await openPartnership(tx, actor, partnershipId);
    await check(tx, partnershipId, period, body);
    const row = await repo.insertMeeting(tx, { partnershipId, ...body, createdBy: actor.userId });
    await recordChange(tx, actor, { action: 'meeting.created', entityType: 'annual_meeting', entityId: row.id, partnershipId, after: audited(row) });
    return row.id;
  });
}

export async function updateMeeting(db: Executor, actor: Actor, partnershipId: string, meetingId: string, body: UpdateMeetingBody): Promise<void> {
  await db.transaction(async (tx) => {
    const period = await openPartnership(tx, actor, partnershipId);
    const before = await openMeeting(tx, partnershipId, meetingId);
    if (before.version !== body.version) throw staleVersion(before.version);
    const { version, ...content } = body;
    await check(tx, partnershipId, period, content);
    const after = await repo.updateMeeting(tx, meetingId, { ...content, version: version + 1, updatedAt: new Date() });
    await recordChange(tx, actor, { action: 'meeting.updated', entityType: 'annual_meeting', entityId: meetingId, partnershipId, before: audited(before), after: audited(after) });
  });
}

/** Deletes a meeting; with `version`, only while it is still at that version (409 otherwise). */
export async function deleteMeeting(db: Executor, actor: Actor, partnershipId: string, meetingId: string, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    await openPartnership(tx, actor, partnershipId);
    const before = await openMeeting(tx, partnershipId, meetingId);
    if (!mayDeleteMeeting(actor, partnershipId, before.createdBy)) throw new DomainError('FORBIDDEN');
    checkVersion(before.version, version);
    await repo.deleteMeeting(tx, meetingId);
    await recordChange(tx, actor, { action: 'meeting.deleted', entityType: 'annual_meeting', entityId: meetingId, partnershipId, before: audited(before) });
  });
}
