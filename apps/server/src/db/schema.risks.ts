import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RiskMeasureDto, RiskScaleLabelDto } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { results } from './schema.results';
import { createdAt, updatedAt } from './columns';

const score = (name: string) => integer(name).notNull();

/** The programme's risk configuration: scale labels, band thresholds, review interval (one row per programme). */
export const riskSettings = pgTable(
  'risk_settings',
  {
    programmeId: uuid('programme_id')
      .primaryKey()
      .references(() => programmes.id),
    probabilityLabels: jsonb('probability_labels').$type<RiskScaleLabelDto[]>().notNull(),
    consequenceLabels: jsonb('consequence_labels').$type<RiskScaleLabelDto[]>().notNull(),
    mediumFrom: integer('medium_from').notNull().default(5),
    highFrom: integer('high_from').notNull().default(10),
    reviewIntervalMonths: integer('review_interval_months').notNull().default(12),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('risk_settings_bands', sql`${t.mediumFrom} >= 2 and ${t.mediumFrom} < ${t.highFrom} and ${t.highFrom} <= 25`),
    check('risk_settings_interval', sql`${t.reviewIntervalMonths} between 1 and 60`),
  ],
);

/**
 * A partnership's risks. `currentProbability`/`currentConsequence` and `lastReviewedOn` follow the
 * newest review (else the initial analysis); they are written in the same transaction as the review,
 * so the register can be ordered and filtered by current rating in SQL.
 * `resultId` names the result in the results framework the risk threatens (the link is dropped when
 * the result is deleted).
 */
export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    resultId: uuid('result_id').references(() => results.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    category: text('category').notNull(),
    origin: text('origin').notNull(),
    owner: text('owner').notNull(),
    status: text('status').notNull().default('open'),
    identifiedOn: date('identified_on', { mode: 'string' }).notNull(),
    probability: score('probability'),
    consequence: score('consequence'),
    currentProbability: score('current_probability'),
    currentConsequence: score('current_consequence'),
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }),
    responseType: text('response_type'),
    measures: jsonb('measures').$type<RiskMeasureDto[]>().notNull().default([]),
    toleranceJustification: text('tolerance_justification'),
    toleranceAcceptedBy: text('tolerance_accepted_by'),
    toleranceAcceptedOn: date('tolerance_accepted_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risks_partnership_idx').on(t.partnershipId, t.status),
    index('risks_current_rating_idx').on(t.status, sql`(${t.currentProbability} * ${t.currentConsequence}) desc`),
    index('risks_result_idx').on(t.resultId),
    check('risks_scores', sql`${t.probability} between 1 and 5 and ${t.consequence} between 1 and 5`),
    check('risks_current_scores', sql`${t.currentProbability} between 1 and 5 and ${t.currentConsequence} between 1 and 5`),
    check('risks_status', sql`${t.status} in ('open', 'closed')`),
  ],
);

/** The monitoring history of a risk: each review's date, new scores, assumption and corrective action. */
export const riskReviews = pgTable(
  'risk_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    riskId: uuid('risk_id')
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    probability: score('probability'),
    consequence: score('consequence'),
    assumptionStatus: text('assumption_status').notNull(),
    correctiveAction: text('corrective_action').notNull().default(''),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    reviewerName: text('reviewer_name'),
    createdAt: createdAt(),
  },
  (t) => [
    index('risk_reviews_risk_idx').on(t.riskId, t.reviewedOn),
    check('risk_reviews_scores', sql`${t.probability} between 1 and 5 and ${t.consequence} between 1 and 5`),
  ],
);

/** Whether a partnership's register is saved as complete (a row appears on first use). */
export const riskRegisters = pgTable(
  'risk_registers',
  {
    partnershipId: uuid('partnership_id')
      .primaryKey()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    state: text('state').notNull().default('draft'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedById: uuid('completed_by_id').references(() => users.id, { onDelete: 'set null' }),
    completedByName: text('completed_by_name'),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [check('risk_registers_state', sql`${t.state} in ('draft', 'complete')`)],
);
