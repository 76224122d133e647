import { createHash, randomUUID } from 'node:crypto';
import {
  DOCUMENT_MAX_BYTES,
  DomainError,
  PER_MUNICIPALITY_CATEGORIES,
  type Actor,
  type DocumentCategory,
  type DocumentDto,
  type DocumentMediaType,
  type MunicipalitySide,
  type Page,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import { recordChange } from '../audit/audit.service';
import { lockOpen } from '../results/results.guard';
import { mayUploadDocumentOf, mayUploadSomeDocument } from '../results/results.policy';
import type { ListQuery, ReplaceQuery, UploadQuery } from './documents.contract';
import * as repo from './documents.repository';
import { cleanFileName, sniffMediaType } from './documents.sniff';
import { inspectZip } from './documents.zip';

export { currentDocumentSummary } from './documents.repository';

export function present(row: repo.DocumentMeta): DocumentDto {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy && row.uploadedByName ? { id: row.uploadedBy, name: row.uploadedByName } : null,
    uploadedAt: row.createdAt.toISOString(),
    category: row.category as DocumentCategory,
    language: row.language,
    documentDate: row.documentDate,
    side: row.side as MunicipalitySide | null,
    seriesId: row.seriesId,
    version: row.version,
    metadataVersion: row.metadataVersion,
    current: row.supersededAt === null,
  };
}

/** What is kept of an upload's bytes, checked before any transaction opens. */
export interface CheckedFile {
  fileName: string;
  mediaType: DocumentMediaType;
  size: number;
  sha256: string;
  content: Buffer;
}

const ZIP_BASED: DocumentMediaType[] = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
];

/**
 * Refuses an empty, oversized or not-accepted file (typed by its bytes, never its name), and a
 * zip-based one whose archive could not be checked or unpacks to too much (a zip bomb).
 */
export async function checkFile(fileName: string, bytes: Buffer, maxBytes = DOCUMENT_MAX_BYTES): Promise<CheckedFile> {
  if (bytes.length === 0) throw new DomainError('DOCUMENT_EMPTY');
  if (bytes.length > maxBytes) throw new DomainError('BODY_TOO_LARGE');
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new DomainError('DOCUMENT_TYPE_NOT_ALLOWED');
  if (ZIP_BASED.includes(mediaType) && (await inspectZip(bytes, maxBytes))) throw new DomainError('DOCUMENT_ARCHIVE_UNSAFE');
  return { fileName: cleanFileName(fileName), mediaType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes };
}

/** A Code of Ethics or council decision belongs to one municipality (side required); other categories to neither. */
export function checkSide(category: DocumentCategory, side: MunicipalitySide | null | undefined): MunicipalitySide | null {
  const perMunicipality = PER_MUNICIPALITY_CATEGORIES.includes(category);
  if (perMunicipality !== !!side) throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'side' }] });
  return side ?? null;
}

/** The facts an audit entry keeps of a version (never the bytes). */
export const auditFacts = (row: repo.DocumentMeta) => ({
  fileName: row.fileName,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
  category: row.category,
  language: row.language,
  documentDate: row.documentDate,
  side: row.side,
  seriesId: row.seriesId,
  version: row.version,
});

/** Keeps an uploaded file as the first version of a new document, with an audit entry. */
export async function uploadDocument(db: Db, actor: Actor, partnershipId: string, query: UploadQuery, file: CheckedFile): Promise<DocumentDto> {
  const side = checkSide(query.category, query.side);
  return db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayUploadSomeDocument);
    if (!mayUploadDocumentOf(actor, partnershipId, query.category)) throw new DomainError('FORBIDDEN');
    const id = randomUUID();
    const row = await repo.insertDocument(tx, {
      ...file,
      id,
      seriesId: id,
      version: 1,
      partnershipId,
      category: query.category,
      language: query.language ?? null,
      documentDate: query.documentDate ?? null,
      side,
      uploadedBy: actor.userId,
      uploadedByName: actor.name,
    });
    await recordChange(tx, actor, { action: 'document.uploaded', entityType: 'document', entityId: row.id, partnershipId, after: auditFacts(row) });
    return present(row);
  });
}

/**
 * Keeps a new version of a document (any of its versions names it): the next number in its series, the
 * same category and side, the language and date given or else those of the version it replaces, which
 * is superseded. The series is locked, so two replacements at once get two numbers.
 */
export async function replaceDocument(db: Db, actor: Actor, partnershipId: string, documentId: string, query: ReplaceQuery, file: CheckedFile, now: Date): Promise<DocumentDto> {
  try {
    return await db.transaction(async (tx) => {
      await lockOpen(tx, actor, partnershipId, mayUploadSomeDocument);
      const named = isUuid(documentId) ? await repo.findDocument(tx, partnershipId, documentId) : null;
      const series = named && (await repo.lockSeries(tx, partnershipId, named.seriesId));
      if (!series) throw new DomainError('NOT_FOUND');
      const { current } = series;
      if (!mayUploadDocumentOf(actor, partnershipId, current.category as DocumentCategory)) throw new DomainError('FORBIDDEN');
      await repo.supersede(tx, current.id, now);
      const row = await repo.insertDocument(tx, {
        ...file,
        partnershipId,
        seriesId: current.seriesId,
        version: series.lastVersion + 1,
        category: current.category,
        side: current.side,
        language: query.language ?? current.language,
        documentDate: query.documentDate ?? current.documentDate,
        uploadedBy: actor.userId,
        uploadedByName: actor.name,
      });
      await recordChange(tx, actor, {
        action: 'document.replaced',
        entityType: 'document',
        entityId: row.id,
        partnershipId,
        before: { id: current.id, ...auditFacts(current) },
        after: auditFacts(row),
      });
      return present(row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'version' }] });
    throw e;
  }
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

export async function listDocuments(db: Executor, partnershipId: string, query: ListQuery): Promise<Page<DocumentDto>> {
  const { rows, total } = await repo.listDocuments(db, partnershipId, query, query.pageSize, offsetOf(query));
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

/** Every version of the document's series, newest first. */
export async function listVersions(db: Executor, partnershipId: string, id: string, paging: { page: number; pageSize: number }): Promise<Page<DocumentDto>> {
  const named = isUuid(id) ? await repo.findDocument(db, partnershipId, id) : null;
  if (!named) throw new DomainError('NOT_FOUND');
  const { rows, total } = await repo.listVersions(db, partnershipId, named.seriesId, paging.pageSize, offsetOf(paging));
  return { items: rows.map(present), total, page: paging.page, pageSize: paging.pageSize };
}
