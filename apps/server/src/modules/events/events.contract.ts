import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES, isIsoDate, type EventDetailDto, type EventInput, type EventParticipantDto, type EventSummaryDto } from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';
import { localizedInput } from '../results/results.contract';

/** An absolute http(s) address: anything else (javascript:, data:, relative) is refused. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const httpUrl = z.string().trim().max(1000).refine(isHttpUrl, 'not an http(s) address');
const isoDate = z.string().trim().refine(isIsoDate, 'not a calendar date');
/** An optional text: trimmed, empty means none. */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** An optional value as a form sends it: missing, null or '' mean none. */
const emptyIsNull = <T extends z.ZodType<string>>(schema: T) =>
  schema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null));

export const MAX_MATERIALS = 20;
export const MAX_INVITATIONS = 1000;

export const eventParams = z.object({ id: z.string() });

const material = z.object({ title: z.string().trim().min(1).max(200), url: httpUrl }).strict();

/** EventInput: the shape only; the title and the dates are checked by `checkEvent` (stable codes). */
const eventFields = {
  type: z.enum(EVENT_TYPES),
  title: localizedInput(200),
  description: localizedInput(10_000).default({}),
  date: isoDate.nullable(),
  endDate: emptyIsNull(isoDate),
  startTime: emptyIsNull(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
  place: optional(200),
  onlineUrl: emptyIsNull(httpUrl),
  materials: z.array(material).max(MAX_MATERIALS).default([]),
  status: z.enum(EVENT_STATUSES).default('planned'),
  invitedPartnershipIds: z.array(z.string().uuid()).max(MAX_INVITATIONS).default([]),
};

export const eventBody = z.object(eventFields).strict();
export type EventBody = z.infer<typeof eventBody>;

export const eventUpdateBody = z
  .object(eventFields)
  .extend({ version: z.number().int().min(1) })
  .strict();
export type EventUpdateBody = z.infer<typeof eventUpdateBody>;

const flag = z.enum(['true', 'false']).optional();

export const eventListQuery = pagingQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** `true`: only events not yet over (and those to be announced). */
  upcoming: flag.transform((v) => v === 'true'),
  q: filterText(200),
});
export type EventListQuery = z.infer<typeof eventListQuery>;

export const registrationBody = z
  .object({
    note: optional(1000),
    partnershipId: z.string().uuid().optional(),
  })
  .strict();
export type RegistrationBody = z.infer<typeof registrationBody>;

export const participantsQuery = pagingQuery;

// ---- answers ----

const localized = z.record(z.string(), z.string().optional());
const named = z.object({ id: z.string(), title: z.string() });

export const eventSummaryDto = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  title: localized,
  date: z.string().nullable(),
  endDate: z.string().nullable(),
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  invitedCount: z.number().int(),
  registrationCount: z.number().int(),
  myRegistration: z.object({ registeredAt: z.string() }).nullable(),
});

export const eventDetailDto = eventSummaryDto.extend({
  description: localized,
  materials: z.array(z.object({ title: z.string(), url: z.string() })),
  invitedPartnerships: z.array(named),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), register: z.boolean(), seeParticipants: z.boolean() }),
});

export const eventPage = pageSchema(eventSummaryDto);

export const participantDto = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  partnership: named.nullable(),
  role: z.string().nullable(),
  note: z.string().nullable(),
  registeredAt: z.string(),
});

export const participantPage = pageSchema(participantDto);

// The schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assignable<A, B> = [A] extends [B] ? true : false;
const sameSummary: Same<z.infer<typeof eventSummaryDto>, EventSummaryDto> = true;
const sameDetail: Same<z.infer<typeof eventDetailDto>, EventDetailDto> = true;
const sameParticipant: Same<z.infer<typeof participantDto>, EventParticipantDto> = true;
const inputFits: Assignable<EventBody, EventInput> = true;
void sameSummary;
void sameDetail;
void sameParticipant;
void inputFits;
