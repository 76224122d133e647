import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CycleStep, EventMaterialDto } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { createdAt, updatedAt } from './columns';

type Localized = Record<string, string>;

/** The programme's cycle settings (one row per programme): reminder days and a version for edits. */
export const programmeCycles = pgTable('programme_cycles', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id),
  reminderDays: integer('reminder_days').array().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

/** One funding source's yearly cycle: its steps (configuration, read whole) and programme-application years. */
export const fundingCycles = pgTable(
  'funding_cycles',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    fundingSource: text('funding_source').notNull(),
    steps: jsonb('steps').$type<CycleStep[]>().notNull(),
    programmeApplicationYears: integer('programme_application_years').array().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.fundingSource] })],
);

/**
 * A date the programme office set for one step of one funding year ("by DATE", "TBA"). A cleared date
 * keeps its row with `date` null, so `version` (optimistic concurrency) never starts again at 1.
 */
export const cycleDates = pgTable(
  'cycle_dates',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    fundingSource: text('funding_source').notNull(),
    year: integer('year').notNull(),
    stepCode: text('step_code').notNull(),
    date: date('date', { mode: 'string' }),
    setBy: uuid('set_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.fundingSource, t.year, t.stepCode] })],
);

/**
 * A partnership's deadline recorded as met (by the programme office now; by applications and reports later).
 * A mark taken back keeps its row with `met_at` null, so `version` (optimistic concurrency) keeps counting.
 */
export const deadlineCompletions = pgTable(
  'deadline_completions',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    fundingYear: integer('funding_year').notNull(),
    stepCode: text('step_code').notNull(),
    metAt: timestamp('met_at', { withTimezone: true }).defaultNow(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.fundingYear, t.stepCode] })],
);

/**
 * Every e-mail the platform composes for reminders. `dedupeKey` is unique: two processes planning the
 * same reminder insert one row between them. Status: pending → sending → sent | failed; `held` when no
 * SMTP is configured (kept for an administrator to read).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dedupeKey: text('dedupe_key').notNull(),
    kind: text('kind').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    recipientName: text('recipient_name'),
    language: text('language').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mail_outbox_dedupe_uq').on(t.dedupeKey),
    index('mail_outbox_status_idx').on(t.status, t.createdAt),
    index('mail_outbox_created_idx').on(t.createdAt),
  ],
);

/** A user's private calendar feed: only the hash of the secret token is kept. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

/** Network meetings, capacity building and other programme events. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    type: text('type').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>().notNull(),
    date: date('date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    startTime: text('start_time'),
    place: text('place'),
    onlineUrl: text('online_url'),
    materials: jsonb('materials').$type<EventMaterialDto[]>().notNull(),
    status: text('status').notNull().default('planned'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('events_date_idx').on(t.date), check('events_dates', sql`${t.endDate} is null or ${t.date} is not null and ${t.endDate} >= ${t.date}`)],
);

export const eventInvitations = pgTable(
  'event_invitations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.partnershipId] }), index('event_invitations_partnership_idx').on(t.partnershipId)],
);

export const eventRegistrations = pgTable(
  'event_registrations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The invited partnership the participant comes for (null for the programme office). */
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    note: text('note'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_registrations_user_idx').on(t.userId)],
);
