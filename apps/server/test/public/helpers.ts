import { createHash, randomUUID } from 'node:crypto';
import type { PublicField } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { documents, publicationSettings, publishedDocuments } from '../../src/db/schema';

/** A document written straight to the database (version 1 of its own series), published when asked. */
export async function insertDocument(
  db: Executor,
  partnershipId: string,
  spec: { fileName?: string; content?: string; published?: boolean; category?: string } = {},
) {
  const id = randomUUID();
  const content = Buffer.from(spec.content ?? '%PDF-1.4 public');
  const [doc] = await db
    .insert(documents)
    .values({
      id,
      seriesId: id,
      partnershipId,
      fileName: spec.fileName ?? 'agreement.pdf',
      mediaType: 'application/pdf',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      category: spec.category ?? 'agreement',
      uploadedByName: 'Uploader Person',
    })
    .returning();
  if (spec.published) await db.insert(publishedDocuments).values({ seriesId: id, partnershipId });
  return doc!;
}

export async function holdBack(db: Executor, partnershipId: string, hidden: PublicField[]) {
  await db.insert(publicationSettings).values({ partnershipId, hidden }).onConflictDoUpdate({ target: publicationSettings.partnershipId, set: { hidden } });
}
