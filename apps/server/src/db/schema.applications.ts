import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, bigserial } from 'drizzle-orm/pg-core';
import type { AppraisalItem, ApplicationContent } from '@mic/domain';
import { partnerships, users } from './schema';
import { createdAt, updatedAt } from './columns';


/** A partnership's application for one funding year: initial (first year) or annual (continuation). */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<ApplicationContent>().notNull(),
    /** Totals kept with the content (in øre), so the overview sums in SQL. */
    requestedTotal: integer('requested_total').notNull().default(0),
    homeConfirmedBy: uuid('home_confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    homeConfirmedByName: text('home_confirmed_by_name'),
    homeConfirmedAt: timestamp('home_confirmed_at', { withTimezone: true }),
    partnerConfirmedBy: uuid('partner_confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    partnerConfirmedByName: text('partner_confirmed_by_name'),
    partnerConfirmedAt: timestamp('partner_confirmed_at', { withTimezone: true }),
    partnerLedPrioritisation: boolean('partner_led_prioritisation').notNull().default(false),
    /** The deadline from the cycle when it was submitted, and whether it came after it. */
    deadline: date('deadline', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    /** Granted per year in øre, from the decision to approve. */
    granted: jsonb('granted').$type<{ year: number; amount: number }[]>(),
    grantedTotal: integer('granted_total'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('applications_partnership_year_uq').on(t.partnershipId, t.year), index('applications_year_status_idx').on(t.year, t.status)],
);

/** The programme office's appraisal of an application (one per application). */
export const applicationAppraisals = pgTable('application_appraisals', {
  applicationId: uuid('application_id')
    .primaryKey()
    .references(() => applications.id, { onDelete: 'cascade' }),
  items: jsonb('items').$type<AppraisalItem[]>().notNull(),
  recommendation: text('recommendation'),
  internalNote: text('internal_note').notNull().default(''),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** Each status change of an application, with the message given to the applicants. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    message: text('message'),
    at: createdAt(),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.id)],
);
