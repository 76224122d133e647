import { and, count, desc, eq, isNull, max, sql, type SQL } from 'drizzle-orm';
import type { DocumentCategory, MunicipalitySide } from '@mic/domain';
import type { Executor } from '../../db/client';
import { documents } from '../../db/schema';

/** Everything but the bytes. */
const meta = {
  id: documents.id,
  partnershipId: documents.partnershipId,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  size: documents.size,
  sha256: documents.sha256,
  uploadedBy: documents.uploadedBy,
  uploadedByName: documents.uploadedByName,
  createdAt: documents.createdAt,
  category: documents.category,
  language: documents.language,
  documentDate: documents.documentDate,
  side: documents.side,
  seriesId: documents.seriesId,
  version: documents.version,
  metadataVersion: documents.metadataVersion,
  supersededAt: documents.supersededAt,
};

export type DocumentMeta = { [K in keyof typeof meta]: (typeof documents.$inferSelect)[K] };

const newestFirst = [desc(documents.createdAt), desc(documents.version), desc(documents.id)];

export async function insertDocument(tx: Executor, values: typeof documents.$inferInsert): Promise<DocumentMeta> {
  const [row] = await tx.insert(documents).values(values).returning(meta);
  return row!;
}

export async function findDocument(db: Executor, partnershipId: string, id: string): Promise<DocumentMeta | null> {
  const [row] = await db
    .select(meta)
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, id)));
  return row ?? null;
}

export async function documentContent(db: Executor, partnershipId: string, id: string): Promise<(DocumentMeta & { content: Buffer }) | null> {
  const [row] = await db
    .select({ ...meta, content: documents.content })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, id)));
  return row ?? null;
}

/** A page of rows matching `where`, newest first, and their number: two queries. */
async function pageOf(db: Executor, where: SQL | undefined, limit: number, offset: number) {
  const [rows, [total]] = await Promise.all([
    db
      .select(meta)
      .from(documents)
      .where(where)
      .orderBy(...newestFirst)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(documents).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** A partnership's documents: current versions only (or every version), of one category or all. */
export function listDocuments(db: Executor, partnershipId: string, filter: { category?: DocumentCategory; current: boolean }, limit: number, offset: number) {
  return pageOf(
    db,
    and(
      eq(documents.partnershipId, partnershipId),
      filter.category ? eq(documents.category, filter.category) : undefined,
      filter.current ? isNull(documents.supersededAt) : undefined,
    ),
    limit,
    offset,
  );
}

/** Every version of one document, newest first. */
export function listVersions(db: Executor, partnershipId: string, seriesId: string, limit: number, offset: number) {
  return pageOf(db, and(eq(documents.partnershipId, partnershipId), eq(documents.seriesId, seriesId)), limit, offset);
}

/**
 * Locks a document's series for a new version: the first version's row (its id is the series id and
 * it is never removed), so that two replacements wait for each other. Then, read after the lock, the
 * current version and the highest version number.
 */
export async function lockSeries(tx: Executor, partnershipId: string, seriesId: string) {
  await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, seriesId)))
    .for('update');
  const [[current], [top]] = await Promise.all([
    tx
      .select(meta)
      .from(documents)
      .where(and(eq(documents.seriesId, seriesId), isNull(documents.supersededAt))),
    tx.select({ version: max(documents.version) }).from(documents).where(eq(documents.seriesId, seriesId)),
  ]);
  return current ? { current, lastVersion: top?.version ?? current.version } : null;
}

export async function supersede(tx: Executor, id: string, at: Date) {
  await tx.update(documents).set({ supersededAt: at }).where(eq(documents.id, id));
}

/** Category and side belong to the whole series; language and date to one version. */
export async function updateSeries(tx: Executor, seriesId: string, values: { category: DocumentCategory; side: MunicipalitySide | null }) {
  await tx.update(documents).set(values).where(eq(documents.seriesId, seriesId));
}

/** The current version's language and date; its metadata version moves on. */
export async function updateVersion(tx: Executor, id: string, values: { language: string | null; documentDate: string | null }): Promise<DocumentMeta> {
  const [row] = await tx
    .update(documents)
    .set({ ...values, metadataVersion: sql`${documents.metadataVersion} + 1` })
    .where(eq(documents.id, id))
    .returning(meta);
  return row!;
}

/** How many current documents a partnership has per category and side (one query): for the application's completeness check. */
export async function currentDocumentSummary(db: Executor, partnershipId: string): Promise<{ category: DocumentCategory; side: MunicipalitySide | null; count: number }[]> {
  const rows = await db
    .select({ category: documents.category, side: documents.side, n: count() })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), isNull(documents.supersededAt)))
    .groupBy(documents.category, documents.side)
    .orderBy(documents.category, documents.side);
  return rows.map((r) => ({ category: r.category as DocumentCategory, side: r.side as MunicipalitySide | null, count: Number(r.n) }));
}
