import { DomainError, PER_MUNICIPALITY_CATEGORIES, type Actor, type DocumentCategory, type DocumentDto, type MunicipalitySide } from '@mic/domain';
import type { Db } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { checkVersion } from '../../lib/version-conflict';
import { recordChange } from '../audit/audit.service';
import { lockOpen } from '../results/results.guard';
import { mayUploadDocumentOf, mayUploadSomeDocument } from '../results/results.policy';
import type { MetadataInput } from './documents.contract';
import * as repo from './documents.repository';
import { auditFacts, checkSide, present } from './documents.service';

/**
 * Puts right what an upload was said to be. Category and side belong to the document (every version
 * follows); language and date to its current version. Moving to a category kept for the whole
 * partnership drops the side; an earlier version is not edited (409 CONFLICT). With `metadataVersion`,
 * metadata changed meanwhile is 409 CONFLICT with the current one, checked under the series lock.
 */
export async function updateMetadata(db: Db, actor: Actor, partnershipId: string, documentId: string, input: MetadataInput): Promise<DocumentDto> {
  return db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayUploadSomeDocument);
    const named = isUuid(documentId) ? await repo.findDocument(tx, partnershipId, documentId) : null;
    const series = named && (await repo.lockSeries(tx, partnershipId, named.seriesId));
    if (!named || !series) throw new DomainError('NOT_FOUND');
    if (series.current.id !== named.id) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'documentId' }] });
    const before = series.current;
    checkVersion(before.metadataVersion, input.metadataVersion, 'metadataVersion');
    const category = input.category ?? (before.category as DocumentCategory);
    // An auditor corrects the audit's own documents, and cannot move one out of (or into) them.
    if (!mayUploadDocumentOf(actor, partnershipId, before.category as DocumentCategory) || !mayUploadDocumentOf(actor, partnershipId, category)) {
      throw new DomainError('FORBIDDEN');
    }
    const keptSide = PER_MUNICIPALITY_CATEGORIES.includes(category) ? (before.side as MunicipalitySide | null) : null;
    const wantedSide = input.side !== undefined ? input.side : keptSide;
    const side = checkSide(category, wantedSide ?? undefined);
    await repo.updateSeries(tx, before.seriesId, { category, side });
    const row = await repo.updateVersion(tx, before.id, {
      language: input.language !== undefined ? input.language : before.language,
      documentDate: input.documentDate !== undefined ? input.documentDate : before.documentDate,
    });
    await recordChange(tx, actor, { action: 'document.updated', entityType: 'document', entityId: row.id, partnershipId, before: auditFacts(before), after: auditFacts(row) });
    return present(row);
  });
}
