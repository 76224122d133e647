import { and, asc, count, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { HOME_COUNTRY } from '@mic/domain';
import type { Executor } from '../../db/client';
import { likeContains } from '../../db/like';
import { municipalities, partnerships } from '../../db/schema';

export type MunicipalityRow = typeof municipalities.$inferSelect;

export interface MunicipalityFilter {
  search?: string;
  country?: string;
  kind?: 'home' | 'partner';
}

function whereOf(filter: MunicipalityFilter): SQL | undefined {
  return and(
    filter.search ? ilike(municipalities.name, likeContains(filter.search)) : undefined,
    filter.country ? eq(municipalities.country, filter.country) : undefined,
    filter.kind === 'home' ? eq(municipalities.country, HOME_COUNTRY) : undefined,
    filter.kind === 'partner' ? ne(municipalities.country, HOME_COUNTRY) : undefined,
  );
}

/** One page of the register, by name, and the number of matches: two queries. */
export async function listMunicipalities(db: Executor, filter: MunicipalityFilter, limit: number, offset: number) {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(municipalities)
      .where(where)
      .orderBy(asc(sql`lower(${municipalities.name})`), asc(municipalities.country), asc(municipalities.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(municipalities).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findMunicipality(db: Executor, id: string, lock?: 'update' | 'share'): Promise<MunicipalityRow | null> {
  const query = db.select().from(municipalities).where(eq(municipalities.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row ?? null;
}

/** The municipalities with these ids (those that exist), share-locked when asked. */
export async function findMunicipalities(db: Executor, ids: string[], lock?: 'share') {
  if (ids.length === 0) return [];
  const query = db.select().from(municipalities).where(inArray(municipalities.id, ids));
  return lock ? query.for(lock) : query;
}

/** Another municipality with the same name (case-insensitive) in the same country. */
export async function findSameName(db: Executor, name: string, country: string, exceptId?: string): Promise<MunicipalityRow | null> {
  const [row] = await db
    .select()
    .from(municipalities)
    .where(
      and(
        sql`lower(${municipalities.name}) = lower(${name})`,
        eq(municipalities.country, country),
        exceptId ? ne(municipalities.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertMunicipality(db: Executor, values: { name: string; country: string; orgNumber: string | null }) {
  const [row] = await db.insert(municipalities).values(values).returning();
  return row!;
}

export async function updateMunicipality(db: Executor, id: string, values: { name: string; country: string; orgNumber: string | null; version: number }) {
  const [row] = await db.update(municipalities).set(values).where(eq(municipalities.id, id)).returning();
  return row!;
}

/** True when a partnership has this municipality on either side. */
export async function isInPartnership(db: Executor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(or(eq(partnerships.homeMunicipalityId, id), eq(partnerships.partnerMunicipalityId, id)))
    .limit(1);
  return !!row;
}
