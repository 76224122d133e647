import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partnerships, programmes, users } from './schema';
import { documents } from './schema.results';
import { createdAt, updatedAt } from './columns';


/** One section of the agreement template: a heading and a body with {{placeholders}}. */
export interface AgreementTemplateSection {
  heading: string;
  body: string;
}

/** The partnership agreement template, per language: programme configuration, edited by the programme office. */
export const agreementTemplates = pgTable(
  'agreement_templates',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    language: text('language').notNull(),
    title: text('title').notNull(),
    sections: jsonb('sections').$type<AgreementTemplateSection[]>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.language] })],
);

/** A partnership's agreement: signatures of both municipalities and KS, and the signed copy. */
export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .unique()
    .references(() => partnerships.id, { onDelete: 'cascade' }),
  /** The approved application it rests on. */
  applicationId: uuid('application_id'),
  homeSignatory: text('home_signatory'),
  homeSignedOn: date('home_signed_on', { mode: 'string' }),
  partnerSignatory: text('partner_signatory'),
  partnerSignedOn: date('partner_signed_on', { mode: 'string' }),
  ksSignatory: text('ks_signatory'),
  ksSignedOn: date('ks_signed_on', { mode: 'string' }),
  signedDocumentId: uuid('signed_document_id').references(() => documents.id, { onDelete: 'set null' }),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Amendments to an agreement: what changed, why, when, approved by whom. */
export const agreementAmendments = pgTable(
  'agreement_amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    what: text('what').notNull(),
    why: text('why').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    approvedBy: text('approved_by').notNull(),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('agreement_amendments_agreement_idx').on(t.agreementId, t.createdAt)],
);

export interface MeetingParticipant {
  name: string;
  /** Home municipality, partner municipality, KS or another organisation, and the role there. */
  organisation: string;
}

export interface MeetingDecision {
  kind: 'approve_work_plan' | 'approve_budget' | 'agree_amendment' | 'other';
  text: string;
}

/** The partnership's annual meetings: who met, what progress was reviewed, what was decided, the minutes. */
export const annualMeetings = pgTable(
  'annual_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    participants: jsonb('participants').$type<MeetingParticipant[]>().notNull(),
    progressReviewed: text('progress_reviewed').notNull(),
    decisions: jsonb('decisions').$type<MeetingDecision[]>().notNull(),
    minutesDocumentId: uuid('minutes_document_id').references(() => documents.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('annual_meetings_partnership_idx').on(t.partnershipId, t.meetingDate)],
);
