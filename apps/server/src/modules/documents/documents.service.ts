import { createHash } from 'node:crypto';
import { DOCUMENT_MAX_BYTES, DomainError, type Actor, type DocumentDto, type DocumentMediaType, type Page } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import { recordChange } from '../audit/audit.service';
import { lockOpen } from '../results/results.guard';
import { mayUploadDocuments } from '../results/results.policy';
import * as repo from './documents.repository';
import { cleanFileName, sniffMediaType } from './documents.sniff';

function present(row: repo.DocumentMeta): DocumentDto {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy && row.uploadedByName ? { id: row.uploadedBy, name: row.uploadedByName } : null,
    uploadedAt: row.createdAt.toISOString(),
  };
}

/** Keeps an uploaded file: its type decided from its bytes, its SHA-256, and an audit entry. */
export async function uploadDocument(db: Db, actor: Actor, partnershipId: string, fileName: string, bytes: Buffer): Promise<DocumentDto> {
  if (bytes.length === 0) throw new DomainError('DOCUMENT_EMPTY');
  if (bytes.length > DOCUMENT_MAX_BYTES) throw new DomainError('BODY_TOO_LARGE');
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new DomainError('DOCUMENT_TYPE_NOT_ALLOWED');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayUploadDocuments);
    const row = await repo.insertDocument(tx, {
      partnershipId,
      fileName: cleanFileName(fileName),
      mediaType,
      size: bytes.length,
      sha256,
      content: bytes,
      uploadedBy: actor.userId,
      uploadedByName: actor.name,
    });
    await recordChange(tx, actor, {
      action: 'document.uploaded',
      entityType: 'document',
      entityId: row.id,
      partnershipId,
      after: { fileName: row.fileName, mediaType, size: row.size, sha256 },
    });
    return present(row);
  });
}

export async function getDocument(db: Executor, partnershipId: string, id: string): Promise<DocumentDto> {
  const row = isUuid(id) ? await repo.findDocument(db, partnershipId, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return present(row);
}

export async function documentBytes(db: Executor, partnershipId: string, id: string) {
  const row = isUuid(id) ? await repo.documentContent(db, partnershipId, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

export async function listDocuments(db: Executor, partnershipId: string, paging: { page: number; pageSize: number }): Promise<Page<DocumentDto>> {
  const { rows, total } = await repo.listDocuments(db, partnershipId, paging.pageSize, offsetOf(paging));
  return { items: rows.map(present), total, page: paging.page, pageSize: paging.pageSize };
}
