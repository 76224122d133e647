import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { documents, indicators, indicatorTargets, indicatorValues } from '../../db/schema';

export type IndicatorRow = typeof indicators.$inferSelect;
export type TargetRow = typeof indicatorTargets.$inferSelect;
export type ValueRow = typeof indicatorValues.$inferSelect;
export type IndicatorValues = Pick<IndicatorRow, 'name' | 'definition' | 'kind' | 'measure' | 'unit' | 'direction' | 'aggregation' | 'scale' | 'dataSource'>;
export type BaselineValues = Pick<IndicatorRow, 'baselineValue' | 'baselineDescription' | 'baselineDate' | 'baselineSource' | 'baselineDocumentId'>;

/** An indicator with what its baseline document is (never its bytes). */
export type IndicatorWithDocument = IndicatorRow & {
  document: { id: string; fileName: string; mediaType: string; size: number } | null;
};

const documentRef = { id: documents.id, fileName: documents.fileName, mediaType: documents.mediaType, size: documents.size };

function withDocument(rows: { indicator: IndicatorRow; document: IndicatorWithDocument['document'] }[]): IndicatorWithDocument[] {
  return rows.map((r) => ({ ...r.indicator, document: r.document?.id ? r.document : null }));
}

/** Every indicator of a partnership with its baseline document's name and type: one query. */
export async function listIndicators(db: Executor, partnershipId: string): Promise<IndicatorWithDocument[]> {
  const rows = await db
    .select({ indicator: indicators, document: documentRef })
    .from(indicators)
    .leftJoin(documents, eq(documents.id, indicators.baselineDocumentId))
    .where(eq(indicators.partnershipId, partnershipId))
    .orderBy(asc(indicators.position), asc(indicators.id));
  return withDocument(rows);
}

export async function findIndicatorWithDocument(db: Executor, partnershipId: string, id: string): Promise<IndicatorWithDocument | null> {
  const rows = await db
    .select({ indicator: indicators, document: documentRef })
    .from(indicators)
    .leftJoin(documents, eq(documents.id, indicators.baselineDocumentId))
    .where(and(eq(indicators.partnershipId, partnershipId), eq(indicators.id, id)));
  return withDocument(rows)[0] ?? null;
}

export async function findIndicator(db: Executor, partnershipId: string, id: string): Promise<IndicatorRow | null> {
  const [row] = await db
    .select()
    .from(indicators)
    .where(and(eq(indicators.partnershipId, partnershipId), eq(indicators.id, id)));
  return row ?? null;
}

/** The ids of a result's indicators, by position. */
export async function indicatorIdsOf(db: Executor, resultId: string): Promise<string[]> {
  const rows = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.resultId, resultId)).orderBy(asc(indicators.position), asc(indicators.id));
  return rows.map((r) => r.id);
}

export async function insertIndicator(
  tx: Executor,
  values: IndicatorValues & { id: string; partnershipId: string; resultId: string; position: number },
): Promise<IndicatorRow> {
  const [row] = await tx.insert(indicators).values(values).returning();
  return row!;
}

export async function updateIndicator(
  tx: Executor,
  id: string,
  values: Partial<IndicatorValues & BaselineValues & { resultId: string; position: number; endTarget: number | null }> & { version: number },
): Promise<IndicatorRow> {
  const [row] = await tx
    .update(indicators)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(indicators.id, id))
    .returning();
  return row!;
}

export async function deleteIndicator(tx: Executor, id: string) {
  await tx.delete(indicators).where(eq(indicators.id, id));
}

/** Every period target of a partnership: one query. */
export async function listTargets(db: Executor, partnershipId: string): Promise<TargetRow[]> {
  return db.select().from(indicatorTargets).where(eq(indicatorTargets.partnershipId, partnershipId)).orderBy(asc(indicatorTargets.year));
}

export async function targetsOf(db: Executor, indicatorId: string): Promise<TargetRow[]> {
  return db.select().from(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId)).orderBy(asc(indicatorTargets.year));
}

export async function replaceTargets(tx: Executor, partnershipId: string, indicatorId: string, targets: { year: number; value: number }[]) {
  await tx.delete(indicatorTargets).where(eq(indicatorTargets.indicatorId, indicatorId));
  if (targets.length) await tx.insert(indicatorTargets).values(targets.map((t) => ({ partnershipId, indicatorId, year: t.year, value: t.value })));
}

/** Every actual value of a partnership: one query. */
export async function listValues(db: Executor, partnershipId: string): Promise<ValueRow[]> {
  return db.select().from(indicatorValues).where(eq(indicatorValues.partnershipId, partnershipId)).orderBy(asc(indicatorValues.year));
}

export async function valuesOf(db: Executor, indicatorIds: string[]): Promise<ValueRow[]> {
  if (indicatorIds.length === 0) return [];
  return db.select().from(indicatorValues).where(inArray(indicatorValues.indicatorId, indicatorIds)).orderBy(asc(indicatorValues.year));
}

export async function findValue(db: Executor, indicatorId: string, year: number): Promise<ValueRow | null> {
  const [row] = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.year, year)));
  return row ?? null;
}

export async function insertValue(tx: Executor, values: typeof indicatorValues.$inferInsert): Promise<ValueRow> {
  const [row] = await tx.insert(indicatorValues).values(values).returning();
  return row!;
}

export async function updateValue(tx: Executor, id: string, values: Partial<typeof indicatorValues.$inferInsert> & { version: number }): Promise<ValueRow> {
  const [row] = await tx
    .update(indicatorValues)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(indicatorValues.id, id))
    .returning();
  return row!;
}

export async function deleteValue(tx: Executor, id: string) {
  await tx.delete(indicatorValues).where(eq(indicatorValues.id, id));
}

/** Whether a document of this partnership exists (for a baseline's study). */
export async function documentOfPartnership(db: Executor, partnershipId: string, documentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, documentId)));
  return !!row;
}

/** The indicators of the given results: one query. */
export async function indicatorsOfResults(db: Executor, resultIds: string[]): Promise<IndicatorRow[]> {
  if (resultIds.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.resultId, resultIds)).orderBy(asc(indicators.position));
}

export async function findValueById(db: Executor, partnershipId: string, id: string): Promise<ValueRow | null> {
  const [row] = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.partnershipId, partnershipId), eq(indicatorValues.id, id)));
  return row ?? null;
}
