import { z } from 'zod';
import { isIsoDate } from '@mic/domain';
import { pageSchema, pagingQuery } from '../../lib/paging';

/** The decisions an annual meeting takes, as the guideline names them ("Implementation"). */
export const MEETING_DECISION_KINDS = ['approve_work_plan', 'approve_budget', 'agree_amendment', 'other'] as const;
export const MAX_DECISIONS = 20;
export const MAX_PARTICIPANTS = 100;

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isIsoDate, 'invalid date');

export const meetingsParams = z.object({ id: z.string() });
export const meetingParams = z.object({ id: z.string(), meetingId: z.string() });
export const meetingsQuery = pagingQuery;

const participant = z.object({ name: text(200).min(1), organisation: text(200) }).strict();
const decision = z.object({ kind: z.enum(MEETING_DECISION_KINDS), text: text(2000).min(1) }).strict();

export const meetingContent = z
  .object({
    meetingDate: isoDate,
    place: text(200).min(1),
    participants: z.array(participant).min(1).max(MAX_PARTICIPANTS),
    progressReviewed: text(10_000).min(1),
    decisions: z.array(decision).max(MAX_DECISIONS),
    minutesDocumentId: z.string().uuid().nullable(),
  })
  .strict();
export type MeetingContent = z.infer<typeof meetingContent>;

export const createMeetingBody = meetingContent;
export const updateMeetingBody = meetingContent.extend({ version: z.number().int().min(1) }).strict();
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

const minutesDto = z.object({ id: z.string(), fileName: z.string(), url: z.string() });

export const meetingDto = z.object({
  id: z.string(),
  partnershipId: z.string(),
  meetingDate: z.string(),
  place: z.string(),
  participants: z.array(z.object({ name: z.string(), organisation: z.string() })),
  progressReviewed: z.string(),
  decisions: z.array(z.object({ kind: z.enum(MEETING_DECISION_KINDS), text: z.string() })),
  minutes: minutesDto.nullable(),
  version: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type MeetingDto = z.infer<typeof meetingDto>;

export const meetingPage = pageSchema(meetingDto).extend({ can: z.object({ record: z.boolean() }) });
export type MeetingPage = z.infer<typeof meetingPage>;
