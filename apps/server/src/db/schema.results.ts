import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { ScaleLevel } from '@mic/domain';
import { partnerships, programmes, users } from './schema';
import { createdAt, updatedAt } from './columns';

type Localized = Record<string, string>;

const at = (name: string) => timestamp(name, { withTimezone: true });
/** Indicator values are numbers, never text. */
const num = (name: string) => doublePrecision(name);
const partnershipRef = () =>
  uuid('partnership_id')
    .notNull()
    .references(() => partnerships.id, { onDelete: 'cascade' });

/** Raw bytes: a Buffer in and out (PGlite hands back a Uint8Array, pg a Buffer). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
  toDriver: (value) => value,
});

/** The programme's results settings (one row per programme; absent means the defaults). */
export const resultsSettings = pgTable(
  'results_settings',
  {
    programmeId: uuid('programme_id')
      .primaryKey()
      .references(() => programmes.id),
    maxIndicatorsPerOutcome: integer('max_indicators_per_outcome').notNull().default(3),
    maxIndicatorsPerPartnership: integer('max_indicators_per_partnership').notNull().default(12),
    onTrackPercent: num('on_track_percent').notNull().default(90),
    atRiskPercent: num('at_risk_percent').notNull().default(60),
    /** Optimistic concurrency: moves on with every saved change. */
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [check('results_settings_thresholds', sql`${t.atRiskPercent} >= 0 and ${t.atRiskPercent} <= ${t.onTrackPercent} and ${t.onTrackPercent} <= 100`)],
);

/** Uploaded documents of a partnership (a baseline study …): bytes kept in the database on both back ends. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: partnershipRef(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedByName: text('uploaded_by_name'),
    createdAt: createdAt(),
    category: text('category').notNull().default('other'),
    language: text('language'),
    documentDate: date('document_date', { mode: 'string' }),
    /** 'home' or 'partner' for documents kept per municipality (a Code of Ethics each). */
    side: text('side'),
    /** The first version's id, shared by every version of the document. */
    seriesId: uuid('series_id').notNull(),
    version: integer('version').notNull().default(1),
    /** Moves on with every change of the metadata (category, side, language, date): optimistic concurrency. */
    metadataVersion: integer('metadata_version').notNull().default(1),
    /** When a newer version replaced this one (null: the current version). */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    index('documents_partnership_idx').on(t.partnershipId, t.createdAt),
    index('documents_category_idx').on(t.partnershipId, t.category),
    uniqueIndex('documents_series_version_uq').on(t.seriesId, t.version),
    check('documents_size', sql`${t.size} = octet_length(${t.content})`),
    check('documents_side', sql`${t.side} is null or ${t.side} in ('home', 'partner')`),
  ],
);

/** The results chain of a partnership: impact → outcome → output → activity, ordered among siblings. */
export const results = pgTable(
  'results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: partnershipRef(),
    parentId: uuid('parent_id').references((): AnyPgColumn => results.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    position: integer('position').notNull(),
    statement: jsonb('statement').$type<Localized>().notNull(),
    owner: text('owner').notNull(),
    purpose: text('purpose'),
    justification: text('justification'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('results_partnership_idx').on(t.partnershipId, t.parentId, t.position),
    uniqueIndex('results_one_impact_uq').on(t.partnershipId).where(sql`${t.level} = 'impact'`),
    check('results_level', sql`${t.level} in ('impact', 'outcome', 'output', 'activity')`),
    check('results_owner', sql`${t.owner} in ('partner', 'home', 'both')`),
    check('results_impact_top', sql`(${t.level} = 'impact') = (${t.parentId} is null)`),
    check('results_dates', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Indicators of a result, with the baseline (one per indicator) and the end-of-project target. */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: partnershipRef(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    definition: text('definition'),
    kind: text('kind').notNull(),
    measure: text('measure'),
    unit: text('unit'),
    direction: text('direction').notNull().default('ascending'),
    aggregation: text('aggregation').notNull().default('per_year'),
    scale: jsonb('scale').$type<ScaleLevel[]>(),
    dataSource: text('data_source'),
    /** The baseline exists when its date does. */
    baselineValue: num('baseline_value'),
    baselineDescription: text('baseline_description'),
    baselineDate: date('baseline_date', { mode: 'string' }),
    baselineSource: text('baseline_source'),
    baselineDocumentId: uuid('baseline_document_id').references(() => documents.id, { onDelete: 'set null' }),
    endTarget: num('end_target'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('indicators_partnership_idx').on(t.partnershipId, t.resultId, t.position),
    index('indicators_result_idx').on(t.resultId),
    check('indicators_kind', sql`${t.kind} in ('quantitative', 'qualitative')`),
    check('indicators_measure', sql`${t.measure} is null or ${t.measure} in ('number', 'percentage')`),
    check('indicators_direction', sql`${t.direction} in ('ascending', 'descending')`),
    check('indicators_aggregation', sql`${t.aggregation} in ('cumulative', 'per_year')`),
  ],
);

/** Period targets, one per indicator and project year. */
export const indicatorTargets = pgTable(
  'indicator_targets',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    partnershipId: partnershipRef(),
    year: integer('year').notNull(),
    value: num('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.year] }), index('indicator_targets_partnership_idx').on(t.partnershipId)],
);

/** Actual values, one per indicator and year, with their workflow and who did what when. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    partnershipId: partnershipRef(),
    year: integer('year').notNull(),
    value: num('value').notNull(),
    comment: text('comment'),
    status: text('status').notNull().default('draft'),
    returnComment: text('return_comment'),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
    enteredByName: text('entered_by_name'),
    enteredAt: at('entered_at').notNull().defaultNow(),
    submittedAt: at('submitted_at'),
    approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedByName: text('approved_by_name'),
    approvedAt: at('approved_at'),
    returnedBy: uuid('returned_by').references(() => users.id, { onDelete: 'set null' }),
    returnedByName: text('returned_by_name'),
    returnedAt: at('returned_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('indicator_values_year_uq').on(t.indicatorId, t.year),
    index('indicator_values_partnership_idx').on(t.partnershipId),
    check('indicator_values_status', sql`${t.status} in ('draft', 'submitted', 'approved', 'returned')`),
  ],
);
