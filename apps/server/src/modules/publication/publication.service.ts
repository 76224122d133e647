import { DomainError, PUBLIC_FIELDS, isPublicStatus, type Actor, type DocumentCategory, type PublicationSettingsDto } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { DocumentPublicationBody, PublicationSettingsBody } from './publication.contract';
import { mayManagePublication } from './publication.policy';
import * as repo from './publication.repository';
import { staleVersion } from '../../lib/version-conflict';

const notFound = () => new DomainError('NOT_FOUND');

/** The settings as the office sees them; version 0 until the first save. */
export async function publicationOf(db: Executor, actor: Actor, partnershipId: string): Promise<PublicationSettingsDto> {
  const [status, row, docs] = await Promise.all([
    repo.partnershipStatus(db, partnershipId),
    repo.findSettings(db, partnershipId),
    repo.currentDocuments(db, partnershipId),
  ]);
  if (status === null) throw notFound();
  return {
    partnershipId,
    public: isPublicStatus(status),
    hidden: PUBLIC_FIELDS.filter((f) => row?.hidden.includes(f)),
    documents: docs.map((d) => ({ id: d.id, fileName: d.fileName, category: d.category as DocumentCategory, published: d.published !== null })),
    version: row?.version ?? 0,
    can: { edit: mayManagePublication(actor) },
  };
}

/** Replaces the held-back parts, on the version they were read at (the partnership row is the lock). */
export async function updatePublication(db: Db, actor: Actor, partnershipId: string, body: PublicationSettingsBody): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await repo.partnershipStatus(tx, partnershipId, true)) === null) throw notFound();
    const before = await repo.findSettings(tx, partnershipId);
    const current = before?.version ?? 0;
    if (body.version !== current) throw staleVersion(current);
    const hidden = PUBLIC_FIELDS.filter((f) => body.hidden.includes(f));
    await repo.saveSettings(tx, { partnershipId, hidden, version: current + 1, updatedBy: actor.userId });
    await recordChange(tx, actor, {
      action: 'publication.updated',
      entityType: 'publication_settings',
      entityId: partnershipId,
      partnershipId,
      before: { hidden: before?.hidden ?? [], version: current },
      after: { hidden, version: current + 1 },
    });
  });
}

/** Publishes or withdraws a document series; a document of another partnership is not found. */
export async function setDocumentPublication(db: Db, actor: Actor, partnershipId: string, documentId: string, body: DocumentPublicationBody): Promise<void> {
  if (!isUuid(documentId)) throw notFound();
  await db.transaction(async (tx) => {
    if ((await repo.partnershipStatus(tx, partnershipId, true)) === null) throw notFound();
    const doc = await repo.findDocumentSeries(tx, partnershipId, documentId);
    if (!doc) throw notFound();
    // Which documents are published is part of the partnership's publication settings: a change names the
    // settings version it was made on (optional: older clients send none) and moves that version on.
    const settings = await repo.findSettings(tx, partnershipId);
    const current = settings?.version ?? 0;
    if (body.version !== undefined && body.version !== current) throw staleVersion(current);
    const was = await repo.isPublished(tx, doc.seriesId);
    // Asking for what already holds changes nothing and writes no audit entry.
    if (was === body.published) return;
    if (body.published) await repo.publish(tx, { seriesId: doc.seriesId, partnershipId, publishedBy: actor.userId });
    else await repo.unpublish(tx, doc.seriesId);
    await repo.saveSettings(tx, { partnershipId, hidden: settings?.hidden ?? [], version: current + 1, updatedBy: actor.userId });
    await recordChange(tx, actor, {
      action: body.published ? 'document.published' : 'document.unpublished',
      entityType: 'document',
      entityId: doc.seriesId,
      partnershipId,
      before: { published: was },
      after: { published: body.published, fileName: doc.fileName },
    });
  });
}
