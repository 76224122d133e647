import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AuditFinding, ProgrammeReportNarrative, ReportContent, ReportSection } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { documents } from './schema.results';
import { createdAt, updatedAt } from './columns';


/** A partnership's annual report for one year: narrative and financial content, kept whole. */
export const annualReports = pgTable(
  'annual_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    content: jsonb('content').$type<ReportContent>().notNull(),
    submissionCount: integer('submission_count').notNull().default(0),
    /** The deadline the cycle gave when first submitted, and whether that submission came after it. */
    deadline: date('deadline', { mode: 'string' }),
    late: boolean('late').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    /** Besides the final year, the programme office may require an audit for any year. */
    auditRequired: boolean('audit_required').notNull().default(false),
    homeConfirmedAt: timestamp('home_confirmed_at', { withTimezone: true }),
    homeConfirmedByName: text('home_confirmed_by_name'),
    partnerConfirmedAt: timestamp('partner_confirmed_at', { withTimezone: true }),
    partnerConfirmedByName: text('partner_confirmed_by_name'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('annual_reports_partnership_year_uq').on(t.partnershipId, t.year), index('annual_reports_year_status_idx').on(t.year, t.status)],
);

/** Each submission's content, kept whole so a changed section can be compared with the previous one. */
export const reportVersions = pgTable(
  'report_versions',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => annualReports.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    content: jsonb('content').$type<ReportContent>().notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    submittedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.number] })],
);

/** Each status change of a report, with the message and (on a return) the comments per section. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => annualReports.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    byId: uuid('by_id').references(() => users.id, { onDelete: 'set null' }),
    byName: text('by_name'),
    message: text('message'),
    comments: jsonb('comments').$type<{ section: ReportSection; comment: string }[]>().notNull().default([]),
    at: createdAt(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.id)],
);

/** The audit of a partnership's accounts for one year (ISA 805), recorded by its auditor. */
export const audits = pgTable(
  'audits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    firm: text('firm').notNull().default(''),
    auditorName: text('auditor_name').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    standard: text('standard').notNull().default('ISA 805'),
    opinion: text('opinion'),
    reasonableAssurance: boolean('reasonable_assurance').notNull().default(false),
    termsKept: boolean('terms_kept').notNull().default(false),
    reportDocumentId: uuid('report_document_id').references(() => documents.id, { onDelete: 'set null' }),
    managementLetterDocumentId: uuid('management_letter_document_id').references(() => documents.id, { onDelete: 'set null' }),
    findings: jsonb('findings').$type<AuditFinding[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedByName: text('updated_by_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('audits_partnership_year_uq').on(t.partnershipId, t.year)],
);

/** The programme office's narrative of the consolidated report for one funding source and year. */
export const programmeReports = pgTable(
  'programme_reports',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    fundingSource: text('funding_source').notNull(),
    year: integer('year').notNull(),
    narrative: jsonb('narrative').$type<ProgrammeReportNarrative>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedByName: text('updated_by_name'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.fundingSource, t.year] })],
);
