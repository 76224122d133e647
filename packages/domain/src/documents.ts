import type { DocumentRef, UserRef } from './results-types';

/** What a partnership's document is (guideline: application, agreement, annual meetings, reporting, audit). */
export const DOCUMENT_CATEGORIES = [
  'council_decision',
  'international_strategy',
  'code_of_ethics',
  'partnership_agreement',
  'annual_meeting_minutes',
  'baseline_study',
  'audit_report',
  'management_letter',
  'other',
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The documents an auditor brings: the audit report and the management letter, and no other. */
export const AUDITOR_DOCUMENT_CATEGORIES: readonly DocumentCategory[] = ['audit_report', 'management_letter'];

/** Which of the two municipalities a document belongs to, where that matters (a Code of Ethics each). */
export const MUNICIPALITY_SIDES = ['home', 'partner'] as const;
export type MunicipalitySide = (typeof MUNICIPALITY_SIDES)[number];

/** Categories kept once per municipality: each side has its own. */
export const PER_MUNICIPALITY_CATEGORIES: readonly DocumentCategory[] = ['council_decision', 'code_of_ethics'];

/** Media types a document may have, decided from its first bytes (never from its name). */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** 25 MB: the default upload limit (the server's DOCUMENT_MAX_MB setting changes it). */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/** A document as the API answers with it (one version of a series). */
export interface DocumentDto extends DocumentRef {
  partnershipId: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  uploadedBy: UserRef | null;
  uploadedAt: string;
  category: DocumentCategory;
  /** ISO 639-1 language of the document, when given. */
  language: string | null;
  /** The document's own date (e.g. of the council decision), when given. */
  documentDate: string | null;
  /** The municipality it belongs to, for per-municipality categories (a Code of Ethics each). */
  side: MunicipalitySide | null;
  /** All versions of one document share the id of its first version. */
  seriesId: string;
  version: number;
  /** Moves on with every change of the metadata; send it back with PATCH (an older one is refused with 409 CONFLICT). */
  metadataVersion: number;
  /** False for an earlier version that a newer one replaced. */
  current: boolean;
}
