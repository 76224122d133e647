import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { IatiSettings, PublicField } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { updatedAt } from './columns';


/** What the programme office holds back from a partnership's public page (none by default). */
export const publicationSettings = pgTable('publication_settings', {
  partnershipId: uuid('partnership_id')
    .primaryKey()
    .references(() => partnerships.id, { onDelete: 'cascade' }),
  hidden: jsonb('hidden').$type<PublicField[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** A document series the programme office has published (documents are not public until then). */
export const publishedDocuments = pgTable('published_documents', {
  seriesId: uuid('series_id').primaryKey(),
  partnershipId: uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id, { onDelete: 'cascade' }),
  publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The programme's IATI settings: reporting organisation and the DAC sectors of each purpose. */
export const iatiSettings = pgTable('iati_settings', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id),
  settings: jsonb('settings').$type<IatiSettings>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedByName: text('updated_by_name'),
  updatedAt: updatedAt(),
});
