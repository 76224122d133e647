import { and, arrayContains, asc, count, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { PARTNERSHIP_STATUSES } from '@mic/domain';
import type { Executor } from '../../db/client';
import { likeContains } from '../../db/like';
import { memberships, municipalities, partnerships, users } from '../../db/schema';

export type PartnershipRow = typeof partnerships.$inferSelect;
export type PartnershipValues = Pick<
  PartnershipRow,
  'title' | 'homeMunicipalityId' | 'partnerMunicipalityId' | 'fundingSource' | 'startYear' | 'endYear' | 'workingLanguage' | 'purposes'
>;

const home = alias(municipalities, 'home_m');
const partner = alias(municipalities, 'partner_m');

/** A partnership with both municipalities and the caller's own role: what a list row shows. */
const summaryColumns = {
  id: partnerships.id,
  title: partnerships.title,
  homeId: home.id,
  homeName: home.name,
  homeCountry: home.country,
  partnerId: partner.id,
  partnerName: partner.name,
  partnerCountry: partner.country,
  fundingSource: partnerships.fundingSource,
  startYear: partnerships.startYear,
  endYear: partnerships.endYear,
  workingLanguage: partnerships.workingLanguage,
  purposes: partnerships.purposes,
  status: partnerships.status,
  version: partnerships.version,
  createdAt: partnerships.createdAt,
  updatedAt: partnerships.updatedAt,
  myRole: memberships.role,
};

export interface PartnershipSummaryRow {
  id: string;
  title: string;
  homeId: string;
  homeName: string;
  homeCountry: string;
  partnerId: string;
  partnerName: string;
  partnerCountry: string;
  fundingSource: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
  status: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  myRole: string | null;
}

export interface PartnershipFilter {
  /** Whose role to show, and whose memberships limit the list when `membersOnly`. */
  userId: string;
  membersOnly: boolean;
  search?: string;
  /** Either municipality's country. */
  country?: string;
  /** The partner municipality's country is one of these (a region); an empty list matches nothing. */
  partnerCountries?: string[];
  purpose?: string;
  fundingSource?: string;
  status?: string;
  /** Active in this year: start ≤ year ≤ end. */
  year?: number;
}

export const PARTNERSHIP_SORTS = ['title', '-title', 'startYear', '-startYear', 'status', '-status'] as const;
export type PartnershipSort = (typeof PARTNERSHIP_SORTS)[number];

/** Statuses sort in workflow order, not alphabetically. */
const statusOrder = sql`array_position(${sql.raw(`array[${PARTNERSHIP_STATUSES.map((s) => `'${s}'`).join(',')}]::text[]`)}, ${partnerships.status})`;

function orderOf(sort: PartnershipSort): SQL[] {
  const dir = sort.startsWith('-') ? desc : asc;
  const key = sort.replace(/^-/, '');
  const primary = key === 'startYear' ? partnerships.startYear : key === 'status' ? statusOrder : sql`lower(${partnerships.title})`;
  return [dir(primary), asc(sql`lower(${partnerships.title})`), asc(partnerships.id)];
}

function whereOf(f: PartnershipFilter): SQL | undefined {
  const pattern = f.search ? likeContains(f.search) : null;
  return and(
    f.membersOnly ? eq(memberships.userId, f.userId) : undefined,
    pattern ? or(ilike(partnerships.title, pattern), ilike(home.name, pattern), ilike(partner.name, pattern)) : undefined,
    f.country ? or(eq(home.country, f.country), eq(partner.country, f.country)) : undefined,
    f.partnerCountries ? inArray(partner.country, f.partnerCountries) : undefined,
    f.purpose ? arrayContains(partnerships.purposes, [f.purpose]) : undefined,
    f.fundingSource ? eq(partnerships.fundingSource, f.fundingSource) : undefined,
    f.status ? eq(partnerships.status, f.status) : undefined,
    f.year !== undefined ? and(lte(partnerships.startYear, f.year), gte(partnerships.endYear, f.year)) : undefined,
  );
}

const homeJoin = eq(home.id, partnerships.homeMunicipalityId);
const partnerJoin = eq(partner.id, partnerships.partnerMunicipalityId);
/** The caller's own membership row, if any: gives `myRole` and limits the list for members. */
const ownMembership = (userId: string) => and(eq(memberships.partnershipId, partnerships.id), eq(memberships.userId, userId));

function summaries(db: Executor, userId: string) {
  return db
    .select(summaryColumns)
    .from(partnerships)
    .innerJoin(home, homeJoin)
    .innerJoin(partner, partnerJoin)
    .leftJoin(memberships, ownMembership(userId));
}

/** One page and the number of matches: two queries, whatever the page size. */
export async function listPartnerships(db: Executor, filter: PartnershipFilter, sort: PartnershipSort, limit: number, offset: number) {
  const where = whereOf(filter);
  const [rows, [counted]] = await Promise.all([
    summaries(db, filter.userId)
      .where(where)
      .orderBy(...orderOf(sort))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(partnerships)
      .innerJoin(home, homeJoin)
      .innerJoin(partner, partnerJoin)
      .leftJoin(memberships, ownMembership(filter.userId))
      .where(where),
  ]);
  return { rows: rows as PartnershipSummaryRow[], total: Number(counted?.n ?? 0) };
}

/** One partnership as a list row shows it, with the caller's role; null when there is none. */
export async function findPartnershipSummary(db: Executor, id: string, userId: string): Promise<PartnershipSummaryRow | null> {
  const [row] = await summaries(db, userId).where(eq(partnerships.id, id)).limit(1);
  return row ?? null;
}

export async function membersOf(db: Executor, partnershipId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.partnershipId, partnershipId))
    .orderBy(asc(memberships.role), asc(users.name), asc(users.id));
}

export async function partnershipExists(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, id)).limit(1);
  return !!row;
}

/** Reads the row and locks it until the end of the transaction (select … for update). */
export async function lockPartnership(tx: Executor, id: string): Promise<PartnershipRow | null> {
  const [row] = await tx.select().from(partnerships).where(eq(partnerships.id, id)).for('update');
  return row ?? null;
}

export async function insertPartnership(tx: Executor, values: PartnershipValues & { programmeId: string }): Promise<PartnershipRow> {
  const [row] = await tx.insert(partnerships).values(values).returning();
  return row!;
}

export async function updatePartnership(
  tx: Executor,
  id: string,
  values: Partial<PartnershipValues> & { status?: string; version: number },
): Promise<PartnershipRow> {
  const [row] = await tx
    .update(partnerships)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(partnerships.id, id))
    .returning();
  return row!;
}
