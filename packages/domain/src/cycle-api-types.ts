/**
 * API shapes of the annual cycle (issue 5): deadlines, the due panel, the calendar feed, the mail
 * outbox and network meetings / events. Shared by the server's zod contracts and the web client.
 */
import type { LocalizedText } from './i18n-text';
import type { CycleDate, Deadline, ProgrammeCycle } from './cycle-types';

/** GET/PUT /api/programme/cycle. PUT sends the same shape; `version` guards against lost updates. */
export interface ProgrammeCycleDto extends ProgrammeCycle {
  version: number;
  updatedAt: string;
}

/** GET /api/programme/cycle-dates?year=YYYY: the dates the programme office set for that funding year. */
/** A date set for one step: `version` guards PUT …/cycle-dates against lost updates (0 = no date set). */
export interface CycleDateDto extends CycleDate {
  version: number;
}

export interface CycleDatesDto {
  year: number;
  dates: CycleDateDto[];
}

/** GET /api/programme/deadlines?year=YYYY&funding=norad|mfa (funding optional: all sources). */
export interface ProgrammeDeadlinesDto {
  year: number;
  deadlines: Deadline[];
}

/** Whether, when and by whom a partnership's deadline was recorded as met. */
export interface DeadlineMetDto {
  at: string;
  byName: string | null;
  note: string | null;
}

export interface PartnershipDeadlineDto extends Deadline {
  met: DeadlineMetDto | null;
  overdue: boolean;
  /** Send it back with PUT …/met (0 while not recorded as met); an older one is refused with 409 CONFLICT. */
  version: number;
}

/** GET /api/partnerships/{id}/deadlines?year=YYYY */
export interface PartnershipDeadlinesDto {
  partnershipId: string;
  year: number;
  /** Funding years with deadlines for this partnership (its project period). */
  years: number[];
  deadlines: PartnershipDeadlineDto[];
  can: { markMet: boolean };
}

/** One line of the due panel on the start page. */
export interface DueItemDto {
  /** Stable key for lists: deadline or event identity. */
  key: string;
  type: 'deadline' | 'event';
  date: string;
  overdue: boolean;
  /** Step or event title. */
  title: LocalizedText;
  stepKind: Deadline['kind'] | null;
  fundingSource: string | null;
  fundingYear: number | null;
  partnership: { id: string; title: string } | null;
  eventId: string | null;
  /** Where in the app the thing is done (a path, e.g. /partnerships/{id}#deadlines). */
  link: string;
}

/** GET /api/me/due */
export interface DuePanelDto {
  today: string;
  horizonDays: number;
  items: DueItemDto[];
  /** For the programme office: overdue partnership deadlines across the programme (items shows the first ones). */
  overdueCount: number;
  /** True when `items` was cut to its limit. */
  truncated: boolean;
}

/** GET /api/me/calendar-feed: whether a private feed exists. POST answers with its URL (shown once). */
export interface CalendarFeedDto {
  active: boolean;
  createdAt: string | null;
  /** Only in the answer to POST: the secret URL to paste into a calendar program. */
  url?: string;
}

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** GET /api/admin/outbox (administrators): every reminder the platform wrote, sent or kept. */
export interface OutboxMessageDto {
  id: string;
  kind: string;
  to: string;
  recipientName: string | null;
  language: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  partnershipId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const EVENT_TYPES = ['network_meeting', 'capacity_building', 'webinar', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EVENT_STATUSES = ['planned', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface EventMaterialDto {
  title: string;
  url: string;
}

/** POST /api/events and PUT /api/events/{id} (PUT also sends `version`). */
export interface EventInput {
  type: EventType;
  title: LocalizedText;
  description: LocalizedText;
  /** ISO date or null: "to be announced". */
  date: string | null;
  endDate: string | null;
  /** HH:MM local time, optional. */
  startTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  materials: EventMaterialDto[];
  status: EventStatus;
  invitedPartnershipIds: string[];
}

export interface EventSummaryDto {
  id: string;
  type: EventType;
  title: LocalizedText;
  date: string | null;
  endDate: string | null;
  startTime: string | null;
  place: string | null;
  onlineUrl: string | null;
  status: EventStatus;
  invitedCount: number;
  registrationCount: number;
  /** When the caller registered, or null. */
  myRegistration: { registeredAt: string } | null;
}

export interface EventDetailDto extends EventSummaryDto {
  description: LocalizedText;
  materials: EventMaterialDto[];
  invitedPartnerships: { id: string; title: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
  can: { edit: boolean; register: boolean; seeParticipants: boolean };
}

/** GET /api/events/{id}/participants (paged) and the .xlsx export. */
export interface EventParticipantDto {
  userId: string;
  name: string;
  email: string;
  partnership: { id: string; title: string } | null;
  role: string | null;
  note: string | null;
  registeredAt: string;
}
