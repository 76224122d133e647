import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { documents, partnerships, publicationSettings, publishedDocuments } from '../../db/schema';

export type PublicationSettingsRow = typeof publicationSettings.$inferSelect;

/** The partnership's status, locked until the end of the transaction when `lock` (writers serialise on it). */
export async function partnershipStatus(db: Executor, partnershipId: string, lock = false): Promise<string | null> {
  const q = db.select({ status: partnerships.status }).from(partnerships).where(eq(partnerships.id, partnershipId));
  const [row] = lock ? await q.for('update') : await q;
  return row?.status ?? null;
}

export async function findSettings(db: Executor, partnershipId: string): Promise<PublicationSettingsRow | null> {
  const [row] = await db.select().from(publicationSettings).where(eq(publicationSettings.partnershipId, partnershipId));
  return row ?? null;
}

export async function saveSettings(tx: Executor, values: { partnershipId: string; hidden: string[]; version: number; updatedBy: string }) {
  const set = { hidden: values.hidden as PublicationSettingsRow['hidden'], version: values.version, updatedBy: values.updatedBy, updatedAt: new Date() };
  await tx
    .insert(publicationSettings)
    .values({ partnershipId: values.partnershipId, ...set })
    .onConflictDoUpdate({ target: publicationSettings.partnershipId, set });
}

/** The partnership's current documents with whether their series is published (one query). */
export async function currentDocuments(db: Executor, partnershipId: string) {
  return db
    .select({ id: documents.id, seriesId: documents.seriesId, fileName: documents.fileName, category: documents.category, published: publishedDocuments.seriesId })
    .from(documents)
    .leftJoin(publishedDocuments, eq(publishedDocuments.seriesId, documents.seriesId))
    .where(and(eq(documents.partnershipId, partnershipId), isNull(documents.supersededAt)))
    .orderBy(asc(documents.fileName), asc(documents.id));
}

export async function findDocumentSeries(db: Executor, partnershipId: string, documentId: string): Promise<{ seriesId: string; fileName: string } | null> {
  const [row] = await db
    .select({ seriesId: documents.seriesId, fileName: documents.fileName })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, documentId)));
  return row ?? null;
}

export async function isPublished(db: Executor, seriesId: string): Promise<boolean> {
  const [row] = await db.select({ seriesId: publishedDocuments.seriesId }).from(publishedDocuments).where(eq(publishedDocuments.seriesId, seriesId));
  return !!row;
}

export async function publish(tx: Executor, values: { seriesId: string; partnershipId: string; publishedBy: string }) {
  await tx.insert(publishedDocuments).values(values).onConflictDoNothing();
}

export async function unpublish(tx: Executor, seriesId: string) {
  await tx.delete(publishedDocuments).where(eq(publishedDocuments.seriesId, seriesId));
}
