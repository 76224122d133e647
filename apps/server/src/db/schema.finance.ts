import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { BudgetCategory, WorkPlanContent } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { applications } from './schema.applications';
import { annualMeetings } from './schema.agreements';
import { createdAt, updatedAt } from './columns';

/** Money: integer øre in a bigint, read as a JS number (safe far beyond any programme's budget). */
const money = (name: string) => bigint(name, { mode: 'number' });

/** The programme's budget rules (one row per programme): configuration the programme office edits. */
export const budgetRules = pgTable('budget_rules', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id),
  yearlyCeiling: money('yearly_ceiling').notNull(),
  maxAdministrationPercent: integer('max_administration_percent').notNull(),
  ineligibleCategories: text('ineligible_categories').array().$type<BudgetCategory[]>().notNull(),
  varianceThresholdPercent: integer('variance_threshold_percent').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

/** A partnership's work plan and budget for one year; content kept whole, totals beside it for SQL sums. */
export const workPlans = pgTable(
  'work_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<WorkPlanContent>().notNull(),
    total: money('total').notNull().default(0),
    homeTotal: money('home_total').notNull().default(0),
    partnerTotal: money('partner_total').notNull().default(0),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedByName: text('approved_by_name'),
    approvedMeetingId: uuid('approved_meeting_id').references(() => annualMeetings.id, { onDelete: 'set null' }),
    approvalNote: text('approval_note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('work_plans_partnership_year_uq').on(t.partnershipId, t.year), index('work_plans_year_idx').on(t.year)],
);

/** A change to an approved budget: the reason, who, and the content before and after. */
export const workPlanRevisions = pgTable(
  'work_plan_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workPlanId: uuid('work_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    reason: text('reason').notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    before: jsonb('before').$type<WorkPlanContent>().notNull(),
    after: jsonb('after').$type<WorkPlanContent>().notNull(),
    totalBefore: money('total_before').notNull(),
    totalAfter: money('total_after').notNull(),
    at: createdAt(),
  },
  (t) => [uniqueIndex('work_plan_revisions_number_uq').on(t.workPlanId, t.number)],
);

/** What a donor allocated to the programme for one funding source and year. */
export const programmeFunds = pgTable(
  'programme_funds',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    fundingSource: text('funding_source').notNull(),
    year: integer('year').notNull(),
    amount: money('amount').notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.fundingSource, t.year] }), check('programme_funds_amount_ck', sql`${t.amount} >= 0`)],
);

/**
 * A partnership's grant for one year, from the decision on an application: firm for the application's
 * own year, indicative for the later years an initial application covers (until their own decision).
 */
export const grants = pgTable(
  'grants',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    fundingSource: text('funding_source').notNull(),
    amount: money('amount').notNull(),
    firm: boolean('firm').notNull(),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.year] }), index('grants_source_year_idx').on(t.fundingSource, t.year), check('grants_amount_ck', sql`${t.amount} >= 0`)],
);

/** One instalment of a firm grant: planned → approved → paid, or withheld with a reason. */
export const instalments = pgTable(
  'instalments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    fundingSource: text('funding_source').notNull(),
    stepCode: text('step_code').notNull(),
    seq: integer('seq').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    amount: money('amount').notNull(),
    status: text('status').notNull().default('planned'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedByName: text('approved_by_name'),
    overrideReason: text('override_reason'),
    paidOn: date('paid_on', { mode: 'string' }),
    paymentReference: text('payment_reference'),
    paidByName: text('paid_by_name'),
    withheldAt: timestamp('withheld_at', { withTimezone: true }),
    withheldByName: text('withheld_by_name'),
    withheldReason: text('withheld_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('instalments_partnership_year_step_uq').on(t.partnershipId, t.year, t.stepCode),
    index('instalments_due_idx').on(t.dueDate),
    index('instalments_source_year_idx').on(t.fundingSource, t.year),
    check('instalments_amount_ck', sql`${t.amount} >= 0`),
    check('instalments_paid_ck', sql`${t.status} <> 'paid' OR (${t.paidOn} IS NOT NULL AND ${t.paymentReference} IS NOT NULL)`),
  ],
);
