import { and, count, desc, eq } from 'drizzle-orm';
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
};

export type DocumentMeta = { [K in keyof typeof meta]: (typeof documents.$inferSelect)[K] };

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

/** A page of a partnership's documents, newest first, and their number: two queries. */
export async function listDocuments(db: Executor, partnershipId: string, limit: number, offset: number) {
  const where = eq(documents.partnershipId, partnershipId);
  const [rows, [total]] = await Promise.all([
    db.select(meta).from(documents).where(where).orderBy(desc(documents.createdAt), desc(documents.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(documents).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
