import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

type Localized = Record<string, string>;


/** The programme's configuration (one row per programme; MIC 2013 is loaded on first start). */
export const programmes = pgTable('programmes', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<Localized>().notNull(),
  goal: jsonb('goal').$type<Localized>().notNull(),
  maxPurposes: integer('max_purposes').notNull().default(2),
  projectYears: integer('project_years').notNull().default(3),
  workingLanguages: jsonb('working_languages').$type<string[]>().notNull(),
  /** Optimistic concurrency: moves on with every saved change of the configuration. */
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

export const purposes = pgTable(
  'purposes',
  {
    programmeId: uuid('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

export const regions = pgTable(
  'regions',
  {
    programmeId: uuid('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    countries: jsonb('countries').$type<string[]>().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

export const fundingSources = pgTable(
  'funding_sources',
  {
    programmeId: uuid('programme_id').notNull().references(() => programmes.id),
    code: text('code').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    iatiOrgId: text('iati_org_id'),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.code] })],
);

export const municipalities = pgTable(
  'municipalities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    orgNumber: text('org_number'),
    /** Optimistic concurrency: moves on with every saved edit. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('municipalities_country_idx').on(t.country),
    uniqueIndex('municipalities_name_country_uq').on(sql`lower(${t.name})`, t.country),
    check('municipalities_country_iso', sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id),
    title: text('title').notNull(),
    homeMunicipalityId: uuid('home_municipality_id').notNull().references(() => municipalities.id),
    partnerMunicipalityId: uuid('partner_municipality_id').notNull().references(() => municipalities.id),
    fundingSource: text('funding_source').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    workingLanguage: text('working_language').notNull(),
    purposes: text('purposes').array().notNull(),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partnerships_status_idx').on(t.status),
    index('partnerships_years_idx').on(t.startYear, t.endYear),
    index('partnerships_home_idx').on(t.homeMunicipalityId),
    index('partnerships_partner_idx').on(t.partnerMunicipalityId),
    index('partnerships_purposes_idx').using('gin', t.purposes),
    check('partnerships_period', sql`${t.endYear} >= ${t.startYear}`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    globalRole: text('global_role'),
    language: text('language').notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Optimistic concurrency of the administrators' edits (name, role, disabled). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.partnershipId] }), index('memberships_partnership_idx').on(t.partnershipId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** HMAC of the cookie token: a stolen database does not yield usable cookies. */
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    globalRole: text('global_role'),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'cascade' }),
    partnershipRole: text('partnership_role'),
    language: text('language').notNull().default('en'),
    invitedBy: uuid('invited_by').references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [index('invitations_email_idx').on(sql`lower(${t.email})`)],
);

/** Append-only, hash-chained record of every change to programme data. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    partnershipId: uuid('partnership_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_partnership_idx').on(t.partnershipId, t.id), index('audit_entity_idx').on(t.entityType, t.entityId)],
);

/** Remarks on anything in a partnership (a result, an indicator value, a risk…), for both sides and KS. */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id').notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('comments_entity_idx').on(t.partnershipId, t.entityType, t.entityId, t.createdAt)],
);

export * from './schema.risks';
export * from './schema.results';
export * from './schema.cycle';
export * from './schema.applications';
export * from './schema.agreements';
export * from './schema.finance';
export * from './schema.reports';
export * from './schema.public';
