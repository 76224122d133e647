/**
 * What of a partnership the public may see (issue 9). The public routes, the open data files and the IATI
 * export all read through these rules so the three never disagree.
 */
import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { PUBLIC_FIELDS, PUBLIC_PARTNERSHIP_STATUSES, type PublicField } from '@mic/domain';
import type { Executor } from '../../db/client';
import { documents, partnerships, publicationSettings, publishedDocuments } from '../../db/schema';

/** The condition on `partnerships` that keeps only the public ones (active, completed). */
export function publicPartnershipWhere(): SQL {
  return inArray(partnerships.status, [...PUBLIC_PARTNERSHIP_STATUSES]);
}

/** The parts held back per partnership (one query). A partnership without settings hides nothing. */
export async function hiddenFieldsOf(db: Executor, partnershipIds: readonly string[]): Promise<Map<string, PublicField[]>> {
  const result = new Map<string, PublicField[]>(partnershipIds.map((id) => [id, []]));
  if (partnershipIds.length === 0) return result;
  const rows = await db
    .select({ partnershipId: publicationSettings.partnershipId, hidden: publicationSettings.hidden })
    .from(publicationSettings)
    .where(inArray(publicationSettings.partnershipId, [...partnershipIds]));
  // Unknown values in the stored array are ignored rather than trusted.
  for (const row of rows) result.set(row.partnershipId, PUBLIC_FIELDS.filter((f) => row.hidden.includes(f)));
  return result;
}

export interface PublishedDocument {
  id: string;
  seriesId: string;
  partnershipId: string;
  fileName: string;
  mediaType: string;
  category: string;
  size: number;
  documentDate: string | null;
  language: string | null;
}

/** The current version of every published document series of these partnerships (one query). */
export async function publishedDocumentsOf(db: Executor, partnershipIds: readonly string[]): Promise<PublishedDocument[]> {
  if (partnershipIds.length === 0) return [];
  return db
    .select({
      id: documents.id,
      seriesId: documents.seriesId,
      partnershipId: documents.partnershipId,
      fileName: documents.fileName,
      mediaType: documents.mediaType,
      category: documents.category,
      size: documents.size,
      documentDate: documents.documentDate,
      language: documents.language,
    })
    .from(documents)
    .innerJoin(
      publishedDocuments,
      and(eq(publishedDocuments.seriesId, documents.seriesId), eq(publishedDocuments.partnershipId, documents.partnershipId)),
    )
    .where(and(inArray(documents.partnershipId, [...partnershipIds]), isNull(documents.supersededAt)))
    .orderBy(documents.partnershipId, documents.fileName, documents.id);
}
