import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { indicators, indicatorValues, partnerships, results } from '../../db/schema';

export type ResultRow = typeof results.$inferSelect;
export type ResultValues = Pick<ResultRow, 'statement' | 'owner' | 'purpose' | 'justification' | 'startDate' | 'endDate'>;

/** What a results change needs to know of its partnership. */
export interface PartnershipFacts {
  id: string;
  status: string;
  workingLanguage: string;
  purposes: string[];
  startYear: number;
  endYear: number;
}

const factColumns = {
  id: partnerships.id,
  status: partnerships.status,
  workingLanguage: partnerships.workingLanguage,
  purposes: partnerships.purposes,
  startYear: partnerships.startYear,
  endYear: partnerships.endYear,
};

export async function partnershipFacts(db: Executor, partnershipId: string): Promise<PartnershipFacts | null> {
  const [row] = await db.select(factColumns).from(partnerships).where(eq(partnerships.id, partnershipId));
  return row ?? null;
}

/**
 * Locks the partnership row until the end of the transaction ("for no key update": other writers of
 * its results framework wait; inserts elsewhere that only reference it do not). Serialises positions,
 * versions and the delete confirmation counts of one framework.
 */
export async function lockPartnershipFacts(tx: Executor, partnershipId: string): Promise<PartnershipFacts | null> {
  const [row] = await tx.select(factColumns).from(partnerships).where(eq(partnerships.id, partnershipId)).for('no key update');
  return row ?? null;
}

/** Every result of a partnership, in one query. */
export async function listResults(db: Executor, partnershipId: string): Promise<ResultRow[]> {
  return db.select().from(results).where(eq(results.partnershipId, partnershipId)).orderBy(asc(results.position), asc(results.id));
}

export async function findResult(db: Executor, partnershipId: string, id: string): Promise<ResultRow | null> {
  const [row] = await db
    .select()
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), eq(results.id, id)));
  return row ?? null;
}

export async function findImpact(db: Executor, partnershipId: string): Promise<ResultRow | null> {
  const [row] = await db
    .select()
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), eq(results.level, 'impact')));
  return row ?? null;
}

/** The ids of the results under `parentId` (null: the top), by position. */
export async function siblingIds(db: Executor, partnershipId: string, parentId: string | null): Promise<string[]> {
  const rows = await db
    .select({ id: results.id })
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), parentId === null ? isNull(results.parentId) : eq(results.parentId, parentId)))
    .orderBy(asc(results.position), asc(results.id));
  return rows.map((r) => r.id);
}

export async function insertResult(
  tx: Executor,
  values: ResultValues & { id: string; partnershipId: string; parentId: string | null; level: string; position: number },
): Promise<ResultRow> {
  const [row] = await tx.insert(results).values(values).returning();
  return row!;
}

export async function updateResult(tx: Executor, id: string, values: Partial<ResultValues> & { parentId?: string | null; position?: number; version: number }) {
  const [row] = await tx
    .update(results)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(results.id, id))
    .returning();
  return row!;
}

/** Deletes a result; its sub-results, indicators, targets and values go with it (foreign keys cascade). */
export async function deleteResult(tx: Executor, id: string) {
  await tx.delete(results).where(eq(results.id, id));
}

/** Gives the results positions 0…n−1 in the order given: one statement, whatever the number. */
export async function renumber(tx: Executor, table: typeof results | typeof indicators, orderedIds: string[]) {
  if (orderedIds.length === 0) return;
  const ids = sql.join(
    orderedIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await tx.execute(sql`update ${table} set position = x.ord - 1
    from unnest(array[${ids}]) with ordinality as x(id, ord)
    where ${table}.id = x.id and ${table}.position <> x.ord - 1`);
}

/** How many indicators and values hang on the given results: one query. */
export async function dataUnder(db: Executor, resultIds: string[]): Promise<{ indicators: number; values: number }> {
  if (resultIds.length === 0) return { indicators: 0, values: 0 };
  const [ind] = await db.select({ n: count() }).from(indicators).where(inArray(indicators.resultId, resultIds));
  const [val] = await db
    .select({ n: count() })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(inArray(indicators.resultId, resultIds));
  return { indicators: Number(ind?.n ?? 0), values: Number(val?.n ?? 0) };
}
