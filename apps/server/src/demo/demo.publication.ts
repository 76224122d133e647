import { and, eq, inArray, isNull } from 'drizzle-orm';
import { PUBLIC_PARTNERSHIP_STATUSES } from '@mic/domain';
import type { Executor } from '../db/client';
import { documents, partnerships, publicationSettings, publishedDocuments, users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';

/** The public partnership whose budget the demo's programme office holds back (its payments stay public). */
export const DEMO_HELD_BACK_BUDGET = 'klepp-donjivakuf';

/**
 * What the demo shows the public (issue 9): the signed partnership agreements of the public
 * partnerships are published, and one partnership holds back its budget. Recorded by the programme
 * officer, each with its audit entry.
 */
export async function loadDemoPublication(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const [officer] = await tx.select({ userId: users.id, name: users.name }).from(users).where(eq(users.email, 'officer@mic.example'));
  const ids = [...partnershipIds.values()];
  if (ids.length === 0) return;
  const agreements = await tx
    .select({ seriesId: documents.seriesId, partnershipId: documents.partnershipId, fileName: documents.fileName })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(
      and(
        inArray(documents.partnershipId, ids),
        inArray(partnerships.status, [...PUBLIC_PARTNERSHIP_STATUSES]),
        eq(documents.category, 'partnership_agreement'),
        isNull(documents.supersededAt),
      ),
    );
  for (const a of agreements) {
    await tx.insert(publishedDocuments).values({ seriesId: a.seriesId, partnershipId: a.partnershipId, publishedBy: officer?.userId ?? null }).onConflictDoNothing();
    await recordChange(tx, officer ?? null, {
      action: 'document.published',
      entityType: 'document',
      entityId: a.seriesId,
      partnershipId: a.partnershipId,
      before: { published: false },
      after: { published: true, fileName: a.fileName },
    });
  }
  const heldBack = partnershipIds.get(DEMO_HELD_BACK_BUDGET);
  if (!heldBack) return;
  await tx.insert(publicationSettings).values({ partnershipId: heldBack, hidden: ['budget'], version: 1, updatedBy: officer?.userId ?? null });
  await recordChange(tx, officer ?? null, {
    action: 'publication.updated',
    entityType: 'publication_settings',
    entityId: heldBack,
    partnershipId: heldBack,
    before: { hidden: [], version: 0 },
    after: { hidden: ['budget'], version: 1 },
  });
}
